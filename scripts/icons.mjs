// Renders assets/icon.svg (and icon-off.svg, the "switched off on this site" state) to the PNG sizes
// the manifest needs, using the same Chromium as the tests. Run after editing the SVGs:
//   npm run icons
import { chromium } from '@playwright/test';
import fs from 'node:fs';
import path from 'node:path';
import { findChromium, quietArgs } from './lib/chromium.mjs';

const SIZES = [16, 32, 48, 128];
const VARIANTS = [
  { svg: 'assets/icon.svg', out: (size) => `public/icon/${size}.png` },
  { svg: 'assets/icon-off.svg', out: (size) => `public/icon/off-${size}.png` },
];

const browser = await chromium.launch({ executablePath: findChromium(), args: quietArgs });
const page = await browser.newPage();
for (const { svg, out } of VARIANTS) {
  const source = fs.readFileSync(svg, 'utf8');
  for (const size of SIZES) {
    await page.setViewportSize({ width: size, height: size });
    await page.setContent(
      `<style>html,body{margin:0;background:transparent}svg{display:block;width:${size}px;height:${size}px}</style>${source}`,
    );
    const file = out(size);
    fs.mkdirSync(path.dirname(file), { recursive: true });
    await page.locator('svg').screenshot({ path: file, omitBackground: true });
    console.log(`wrote ${file}`);
  }
}
await browser.close();
