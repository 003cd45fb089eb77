/**
 * The timeline's filters and its events-per-month chart in Chromium: multi-select with counts that
 * follow the selection, removable pills, the URL as the state, the no-JavaScript pages that combine
 * a year with another facet, the home page's size limit and year pages, and axe on the home page.
 */
import { describe, expect, test } from 'vitest';
import type { Page } from 'playwright-core';
import { axeFindings, browserSuite, type ContextOptions } from '../helpers/browser-suite.ts';
import type { ExportedEvent } from './site-data.ts';

const suite = browserSuite();
const { base } = suite;
const HOME_LIMIT = 40;

/** Opens `path`, collecting the page's uncaught errors and console errors in `errors`. */
async function open(path: string, options: ContextOptions = {}) {
  const errors: string[] = [];
  const { context, page } = await suite.open(path, options, (page) => {
    page.on('pageerror', (e) => errors.push(e.message));
    page.on('console', (m) => {
      if (m.type() === 'error') errors.push(m.text());
    });
  });
  return { context, page, errors };
}

const visibleIds = (page: Page) =>
  page.locator('[data-event]:visible').evaluateAll((els) => els.map((el) => (el as HTMLElement).dataset.event!));
/** Clicks "Show N more" until every matching event is drawn; returns the ids then visible. */
async function allShown(page: Page): Promise<string[]> {
  const more = page.locator('button[data-more]');
  while (await more.isVisible()) await more.click();
  return visibleIds(page);
}
const filterLink = (page: Page, key: string, value: string) =>
  page.locator(`.filters a[data-filter-key="${key}"][data-filter-value="${value}"]`);
const countOf = async (page: Page, key: string, value: string) =>
  Number((await filterLink(page, key, value).textContent())!.match(/\((\d+)\)\s*$/)![1]);

const year = (e: ExportedEvent) => e.date.slice(0, 4);
const inRegion = (code: string) => (e: ExportedEvent) => e.regions.some((r) => r.toLowerCase() === code);
const sortIds = (events: ExportedEvent[]) => events.map((e) => e.id).sort();

/** The region with the most published events, and its two most frequent types. */
function busiest() {
  const tally = <T>(values: T[]) => {
    const m = new Map<T, number>();
    for (const v of values) m.set(v, (m.get(v) ?? 0) + 1);
    return [...m].sort((a, b) => b[1] - a[1]).map(([v]) => v);
  };
  const region = tally(
    suite.site.published.flatMap((e) => e.regions.filter((r) => r !== 'global').map((r) => r.toLowerCase())),
  )[0];
  const ofRegion = suite.site.published.filter(inRegion(region));
  const [typeA, typeB] = tally(ofRegion.map((e) => e.type));
  const yearOf = tally(ofRegion.map(year))[0];
  return { region, typeA, typeB, year: yearOf, ofRegion };
}

describe('filters with JavaScript', () => {
  test('select several values of one facet, narrow by another, with counts that follow the selection', async () => {
    const { region, typeA, typeB, ofRegion } = busiest();
    const { context, page, errors } = await open('/');
    await filterLink(page, 'region', region).click();
    await page.waitForURL((u) => u.searchParams.get('region') === region);
    await expect.poll(() => allShown(page)).toHaveLength(ofRegion.length);
    // Every year now counts only the chosen region ("2025 (11)", not the worldwide total).
    for (const y of new Set(suite.site.published.map(year)))
      expect(await countOf(page, 'year', y)).toBe(ofRegion.filter((e) => year(e) === y).length);

    await filterLink(page, 'type', typeA).click();
    await filterLink(page, 'type', typeB).click();
    await page.waitForURL((u) => u.searchParams.get('type') === [typeA, typeB].sort().join(','));
    const both = ofRegion.filter((e) => e.type === typeA || e.type === typeB);
    await expect.poll(async () => (await allShown(page)).sort()).toEqual(sortIds(both));
    // A type's count ignores the type selection (so another type stays choosable); other facets follow it.
    expect(await countOf(page, 'type', typeA)).toBe(ofRegion.filter((e) => e.type === typeA).length);
    for (const y of new Set(suite.site.published.map(year)))
      expect(await countOf(page, 'year', y)).toBe(both.filter((e) => year(e) === y).length);
    const other = suite.site.published.find((e) => (e.type === typeA || e.type === typeB) && !inRegion(region)(e));
    if (other?.regions[0] && other.regions[0] !== 'global') {
      const code = other.regions[0].toLowerCase();
      const expected = suite.site.published.filter((e) => (e.type === typeA || e.type === typeB) && inRegion(code)(e));
      expect(await countOf(page, 'region', code)).toBe(expected.length);
    }
    expect(await filterLink(page, 'type', typeA).getAttribute('aria-current')).toBe('true');
    expect(await filterLink(page, 'type', typeB).getAttribute('aria-current')).toBe('true');
    await expect.poll(() => page.locator('[data-status]').textContent()).toContain(`Showing ${both.length} of`);
    expect(errors).toEqual([]);
    await context.close();
  });

  test('active filters are pills that remove their value, by keyboard too', async () => {
    const { region, typeA, ofRegion } = busiest();
    const { context, page } = await open(`/?type=${typeA}&region=${region}`);
    const pills = page.locator('[data-pills] a.pill');
    await expect.poll(() => pills.count()).toBe(2);
    expect(await page.locator('[data-active]').isVisible()).toBe(true);
    const pill = page.locator(`[data-pills] a.pill[data-filter-key="type"]`);
    expect(await pill.textContent()).toMatch(/Remove filter\s*Type: /);
    await pill.focus();
    await page.keyboard.press('Enter');
    await page.waitForURL((u) => !u.searchParams.has('type') && u.searchParams.get('region') === region);
    // The keyboard lands on the filter link the pill stood for, not on the page's top.
    await expect
      .poll(() => page.evaluate(() => (document.activeElement as HTMLElement).dataset.filterValue))
      .toBe(typeA);
    await expect.poll(() => allShown(page)).toHaveLength(ofRegion.length);
    expect(await pills.count()).toBe(1);
    await page.locator('a.clear-all').click();
    await page.waitForURL((u) => u.search === '');
    await expect.poll(() => page.locator('[data-active]').isVisible()).toBe(false);
    expect(await visibleIds(page)).toHaveLength(Math.min(HOME_LIMIT, suite.site.published.length));
    await context.close();
  });

  test('the URL is the state: opening, reloading and going back restore it', async () => {
    const { region, typeA, typeB, ofRegion } = busiest();
    const expected = sortIds(ofRegion.filter((e) => e.type === typeA || e.type === typeB));
    const { context, page } = await open(`/?region=${region}&type=${typeB},${typeA}`);
    await expect.poll(async () => (await allShown(page)).sort()).toEqual(expected);
    expect(await page.locator('[data-pills] a.pill').count()).toBe(3);
    await page.reload();
    await expect.poll(async () => (await allShown(page)).sort()).toEqual(expected);
    await filterLink(page, 'region', region).click();
    await page.waitForURL((u) => !u.searchParams.has('region'));
    await page.goBack();
    await page.waitForURL((u) => u.searchParams.get('region') === region);
    await expect.poll(async () => (await allShown(page)).sort()).toEqual(expected);
    expect(await filterLink(page, 'region', region).getAttribute('aria-current')).toBe('true');
    await context.close();
  });

  test('from a filter page, a choice combines with the page’s filter on the home page', async () => {
    const { region, year: y } = busiest();
    const { context, page } = await open(`/filter/region/${region}/`);
    await filterLink(page, 'year', y).click();
    await page.waitForURL((u) => u.pathname === '/' && u.searchParams.get('region') === region);
    expect(new URL(page.url()).searchParams.get('year')).toBe(y);
    await expect
      .poll(async () => (await allShown(page)).sort())
      .toEqual(sortIds(suite.site.published.filter((e) => inRegion(region)(e) && year(e) === y)));
    await context.close();
  });
});

describe('without JavaScript', () => {
  const noJs = { javaScriptEnabled: false };

  test('a year chosen after a region keeps the region, and a region chosen after a year keeps the year', async () => {
    const { region, year: y, ofRegion } = busiest();
    const expected = sortIds(ofRegion.filter((e) => year(e) === y));
    const { context, page } = await open(`/filter/region/${region}/`, noJs);
    const link = filterLink(page, 'year', y);
    expect(await countOf(page, 'year', y)).toBe(expected.length);
    await Promise.all([page.waitForURL(`**/filter/region/${region}/year/${y}/`), link.click()]);
    expect((await visibleIds(page)).sort()).toEqual(expected);
    expect(await page.locator('[data-pills] a.pill').count()).toBe(2);
    expect(await page.locator('h1').textContent()).toContain(y);

    await page.goto(`${base}/filter/year/${y}/`);
    await Promise.all([
      page.waitForURL(`**/filter/region/${region}/year/${y}/`),
      filterLink(page, 'region', region).click(),
    ]);
    expect((await visibleIds(page)).sort()).toEqual(expected);
    await context.close();
  });

  test('a link that cannot keep a choice says so, and keeps the year', async () => {
    const { region, typeA, year: y } = busiest();
    const { context, page } = await open(`/filter/region/${region}/year/${y}/`, noJs);
    const link = filterLink(page, 'type', typeA);
    const noteId = await link.getAttribute('aria-describedby');
    expect(noteId).toBe('nojs-note');
    const note = page.locator('#nojs-note');
    expect(await note.isVisible()).toBe(true);
    expect(await note.textContent()).toContain(await filterLink(page, 'region', region).getAttribute('data-label'));
    // The year link keeps the region: it does not point at the note.
    expect(await filterLink(page, 'year', y).getAttribute('aria-describedby')).toBeNull();
    await Promise.all([page.waitForURL(`**/filter/type/${typeA}/year/${y}/`), link.click()]);
    expect(await visibleIds(page)).toHaveLength(
      suite.site.published.filter((e) => e.type === typeA && year(e) === y).length,
    );
    await context.close();
  });

  test('a pill is a link to the page without that choice', async () => {
    const { region, year: y } = busiest();
    const { context, page } = await open(`/filter/region/${region}/year/${y}/`, noJs);
    await Promise.all([
      page.waitForURL(`**/filter/region/${region}/`),
      page.locator('[data-pills] a.pill[data-filter-key="year"]').click(),
    ]);
    expect(await visibleIds(page)).toHaveLength(Math.min(100, suite.site.published.filter(inRegion(region)).length));
    await context.close();
  });

  test('the home page lists the latest events and the year pages list every one', async () => {
    const { context, page } = await open('/', noJs);
    const home = await visibleIds(page);
    expect(home).toEqual(
      [...suite.site.published]
        .sort((a, b) => b.date.localeCompare(a.date) || a.id.localeCompare(b.id))
        .slice(0, HOME_LIMIT)
        .map((e) => e.id),
    );
    const years = await page
      .locator('[data-year-link]')
      .evaluateAll((els) => els.map((a) => (a as HTMLAnchorElement).href));
    const seen: string[] = [];
    for (const url of years) {
      await page.goto(url);
      seen.push(...(await visibleIds(page)));
    }
    expect(seen.sort()).toEqual(sortIds(suite.site.published));
    await context.close();
  });
});

describe('events per month', () => {
  test('the chart counts the content by month and type, and each bar links to its month', async () => {
    const { context, page } = await open('/', { javaScriptEnabled: false });
    const bars = await page.locator('[data-month-chart] a[data-bar]').evaluateAll((els) =>
      els.map((a) => ({
        month: a.getAttribute('data-bar')!,
        count: Number(a.getAttribute('data-count')),
        href: a.getAttribute('href')!,
        name: a.getAttribute('aria-label')!,
        types: [...a.querySelectorAll('[data-type]')].map((r) => r.getAttribute('data-type')!),
      })),
    );
    const byMonth = new Map<string, ExportedEvent[]>();
    for (const e of suite.site.published)
      byMonth.set(e.date.slice(0, 7), [...(byMonth.get(e.date.slice(0, 7)) ?? []), e]);
    expect(bars.map((b) => b.month).sort()).toEqual([...byMonth.keys()].sort());
    for (const bar of bars) {
      const events = byMonth.get(bar.month)!;
      expect(bar.count).toBe(events.length);
      expect(bar.types.sort()).toEqual([...new Set(events.map((e) => e.type))].sort());
      expect(bar.href).toBe(`/timeline/${bar.month.slice(0, 4)}/#${bar.month}`);
      expect(bar.name).toMatch(new RegExp(`: ${events.length} events? \\(`));
    }
    const legend = await page.locator('[data-month-chart] .chart-legend li').allTextContents();
    expect(legend.length).toBe(new Set(suite.site.published.map((e) => e.type)).size);

    const bar = bars.sort((a, b) => b.count - a.count)[0];
    await page.locator(`[data-month-chart] a[data-bar="${bar.month}"]`).click();
    await page.waitForURL(`**/timeline/${bar.month.slice(0, 4)}/#${bar.month}`);
    const ids = await page
      .locator(`[data-month="${bar.month}"] [data-event]`)
      .evaluateAll((els) => els.map((el) => (el as HTMLElement).dataset.event!));
    expect(ids.sort()).toEqual(sortIds(byMonth.get(bar.month)!));
    expect(await page.locator(`[id="${bar.month}"]`).count()).toBe(1);
    await context.close();
  });

  test('the JSON index holds every published event', async () => {
    const index = (await (await fetch(`${base}/data/timeline-index.json`)).json()) as { events: { id: string }[] };
    expect(index.events.map((e) => e.id).sort()).toEqual(sortIds(suite.site.published));
  });
});

describe('at 360 px', () => {
  test('the home page (filtered or not), a pair page and a year page do not overflow sideways', async () => {
    for (const path of [
      '/',
      '/?region=cn&type=restriction,policy',
      '/filter/region/cn/year/2025/',
      '/timeline/2025/',
    ]) {
      const { context, page } = await open(path, { viewport: { width: 360, height: 740 } });
      if (path.includes('?')) await expect.poll(() => page.locator('[data-pills] a.pill').count()).toBe(3);
      const width = await page.evaluate(() => document.documentElement.scrollWidth);
      expect({ path, width }).toEqual({ path, width: 360 });
      await context.close();
    }
  });
});

describe('accessibility', () => {
  const cases = [
    ['the home page', '/'],
    ['the home page with filters and pills', '/?region=cn&type=restriction,policy'],
    ['a region-and-year page', '/filter/region/cn/year/2025/'],
    ['a year page', '/timeline/2025/'],
  ] as const;
  test.each(cases.flatMap(([name, path]) => (['light', 'dark'] as const).map((s) => [name, s, path] as const)))(
    '%s has no axe violations in the %s colour scheme',
    async (_name, scheme, path) => {
      const { context, page } = await open(path, { colorScheme: scheme });
      await page.emulateMedia({ colorScheme: scheme });
      if (path.includes('?')) await expect.poll(() => page.locator('[data-pills] a.pill').count()).toBeGreaterThan(0);
      const { violations } = await axeFindings(page);
      expect(violations).toEqual([]);
      await context.close();
    },
    120_000,
  );
});
