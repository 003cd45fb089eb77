/**
 * The availability table and region pages in Chromium: the matrix renders as a real table, the
 * chips filter with JavaScript (in place where the page holds every row, URL state) and without
 * (filter pages), a cell links to
 * its evidence, /regions/cn/ lists OpenAI as blocked with a date, it reads at 360 px, and axe
 * finds no violations.
 */
import { describe, expect, test } from 'vitest';
import type { Page } from 'playwright-core';
import { axeFindings, browserSuite } from '../helpers/browser-suite.ts';

const { base, open } = browserSuite();

const visibleRows = (page: Page) => page.locator('tr[data-region]:visible');

/** The matrix cell of a region and a provider (cells are placed by column, as the header orders providers). */
async function cellOf(page: Page, region: string, provider: string) {
  const index = await page
    .locator('table.matrix thead th[data-provider]')
    .evaluateAll((ths, id) => ths.findIndex((th) => th.getAttribute('data-provider') === id), provider);
  expect(index).toBeGreaterThanOrEqual(0);
  return page.locator(`tr[data-region="${region}"] td.c`).nth(index);
}

describe('the map', () => {
  test('renders a captioned table with providers as columns and regions as rows, grouped by continent', async () => {
    const { page, context, blocked } = await open('/regions/');
    await expect.poll(() => page.locator('table.matrix caption').textContent()).toMatch(/providers × \d+ regions/);
    expect(await page.locator('table.matrix thead th[scope="col"][data-provider="openai"]').count()).toBe(1);
    expect(await page.locator('tr[data-region="CN"] th[scope="row"]').textContent()).toContain('Mainland China');
    expect(await page.locator('tbody[data-continent-group="asia"] th[scope="rowgroup"]').textContent()).toBe('Asia');
    expect(await (await cellOf(page, 'CN', 'openai')).textContent()).toMatch(/Blocked\b[\s\S]*since/);
    expect(blocked).toEqual([]);
    await context.close();
  });

  test('a cell links to its evidence page', async () => {
    const { page, context } = await open('/regions/');
    const link = (await cellOf(page, 'CN', 'openai')).locator('a');
    const target = await link.getAttribute('href');
    expect(target).toBeTruthy();
    if (target!.startsWith('/')) {
      const res = await page.goto(base + target!);
      expect(res?.status()).toBe(200);
      expect(await page.locator('h1').textContent()).toBeTruthy();
    } else {
      expect(target).toMatch(/^https?:\/\//);
    }
    await context.close();
  });

  test('filters the app table instantly with JavaScript and keeps the state in the URL', async () => {
    const { page, context } = await open('/regions/app/');
    const all = await visibleRows(page).count();
    const chip = (facet: string, name: RegExp) =>
      page.locator(`nav.map-filters a[data-facet="${facet}"]`, { hasText: name });
    await chip('status', /^Blocked$/).click();
    await expect.poll(() => page.url()).toContain('status=blocked');
    const rows = await visibleRows(page).count();
    expect(rows).toBeGreaterThan(0);
    expect(rows).toBeLessThan(all);
    for (const has of await visibleRows(page).evaluateAll((trs) => trs.map((tr) => !!tr.querySelector('td.s-blocked'))))
      expect(has).toBe(true);
    await chip('continent', /^Asia$/).click();
    expect(await page.locator('tr[data-region]:visible[data-continent="europe"]').count()).toBe(0);
    expect(await chip('continent', /^Asia$/).getAttribute('aria-current')).toBe('true');
    await chip('provider', /^OpenAI$/).click();
    expect(await page.locator('thead th[data-provider]:visible').count()).toBe(1);
    expect(await page.locator('table.matrix caption').textContent()).toMatch(
      /^App availability: 1 provider × \d+ regions? \(filtered: Asia, OpenAI, Blocked\)$/,
    );
    // Choosing the active chip again, or "All", clears that facet.
    await chip('provider', /^OpenAI$/).click();
    expect(await page.locator('thead th[data-provider]:visible').count()).toBeGreaterThan(1);
    await context.close();
  });

  test('a URL with a query opens filtered', async () => {
    const { page, context } = await open('/regions/app/?continent=europe');
    expect(await page.locator('tr[data-region]:visible:not([data-continent="europe"])').count()).toBe(0);
    expect(await page.locator('tr[data-region]:visible').count()).toBeGreaterThan(0);
    await context.close();
  });

  test('filters without JavaScript through plain links to filter pages', async () => {
    const { page, context } = await open('/regions/', { javaScriptEnabled: false });
    await page.locator('nav.map-filters a', { hasText: /^Blocked$/ }).click();
    await page.waitForURL(/\/regions\/filter\/status\/blocked\/$/);
    const has = await page
      .locator('tr[data-region]')
      .evaluateAll((trs) => trs.map((tr) => !!tr.querySelector('td.s-blocked')));
    expect(has.length).toBeGreaterThan(0);
    expect(has.every(Boolean)).toBe(true);
    await page.locator('nav.map-filters a', { hasText: /^Asia$/ }).click();
    await page.waitForURL(/\/regions\/filter\/continent\/asia\/$/);
    expect(await page.locator('tr[data-region]:not([data-continent="asia"])').count()).toBe(0);
    await context.close();
  });

  test('reads on a 360 px phone: the table scrolls inside its container and the region column stays', async () => {
    const { page, context } = await open('/regions/', { viewport: { width: 360, height: 740 } });
    const overflow = await page.evaluate(
      () => document.documentElement.scrollWidth - document.documentElement.clientWidth,
    );
    expect(overflow).toBeLessThanOrEqual(1);
    const box = page.locator('.matrix-scroll');
    await box.evaluate((el) => el.scrollBy(400, 0));
    expect(await box.evaluate((el) => el.scrollLeft)).toBeGreaterThan(100);
    const left = await page
      .locator('tr[data-region="CN"] th[scope="row"]')
      .evaluate((el) => el.getBoundingClientRect().left);
    const boxLeft = await box.evaluate((el) => el.getBoundingClientRect().left);
    expect(Math.abs(left - boxLeft)).toBeLessThan(3);
    await context.close();
  });
});

describe('surfaces', () => {
  test('the API map never shows app news; the app map is one plain link away', async () => {
    const { page, context } = await open('/regions/filter/continent/asia/', { javaScriptEnabled: false });
    expect(await (await cellOf(page, 'HK', 'google')).getAttribute('class')).toContain('s-unknown');
    await page.locator('nav.surface-switch a', { hasText: /^App/ }).click();
    await page.waitForURL(/\/regions\/app\/filter\/continent\/asia\/$/);
    expect(await page.locator('nav.surface-switch a[aria-current="page"]').textContent()).toMatch(/^App/);
    expect(await (await cellOf(page, 'HK', 'google')).getAttribute('title')).toMatch(/^Available[\s\S]*since/);
    await context.close();
  });

  test('the provider table says how many places each provider lists', async () => {
    const { page, context } = await open('/providers/');
    expect(await page.locator('table.providers').textContent()).toMatch(
      /API: Lists 175 places \(checked \d{1,2} \w+ \d{4}\)/,
    );
    await context.close();
  });

  test('the availability export carries surface, one of five statuses, source and checked on every entry', async () => {
    const { page, context } = await open('/regions/');
    const json = await (await page.request.get(`${base}/data/availability.json`)).json();
    expect(json.availability.length).toBeGreaterThan(200);
    for (const row of json.availability) {
      expect(['api', 'app', 'cloud', 'hardware']).toContain(row.surface);
      expect(['available', 'limited', 'not-supported', 'blocked', 'unknown']).toContain(row.status);
      expect(row.source_url).toMatch(/^https?:\/\//);
      expect(row).toHaveProperty('checked');
      if (row.status === 'not-supported') expect(row.checked).toMatch(/^\d{4}-\d{2}-\d{2}$/);
    }
    const hk = json.availability.find(
      (r: { provider: string; region: string; surface: string }) =>
        r.provider === 'anthropic' && r.region === 'HK' && r.surface === 'api',
    );
    expect(hk).toMatchObject({ status: 'not-supported' });
    await context.close();
  });
});

describe('a region page', () => {
  test("/regions/hk/ says the Claude API is not supported: not on Anthropic's list, with the day it was checked", async () => {
    const { page, context } = await open('/regions/hk/');
    const row = page.locator('tr[data-provider-row="anthropic"]').first();
    expect(await row.getAttribute('data-status')).toBe('not-supported');
    expect(await row.textContent()).toMatch(
      /Not supported[\s\S]*\(not on Anthropic's list, checked \d{1,2} \w+ \d{4}\)/,
    );
    expect(await page.locator('tr[data-provider-row="deepseek"]').first().textContent()).toMatch(
      /Unknown[\s\S]*publishes no list we could find/,
    );
    await context.close();
  });

  test('/regions/cn/ lists OpenAI as blocked with a date and evidence, and its history', async () => {
    const { page, context } = await open('/regions/cn/');
    expect(await page.locator('h1').textContent()).toContain('Mainland China');
    const row = page.locator('tr[data-provider-row="openai"]').first();
    expect(await row.getAttribute('data-status')).toBe('blocked');
    expect(await row.textContent()).toMatch(/Blocked[\s\S]*since\s+\d{1,2} \w+ \d{4}/);
    expect(await row.locator('td a').getAttribute('href')).toBeTruthy();
    expect(await page.locator('ol.history li').count()).toBeGreaterThan(0);
    expect(await page.locator('a[href$="/regions/cn/feed.xml"]').count()).toBe(1);
    await context.close();
  });

  test('the region feed is RSS whose items say what changed in words', async () => {
    const { page, context } = await open('/regions/cn/');
    const res = await page.request.get(`${base}/regions/cn/feed.xml`);
    const xml = await res.text();
    expect(xml).toContain('<rss version="2.0"');
    expect(xml).toMatch(/<description>[A-Z][a-z]+, announced \d{1,2} \w+ \d{4}.*Regions: [^<]*Mainland China/);
    await context.close();
  });
});

describe('accessibility', () => {
  test.each([
    ['the map', '/regions/', 'light'],
    ['the map', '/regions/', 'dark'],
    ['the region page for CN', '/regions/cn/', 'light'],
    ['the region page for CN', '/regions/cn/', 'dark'],
    ['a filter page', '/regions/filter/status/blocked/', 'light'],
    ['a continent page', '/regions/filter/continent/africa/', 'dark'],
    ['the app map', '/regions/app/', 'light'],
  ] as const)(
    '%s (%s) has no axe violations in the %s scheme',
    async (_name, path, scheme) => {
      const { page, context } = await open(path, { colorScheme: scheme });
      const { violations } = await axeFindings(page);
      expect(violations).toEqual([]);
      await context.close();
    },
    180_000,
  );
});
