import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { extensionArgs, findChromium } from '../../../scripts/lib/chromium.mjs';

describe('findChromium', () => {
  it('prefers CHROMIUM_PATH when it exists', () => {
    const fake = path.join(fs.mkdtempSync(path.join(os.tmpdir(), 'fm-')), 'chrome');
    fs.writeFileSync(fake, '');
    expect(findChromium({ CHROMIUM_PATH: fake })).toBe(fake);
  });

  it('explains how to install one when CHROMIUM_PATH points nowhere', () => {
    expect(() => findChromium({ CHROMIUM_PATH: '/nonexistent/chrome' })).toThrow(
      /CHROMIUM_PATH=\/nonexistent\/chrome does not exist[\s\S]*apt-get install -y chromium/,
    );
  });

  it("uses Debian's /usr/bin/chromium by default", () => {
    expect(findChromium({}, (file) => file === '/usr/bin/chromium')).toBe('/usr/bin/chromium');
  });

  it('stops with install instructions when there is no browser at all', () => {
    expect(() => findChromium({}, () => false)).toThrow(/No Chromium found[\s\S]*CHROMIUM_PATH=/);
  });
});

describe('extensionArgs', () => {
  it('passes both extension flags (Playwright disables extensions otherwise) and no-network flags', () => {
    const args = extensionArgs('/x/ext');
    expect(args).toContain('--disable-extensions-except=/x/ext');
    expect(args).toContain('--load-extension=/x/ext');
    expect(args).toContain('--disable-background-networking');
  });
});
