// Renders public/logo.png, the 512x512 publisher logo named in structured data. Run it again when
// the mark changes:  node tests/tools/logo.mjs
// (Share cards, including the site's card, are drawn at build time: src/lib/share-card.ts.)
import { launchBrowser } from '../support/browser.mjs';

const browser = await launchBrowser();
const page = await browser.newPage({ viewport: { width: 512, height: 512 } });
await page.setContent(`<body style="margin:0;width:512px;height:512px;background:#0a58ca;display:flex;align-items:center;justify-content:center">
<svg width="360" height="360" viewBox="0 0 32 32"><path d="M9 16.5l4.5 4.5L23 11" stroke="#fff" stroke-width="3.5" fill="none" stroke-linecap="round" stroke-linejoin="round"/></svg></body>`);
await page.screenshot({ path: 'public/logo.png' });
await browser.close();
console.log('public/logo.png');
