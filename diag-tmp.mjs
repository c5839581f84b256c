import { chromium } from '@playwright/test';
const browser = await chromium.launch({ executablePath: '/usr/bin/chromium', args: ['--disable-gpu'] });
async function run(style, size) {
  const page = await browser.newPage();
  const sentence = 'The hearing was postponed again, and the lawyers asked for more time. ';
  const text = sentence.repeat(Math.ceil(size / sentence.length)) + 'Remain in Mexico. ' + sentence.repeat(10);
  const html = `<!doctype html><html><body><p>${text}</p><script>document.querySelector('p').normalize()</script></body></html>`;
  await page.route('http://x.test/', (r) => r.fulfill({ body: html, contentType: 'text/html' }));
  await page.goto('http://x.test/');
  await page.evaluate(() => { window.lt = []; new PerformanceObserver((l) => { for (const e of l.getEntries()) window.lt.push(Math.round(e.duration)); }).observe({ type: 'longtask' }); });
  await page.waitForTimeout(1500);
  const frame = () => page.evaluate(() => new Promise((r) => requestAnimationFrame(() => setTimeout(r, 0))));
  const step = async (fn, arg) => { await page.evaluate(() => { window.lt = []; }); await page.evaluate(fn, arg); await frame(); await frame(); await page.waitForTimeout(300); return page.evaluate(() => window.lt.join('+') || '0'); };
  const out = [];
  out.push('repaint:' + await step(() => { document.body.style.background = '#fafafa'; }));
  out.push('sheet:' + await step((style) => { const s = new CSSStyleSheet(); s.replaceSync(`::highlight(factmark){${style}}`); document.adoptedStyleSheets = [s]; }, style));
  out.push('highlight:' + await step(() => { const n = document.querySelector('p').firstChild; const i = n.data.indexOf('Remain in Mexico'); const r = new Range(); r.setStart(n, i); r.setEnd(n, i + 16); CSS.highlights.set('factmark', new Highlight(r)); }));
  out.push('repaint:' + await step(() => { document.body.style.background = '#fff'; }));
  out.push('host:' + await step(() => { const h = document.createElement('factmark-ui'); h.attachShadow({mode:'open'}).append('x'); h.style.cssText='position:fixed;contain:layout style'; document.documentElement.append(h); }));
  out.push('scroll:' + await step(() => { scrollBy(0, 500); }));
  out.push('clear:' + await step(() => { CSS.highlights.clear(); }));
  out.push('repaint:' + await step(() => { document.body.style.background = '#fafafa'; }));
  console.log(size, style.padEnd(50), out.join('  '));
  await page.close();
}
for (const style of ['text-decoration: underline dotted 2px #c60; text-decoration-skip-ink: none', 'text-decoration-line: underline', 'text-decoration: underline wavy 1px #c60', 'background: linear-gradient(#c60,#c60) bottom / 100% 2px no-repeat', 'text-shadow: 0 1px #c60', 'text-decoration: underline dotted 2px #c60; text-underline-offset: 2px']) await run(style, 10_000_000);
await browser.close();
