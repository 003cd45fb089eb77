/**
 * Makes public/og-image.png, the one social preview image every page names in og:image
 * (1200 × 630, the size Open Graph and Twitter's large card expect): the site's name, what it
 * tracks and its globe mark, drawn by Debian's Chromium from the HTML below. Run it again when the
 * name or tagline changes: `npx tsx scripts/og-image.ts` (no network: the page is a data URL).
 *
 * One image for the whole site, not one per event: a screenshot per event costs about a quarter
 * of a second, which at 10,000 events would add 40 minutes to a build budgeted at 7.5 ms a page.
 * The event's own title and summary travel in og:title and og:description.
 */
import { writeFile } from 'node:fs/promises';
import { chromium } from 'playwright-core';
import { OG_IMAGE, SITE_NAME, SITE_TAGLINE } from '../src/site/meta.ts';

const out = process.argv[2] ?? 'public/og-image.png';
const escapeHtml = (s: string) => s.replace(/[&<>"]/g, (c) => `&#${c.charCodeAt(0)};`);

const html = `<!doctype html><html lang="en"><head><meta charset="utf-8"><style>
  html, body { margin: 0; width: ${OG_IMAGE.width}px; height: ${OG_IMAGE.height}px; }
  body { display: flex; flex-direction: column; justify-content: space-between; box-sizing: border-box;
    padding: 72px 80px; background: #0b1f3a; color: #ffffff;
    font-family: "DejaVu Sans", "Noto Sans", "Liberation Sans", sans-serif; }
  .top { display: flex; align-items: center; gap: 28px; }
  h1 { font-size: 76px; margin: 0; letter-spacing: -1px; }
  p { font-size: 40px; line-height: 1.35; margin: 0; max-width: 980px; color: #dce6f5; }
  .strip { display: flex; gap: 14px; font-size: 22px; white-space: nowrap; }
  .strip span { padding: 6px 16px; border-radius: 999px; border: 2px solid #7cb4ff; color: #cfe2ff; }
  .strip .cut { border-color: #ff9b9b; color: #ffd0d0; }
  .strip .offer { border-color: #cfaaff; color: #eadbff; }
</style></head><body>
  <div class="top">
    <svg width="120" height="120" viewBox="0 0 32 32" aria-hidden="true"><rect width="32" height="32" rx="7" fill="#0b57b3"/><circle cx="16" cy="16" r="9" fill="none" stroke="#fff" stroke-width="2.5"/><path d="M7 16h18M16 7c-3.5 4.5-3.5 13.5 0 18M16 7c3.5 4.5 3.5 13.5 0 18" fill="none" stroke="#fff" stroke-width="1.6"/><circle cx="24.5" cy="24.5" r="5" fill="#c2410c" stroke="#fff" stroke-width="1.5"/></svg>
    <h1>${escapeHtml(SITE_NAME)}</h1>
  </div>
  <p>${escapeHtml(SITE_TAGLINE)}</p>
  <div class="strip"><span class="cut">Blocks and bans</span><span class="offer">Migration offers</span><span>Availability by region</span><span>Sources for every fact</span></div>
</body></html>`;

const browser = await chromium.launch({
  executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
  args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking'],
});
try {
  const page = await browser.newPage({ viewport: { width: OG_IMAGE.width, height: OG_IMAGE.height } });
  await page.route('**/*', (route) => (route.request().url().startsWith('data:') ? route.continue() : route.abort()));
  await page.setContent(html);
  await writeFile(out, await page.screenshot({ type: 'png' }));
  console.log(`wrote ${out}`);
} finally {
  await browser.close();
}
