/**
 * The static site in Chromium: timeline grouping and filters (with and without JavaScript),
 * the provider comparison table, event pages, exports, 404, and the site's hygiene: no
 * third-party requests, no CSP violations, no horizontal overflow at 360px.
 */
import { describe, expect, test } from 'vitest';
import type { Page } from 'playwright-core';
import Parser from 'rss-parser';
import { browserSuite, type ContextOptions } from '../helpers/browser-suite.ts';
import { bestConnectedEvent, csvRecordCount } from './site-data.ts';

const suite = browserSuite();
const { base } = suite;
const FACETS = ['type', 'provider', 'region', 'year'] as const;

/** Opens `path`, collecting Content-Security-Policy complaints in `cspErrors`. */
async function openPage(path: string, options: ContextOptions = {}) {
  const cspErrors: string[] = [];
  const opened = await suite.open(path, options, (page) =>
    page.on('console', (m) => {
      if (/Content.Security.Policy|Refused to/i.test(m.text())) cspErrors.push(m.text());
    }),
  );
  return { ...opened, cspErrors };
}

/** The ids of the event cards a visitor can see. */
const visibleIds = (page: Page) =>
  page.locator('[data-event]:visible').evaluateAll((els) => els.map((el) => (el as HTMLElement).dataset.event!));

describe('timeline', () => {
  test('groups published events by month, newest month first', async () => {
    const { context, page } = await openPage('/');
    const months = await page
      .locator('[data-month]')
      .evaluateAll((els) => els.map((el) => (el as HTMLElement).dataset.month!));
    expect(months.length).toBeGreaterThan(1);
    expect(months).toEqual([...new Set(months)].sort().reverse());
    for (const month of months.slice(0, 3)) {
      const ids = await page
        .locator(`[data-month="${month}"] [data-event]`)
        .evaluateAll((els) => els.map((el) => (el as HTMLElement).dataset.event!));
      const dates = ids.map((id) => suite.site.published.find((e) => e.id === id)!.date);
      expect(dates.every((d) => d.startsWith(month))).toBe(true);
    }
    // The home page lists the latest 40 events; the year pages list the rest (tests/browser/filters.test.ts).
    expect(await visibleIds(page)).toHaveLength(Math.min(40, suite.site.published.length));
    await context.close();
  });

  test('shows a month-precision date as the month alone', async () => {
    const monthOnly = suite.site.events.find(
      (e) => e.status === 'published' && (e as { date_precision?: string }).date_precision === 'month',
    );
    if (!monthOnly) throw new Error('test content has no published month-precision event');
    const { context, page } = await openPage(`/timeline/${monthOnly.date.slice(0, 4)}/`);
    const time = page.locator(`[data-event="${monthOnly.id}"] time`).first();
    expect(await time.getAttribute('datetime')).toBe(monthOnly.date.slice(0, 7));
    expect(await time.textContent()).toMatch(/^[A-Z][a-z]+ \d{4}$/);
    await context.close();
  });

  test.each(FACETS)('the first %s filter works as a plain link without JavaScript', async (key) => {
    const { context, page } = await openPage('/', { javaScriptEnabled: false });
    const link = page.locator(`a[data-filter-key="${key}"]`).first();
    const value = (await link.getAttribute('data-filter-value'))!;
    const expected = Number((await link.textContent())!.match(/\((\d+)\)\s*$/)![1]);
    await Promise.all([page.waitForURL(`**/filter/${key}/${value}/`), link.click()]);
    const cards = page.locator('[data-event]');
    expect(await cards.count()).toBe(expected);
    const values = await cards.evaluateAll(
      (els, k) => els.map((el) => (el as HTMLElement).dataset[k]!.split(' ')),
      key,
    );
    expect(values.every((v) => v.includes(value))).toBe(true);
    expect(await page.locator(`a[data-filter-value="${value}"][aria-current="true"]`).count()).toBe(1);
    await context.close();
  });

  test('filters instantly with JavaScript, combines filters in the URL, and a reload restores them', async () => {
    const { context, page } = await openPage('/');
    const typeLink = page.locator('.filters a[data-filter-key="type"]').first();
    const type = (await typeLink.getAttribute('data-filter-value'))!;
    await typeLink.click();
    await page.waitForURL((u) => u.searchParams.get('type') === type);
    expect(new URL(page.url()).pathname).toBe('/');
    const ofType = suite.site.published.filter((e) => e.type === type);
    await expect.poll(async () => (await visibleIds(page)).sort()).toEqual(ofType.map((e) => e.id).sort());

    const year = ofType[0].date.slice(0, 4);
    await page.locator(`.filters a[data-filter-key="year"][data-filter-value="${year}"]`).click();
    await page.waitForURL((u) => u.searchParams.get('year') === year && u.searchParams.get('type') === type);
    const both = ofType
      .filter((e) => e.date.startsWith(year))
      .map((e) => e.id)
      .sort();
    await expect.poll(async () => (await visibleIds(page)).sort()).toEqual(both);

    await page.reload();
    await expect.poll(async () => (await visibleIds(page)).sort()).toEqual(both);
    expect(await page.locator(`.filters a[data-filter-value="${type}"]`).getAttribute('aria-current')).toBe('true');
    await expect.poll(() => page.locator('[data-status]').textContent()).toContain(`Showing ${both.length}`);

    await page.locator(`.filters a[data-filter-key="type"][data-filter-value="${type}"]`).click();
    await page.waitForURL((u) => !u.searchParams.has('type'));
    const ofYear = suite.site.published.filter((e) => e.date.startsWith(year)).length;
    await expect.poll(() => page.locator('[data-status]').textContent()).toContain(`Showing ${ofYear} of`);
    await context.close();
  });

  test('says so when no event matches', async () => {
    const { context, page } = await openPage('/?type=restriction&year=1999');
    await expect.poll(() => page.locator('[data-empty]').isVisible()).toBe(true);
    expect(await visibleIds(page)).toEqual([]);
    expect(await page.locator('[data-month]:visible').count()).toBe(0);
    await context.close();
  });
});

describe('provider comparison table', () => {
  const headers = (page: Page) => page.locator('table.providers thead th').allTextContents();

  test('starts with the four columns of the seed article and lists every provider', async () => {
    const { context, page } = await openPage('/providers/');
    expect((await headers(page)).slice(0, 4).map((h) => h.trim())).toEqual([
      'Company',
      'AI Model',
      'Offered Incentives',
      'Comparable Benchmark',
    ]);
    expect(await page.locator('table.providers tbody tr').count()).toBe(suite.site.providers.length);
    expect(await page.locator('table.providers caption').count()).toBe(1);
    await context.close();
  });

  test('sorts by company on click, then in reverse, and states it with aria-sort', async () => {
    const { context, page } = await openPage('/providers/');
    const th = page.locator('table.providers thead th').first();
    const names = () => page.locator('table.providers tbody th[scope="row"] a').allTextContents();
    const sorted = [...suite.site.providers.map((p) => p.name)].sort((a, b) =>
      a.localeCompare(b, 'en', { sensitivity: 'base', numeric: true }),
    );
    await th.getByRole('button').click();
    expect(await th.getAttribute('aria-sort')).toBe('ascending');
    expect(await names()).toEqual(sorted);
    await th.getByRole('button').click();
    expect(await th.getAttribute('aria-sort')).toBe('descending');
    expect(await names()).toEqual([...sorted].reverse());
    await context.close();
  });

  test('sorts with the keyboard', async () => {
    const { context, page } = await openPage('/providers/');
    const th = page.locator('table.providers thead th', { hasText: 'Headquarters' });
    await th.getByRole('button').focus();
    await page.keyboard.press('Enter');
    expect(await th.getAttribute('aria-sort')).toBe('ascending');
    expect(await page.locator('table.providers thead th[aria-sort]').count()).toBe(1);
    await page.keyboard.press('Space');
    expect(await th.getAttribute('aria-sort')).toBe('descending');
    await context.close();
  });

  test('is complete and readable without JavaScript', async () => {
    const { context, page } = await openPage('/providers/', { javaScriptEnabled: false });
    expect(await page.locator('table.providers tbody tr').count()).toBe(suite.site.providers.length);
    expect(await page.locator('table.providers thead button').count()).toBe(0);
    expect(await page.locator('.table-scroll[tabindex="0"]').count()).toBe(1);
    await context.close();
  });
});

describe('event page', () => {
  test('shows every source and related events', async () => {
    const event = bestConnectedEvent(suite.site.published);
    const { context, page } = await openPage(`/events/${event.id}/`);
    expect(await page.locator('h1').textContent()).toBe(event.title);
    const links = page.locator('ol.sources a.source-link');
    expect(await links.count()).toBe(event.sources.length);
    expect(await links.evaluateAll((els) => els.map((a) => (a as HTMLAnchorElement).href))).toEqual(
      event.sources.map((s) => new URL(s.url).href),
    );
    const archived = page.locator('ol.sources a.archive-link');
    expect(await archived.count()).toBe(event.sources.length);
    for (const href of await archived.evaluateAll((els) =>
      els.map((a) => (a as HTMLAnchorElement).getAttribute('href')),
    )) {
      expect(href).toMatch(/^https:\/\/web\.archive\.org\/web\/\d{8}\/https?:\/\//);
    }
    expect(await page.locator('section[aria-labelledby="related-heading"] [data-event]').count()).toBeGreaterThan(0);
    await context.close();
  });

  // A machine-found event's nofollow links: tests/unit/content-build.test.ts (the bundled content has none).
});

test('an unknown path answers 404 with the not-found page', async () => {
  const { context, page, response } = await openPage('/no-such-page/');
  expect(response?.status()).toBe(404);
  expect(await page.locator('h1').textContent()).toBe('Page not found');
  await context.close();
});

describe('exports', () => {
  test('events.json and providers.json parse and count their items', async () => {
    for (const [path, key] of [
      ['/data/events.json', 'events'],
      ['/data/providers.json', 'providers'],
    ]) {
      const json = JSON.parse(await (await fetch(base + path)).text());
      expect(json.count).toBe(json[key].length);
      expect(json[key].length).toBeGreaterThan(0);
      expect(Number.isNaN(Date.parse(json.generated))).toBe(false);
    }
  });

  test('events.csv has a header and one record per event', async () => {
    const csv = await (await fetch(`${base}/data/events.csv`)).text();
    expect(csvRecordCount(csv)).toBe(suite.site.events.length + 1);
  });

  test('feed.xml is RSS with one item per published event', async () => {
    const feed = await new Parser().parseString(await (await fetch(`${base}/feed.xml`)).text());
    expect(feed.items).toHaveLength(suite.site.published.length);
    expect(feed.items[0].link).toMatch(/^https?:\/\/[^/]+\/events\//);
  });

  test('sitemap.xml lists every event page', async () => {
    const xml = await (await fetch(`${base}/sitemap.xml`)).text();
    for (const e of suite.site.events) expect(xml).toContain(`/events/${e.id}/</loc>`);
  });
});

describe('hygiene on every kind of page', () => {
  const pages = () => [
    '/',
    '/filter/type/' + suite.site.published[0].type + '/',
    `/events/${suite.site.events[0].id}/`,
    '/providers/',
    `/providers/${suite.site.providers[0].id}/`,
    '/newswire/',
    '/about/',
    '/no-such-page/',
  ];

  test('makes no request to another host and violates no Content-Security-Policy', async () => {
    for (const path of pages()) {
      const { context, page, blocked, cspErrors } = await openPage(path);
      await page.waitForLoadState('networkidle');
      await page.locator('input[type="search"]').first().focus();
      expect({ path, blocked, cspErrors }).toEqual({ path, blocked: [], cspErrors: [] });
      await context.close();
    }
  });

  test('does not overflow horizontally at 360px', async () => {
    for (const path of pages()) {
      const { context, page } = await openPage(path, { viewport: { width: 360, height: 740 } });
      const width = await page.evaluate(() => document.documentElement.scrollWidth);
      expect({ path, width }).toEqual({ path, width: 360 });
      await context.close();
    }
  });
});
