import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startStaticServer } from '../../../scripts/lib/static-server.mjs';

describe('startStaticServer', () => {
  const root = fs.mkdtempSync(path.join(os.tmpdir(), 'fm-site-'));
  const secret = path.join(path.dirname(root), `${path.basename(root)}-secret.txt`);
  let server: Awaited<ReturnType<typeof startStaticServer>>;

  beforeAll(async () => {
    fs.writeFileSync(path.join(root, 'page.html'), '<p>hello</p>');
    fs.writeFileSync(secret, 'do not serve');
    server = await startStaticServer({ mounts: { '/': root } });
  });
  afterAll(() => server.close());

  it('listens on loopback only', () => {
    expect(server.url).toMatch(/^http:\/\/127\.0\.0\.1:\d+$/);
  });

  it('serves files with their content type', async () => {
    const res = await fetch(`${server.url}/page.html`);
    expect(res.status).toBe(200);
    expect(res.headers.get('content-type')).toContain('text/html');
    expect(await res.text()).toBe('<p>hello</p>');
  });

  it.each([
    ['/../' + path.basename(secret)],
    ['/%2e%2e/' + path.basename(secret)],
    ['/missing.html'],
  ])('answers 404 for %s (no escape from the mounted folder)', async (p) => {
    const res = await fetch(server.url + p);
    expect(res.status).toBe(404);
  });
});
