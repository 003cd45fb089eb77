/**
 * /status/ in Chromium: one row per source of the built content's sources.yaml, each with the
 * state its health record gives; reachable from the footer; reads at 360 px; no axe violations
 * in light or dark; no request leaves 127.0.0.1.
 */
import { afterAll, beforeAll, describe, expect, inject, test } from 'vitest';
import { resolve } from 'node:path';
import type { Browser } from 'playwright-core';
import { AxeBuilder } from '@axe-core/playwright';
import { launchBrowser, localContext } from '../helpers/browser.ts';
import { loadSourceStatus, type SourceStatusRow } from '../../src/site/source-status.ts';

const base = inject('baseURL');
const STATE_TEXT = { healthy: 'Healthy', failing: 'Failing', never: 'Never fetched' } as const;
let browser: Browser;
let expected: SourceStatusRow[];

beforeAll(async () => {
  browser = await launchBrowser();
  expected = (await loadSourceStatus(resolve(process.env.TEST_CONTENT_DIR ?? 'content'))).rows;
});
afterAll(() => browser?.close());

async function open(path: string, options: Parameters<Browser['newContext']>[0] = {}) {
  const { context, blocked } = await localContext(browser, options);
  const page = await context.newPage();
  await page.goto(base + path);
  return { page, context, blocked };
}

describe('the status page', () => {
  test('renders a captioned table with one row per source and its state in words', async () => {
    const { page, context, blocked } = await open('/status/');
    expect(await page.locator('table.status-table caption').textContent()).toMatch(/^\d+ sources?: /);
    expect(await page.locator('table.status-table thead th[scope="col"]').allTextContents()).toEqual([
      'Source',
      'Kind',
      'URL',
      'Enabled',
      'Status',
      'Last success',
      'Last failure',
      'Last error',
      'Failures in a row',
    ]);
    const rows = page.locator('table.status-table tbody tr');
    expect(await rows.count()).toBe(expected.length);
    for (const [i, r] of expected.entries()) {
      const row = rows.nth(i);
      expect(await row.locator('th[scope="row"]').textContent()).toContain(r.name ?? r.id);
      expect(await row.locator('td').nth(3).textContent()).toContain(STATE_TEXT[r.state]);
      expect((await row.textContent())?.includes('Failing for more than a day')).toBe(r.failingTooLong);
    }
    expect(await page.locator('.counts li').first().textContent()).toMatch(new RegExp(`^${expected.length} sources?$`));
    expect(blocked).toEqual([]);
    await context.close();
  });

  test('links each http(s) source address and nothing else', async () => {
    const { page, context } = await open('/status/');
    const hrefs = await page
      .locator('table.status-table td.url a')
      .evaluateAll((as) => as.map((a) => a.getAttribute('href')));
    expect(hrefs).toEqual(expected.flatMap((r) => (r.link ? [r.link] : [])));
    await context.close();
  });

  test('is linked from the footer of every page', async () => {
    const { page, context } = await open('/');
    await page.locator('footer a', { hasText: 'Source status' }).click();
    await expect.poll(() => new URL(page.url()).pathname).toBe('/status/');
    await context.close();
  });

  test('reads on a 360 px phone: the table scrolls inside its container', async () => {
    const { page, context } = await open('/status/', { viewport: { width: 360, height: 740 } });
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBe(360);
    await context.close();
  });

  test.each(['light', 'dark'] as const)(
    'has no axe violations in the %s colour scheme',
    async (scheme) => {
      const { page, context } = await open('/status/', { colorScheme: scheme });
      const results = await new AxeBuilder({ page }).analyze();
      expect(results.passes.length).toBeGreaterThan(10);
      expect(
        results.violations.map((v) => ({ rule: v.id, targets: v.nodes.slice(0, 5).map((n) => n.target.join(' ')) })),
      ).toEqual([]);
      await context.close();
    },
    120_000,
  );
});
