// Renders public/og-image.png (1200x630), the social card every page points at, and
// public/logo.png, the publisher logo in structured data. Run it again
// when the site name changes:  node tests/tools/og-image.mjs
import { launchBrowser } from '../support/browser.mjs';

const html = `<!doctype html><html><body style="margin:0;width:1200px;height:630px;display:flex;flex-direction:column;justify-content:center;padding:0 80px;box-sizing:border-box;background:#111315;color:#ebebeb;font-family:'Noto Sans CJK SC','Noto Sans',sans-serif">
<div style="font-size:30px;color:#8ab4f8;letter-spacing:.05em">FACT CHECK · 事实核查</div>
<div style="font-size:76px;font-weight:700;line-height:1.15;margin-top:24px">DeepSeek Moment<br>DeepSeek 时刻</div>
<div style="font-size:32px;margin-top:32px;color:#b8bcc2">January 2025: the claims, checked and sourced · 逐条核查，列明出处</div>
</body></html>`;
const browser = await launchBrowser();
const page = await browser.newPage({ viewport: { width: 1200, height: 630 } });
await page.setContent(html);
await page.screenshot({ path: 'public/og-image.png' });
// The publisher logo named in structured data: a 512x512 mark.
await page.setViewportSize({ width: 512, height: 512 });
await page.setContent(`<body style="margin:0;width:512px;height:512px;background:#0a58ca;display:flex;align-items:center;justify-content:center">
<svg width="360" height="360" viewBox="0 0 32 32"><path d="M9 16.5l4.5 4.5L23 11" stroke="#fff" stroke-width="3.5" fill="none" stroke-linecap="round" stroke-linejoin="round"/></svg></body>`);
await page.screenshot({ path: 'public/logo.png' });
await browser.close();
console.log('public/og-image.png public/logo.png');
