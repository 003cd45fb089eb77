/**
 * The world map, the swimlanes and the caniuse-style matrix in Chromium: the map colours each
 * country by the chosen provider's status (mainland China not supported and the United States
 * available for Anthropic's API), switches provider in place with JavaScript and through plain
 * links without it; lanes and matrix render from the content and link to real pages; axe finds
 * nothing on /regions/ and a provider page in light and dark at 1280 and 360 px; at 360 px
 * nothing but a table's own box scrolls sideways.
 */
import { describe, expect, test } from 'vitest';
import type { Page } from 'playwright-core';
import { axeFindings, browserSuite } from '../helpers/browser-suite.ts';

const suite = browserSuite();
const { base, open } = suite;

const country = (page: Page, code: string) => page.locator(`figure[data-world-map] a[data-region="${code}"]`);
const statusOf = async (page: Page, code: string) =>
  (await country(page, code).locator('path').getAttribute('class'))?.replace(/^wm-/, '');

describe('the world map', () => {
  test("Anthropic's API: mainland China not supported, the United States available, each country a link with details", async () => {
    const { page, context, blocked } = await open('/regions/map/anthropic/', { javaScriptEnabled: false });
    expect(await page.locator('figure[data-world-map]').getAttribute('data-provider')).toBe('anthropic');
    expect(await statusOf(page, 'CN')).toBe('not-supported');
    expect(await statusOf(page, 'US')).toBe('available');
    expect(await country(page, 'CN').locator('title').textContent()).toMatch(/^Mainland China: Not supported/);
    expect(await country(page, 'US').getAttribute('href')).toBe('/regions/us/');
    expect(await page.locator('figure[data-world-map] a[data-region] path').count()).toBeGreaterThan(150);
    // The map is drawn at build time, styled only through classes (the CSP forbids style attributes).
    expect(await page.locator('figure[data-world-map] [style]').count()).toBe(0);
    expect(await page.locator('.wm-legend li').count()).toBe(5);
    await country(page, 'CN').click();
    await page.waitForURL(/\/regions\/cn\/$/);
    expect(await page.locator('h1').textContent()).toContain('Mainland China');
    expect(blocked).toEqual([]);
    await context.close();
  });

  test('without JavaScript the picker is links to per-provider and per-access map pages', async () => {
    const { page, context } = await open('/regions/', { javaScriptEnabled: false });
    expect(await page.locator('figure[data-world-map]').getAttribute('data-provider')).toBe('openai');
    expect(await statusOf(page, 'CN')).toBe('blocked');
    await page.locator('[data-provider-picker] a', { hasText: /^Anthropic$/ }).click();
    await page.waitForURL(/\/regions\/map\/anthropic\/$/);
    expect(await statusOf(page, 'CN')).toBe('not-supported');
    expect(await page.locator('[data-provider-picker] a[aria-current="true"]').textContent()).toBe('Anthropic');
    await page.locator('.wm-picker a', { hasText: /^App$/ }).click();
    await page.waitForURL(/\/regions\/map\/anthropic\/app\/$/);
    expect(await page.locator('figure[data-world-map]').getAttribute('data-surface')).toBe('app');
    await context.close();
  });

  test('with JavaScript the picker switches provider and access in place', async () => {
    const { page, context } = await open('/regions/');
    expect(await statusOf(page, 'CN')).toBe('blocked');
    await page.locator('[data-provider-picker] a', { hasText: /^Anthropic$/ }).click();
    await page.locator('figure[data-world-map][data-provider="anthropic"]').waitFor();
    expect(new URL(page.url()).pathname).toBe('/regions/');
    expect(await statusOf(page, 'CN')).toBe('not-supported');
    expect(await statusOf(page, 'US')).toBe('available');
    expect(await page.locator('.wm-heading').textContent()).toContain('Anthropic');
    expect(await page.locator('[data-map-live]').textContent()).toContain('Anthropic');
    expect(await page.evaluate(() => document.activeElement?.textContent)).toBe('Anthropic');
    // The table below is untouched by the map's picker.
    expect(await page.locator('table.matrix').count()).toBe(1);
    await page.locator('.wm-picker a', { hasText: /^App$/ }).click();
    await page.locator('figure[data-world-map][data-surface="app"]').waitFor();
    expect(await page.locator('figure[data-world-map]').getAttribute('data-provider')).toBe('anthropic');
    await context.close();
  });

  test('with JavaScript, focusing a country shows its details under the map', async () => {
    const { page, context } = await open('/regions/map/anthropic/');
    await country(page, 'CN').focus();
    await expect.poll(() => page.locator('[data-map-detail]').textContent()).toMatch(/^Mainland China: Not supported/);
    await country(page, 'US').locator('path').dispatchEvent('mouseover');
    await expect.poll(() => page.locator('[data-map-detail]').textContent()).toMatch(/^United States: Available/);
    await context.close();
  });

  test("a provider page shows that provider's map; its access switch keeps the provider", async () => {
    const { page, context } = await open('/providers/anthropic/');
    expect(await page.locator('figure[data-world-map]').getAttribute('data-provider')).toBe('anthropic');
    expect(await statusOf(page, 'CN')).toBe('not-supported');
    expect(await page.locator('[data-provider-picker]').count()).toBe(0);
    await page.locator('.wm-picker a', { hasText: /^App$/ }).click();
    await page.locator('figure[data-world-map][data-surface="app"]').waitFor();
    expect(await page.locator('figure[data-world-map]').getAttribute('data-provider')).toBe('anthropic');
    expect(await page.locator('[data-provider-picker]').count()).toBe(0);
    await context.close();
  });
});

describe('swimlanes', () => {
  test("OpenAI's page: a lane per region, mainland China blocked to today, its markers link to events about it", async () => {
    const { page, context } = await open('/providers/openai/');
    const lane = page.locator('section.surface').first().locator('li[data-lane="CN"]');
    expect(await lane.count()).toBe(1);
    const statuses = await lane
      .locator('rect.ln-seg')
      .evaluateAll((rs) => rs.map((r) => r.getAttribute('data-status')));
    expect(statuses.at(-1)).toBe('blocked');
    expect(await lane.locator('a.ln-label').getAttribute('href')).toBe('/regions/cn/');
    const ids = await lane.locator('a.ln-marker').evaluateAll((as) => as.map((a) => a.getAttribute('data-event')));
    expect(ids.length).toBeGreaterThan(0);
    for (const id of ids) {
      const event = suite.site.published.find((e) => e.id === id);
      expect(event, id ?? '').toBeTruthy();
      expect(event!.providers).toContain('openai');
      expect(event!.regions).toContain('CN');
    }
    expect(await lane.locator('.visually-hidden').textContent()).toMatch(/Blocked from \d{1,2} \w+ \d{4} to today/);
    const target = await lane.locator('a.ln-marker').first().getAttribute('href');
    const res = await page.goto(base + target!);
    expect(res?.status()).toBe(200);
    await context.close();
  });

  test('the mainland China page: a lane per provider, OpenAI blocked', async () => {
    const { page, context } = await open('/regions/cn/');
    const lane = page.locator('li[data-lane="openai"]').first();
    expect(await lane.locator('a.ln-label').getAttribute('href')).toBe('/providers/openai/');
    const statuses = await lane
      .locator('rect.ln-seg')
      .evaluateAll((rs) => rs.map((r) => r.getAttribute('data-status')));
    expect(statuses).toContain('blocked');
    // Where a lane ends, it agrees with the table above it (or stays unknown when nothing is dated).
    const lanesApi = page.locator('[data-lanes]').first().locator('li[data-lane]');
    for (const key of await lanesApi.evaluateAll((lis) => lis.map((li) => li.getAttribute('data-lane') ?? ''))) {
      const last = await lanesApi
        .and(page.locator(`[data-lane="${key}"]`))
        .locator('rect.ln-seg')
        .last()
        .getAttribute('data-status');
      const current = await page.locator(`tr[data-provider-row="${key}"]`).first().getAttribute('data-status');
      expect([current, 'unknown'], key).toContain(last);
    }
    // Only providers with a dated change get a lane.
    const lanes = await page.locator('li[data-lane]').count();
    expect(lanes).toBeGreaterThan(0);
    expect(lanes).toBeLessThan(suite.site.providers.length * 2);
    await context.close();
  });
});

describe('the matrix', () => {
  test('/regions/ is light and its caption counts what is shown', async () => {
    const { page, context } = await open('/regions/', { javaScriptEnabled: false });
    const html = await (await page.request.get(`${base}/regions/`)).text();
    expect(html.length).toBeLessThan(400_000);
    const rows = await page.locator('tr[data-region]').count();
    const columns = await page.locator('thead th[data-provider]').count();
    expect(await page.locator('table.matrix caption').textContent()).toBe(
      `API availability in key regions: ${columns} providers × ${rows} regions`,
    );
    const cell = page
      .locator('tr[data-region="CN"] td.c')
      .nth(
        await page
          .locator('thead th[data-provider]')
          .evaluateAll((ths) => ths.findIndex((th) => th.getAttribute('data-provider') === 'openai')),
      );
    expect(await cell.getAttribute('class')).toContain('s-blocked');
    expect(await cell.getAttribute('title')).toMatch(/^Blocked since \d{1,2} \w+ \d{4}/);
    expect(await cell.textContent()).toContain('✕');
    expect(
      await page
        .locator('table.matrix thead th')
        .first()
        .evaluate((th) => getComputedStyle(th).position),
    ).toBe('sticky');
    // One filter interface: chips; no second form.
    expect(await page.locator('availability-filter select').count()).toBe(0);
    await context.close();
  });

  test('a list-derived cell says when the list was checked', async () => {
    const { page, context } = await open('/regions/filter/provider/anthropic/', { javaScriptEnabled: false });
    expect(await page.locator('tr[data-region="CN"] td.c').getAttribute('title')).toMatch(
      /Not supported \(not on Anthropic's list, checked \d{1,2} \w+ \d{4}\)/,
    );
    expect(await page.locator('table.matrix caption').textContent()).toMatch(
      /^API availability: 1 provider × \d+ regions \(filtered: Anthropic\)$/,
    );
    await context.close();
  });

  test('continent pages hold every country of the continent', async () => {
    const { page, context } = await open('/regions/filter/continent/asia/', { javaScriptEnabled: false });
    const rows = await page.locator('tr[data-region]').count();
    expect(rows).toBeGreaterThan(40);
    expect(await page.locator('tr[data-region]:not([data-continent="asia"])').count()).toBe(0);
    expect(await page.locator('table.matrix caption').textContent()).toMatch(
      new RegExp(`in Asia: \\d+ providers × ${rows} regions$`),
    );
    await context.close();
  });

  test('with JavaScript a status chip filters a continent page in place and the caption follows', async () => {
    const { page, context } = await open('/regions/filter/continent/asia/');
    const all = await page.locator('tr[data-region]:visible').count();
    await page.locator('nav.map-filters a[data-facet="status"]', { hasText: /^Blocked$/ }).click();
    await expect.poll(() => page.url()).toContain('?status=blocked');
    const shown = page.locator('tr[data-region]:visible');
    const n = await shown.count();
    expect(n).toBeGreaterThan(0);
    expect(n).toBeLessThan(all);
    for (const has of await shown.evaluateAll((trs) => trs.map((tr) => !!tr.querySelector('td.s-blocked'))))
      expect(has).toBe(true);
    expect(await page.locator('table.matrix caption').textContent()).toMatch(
      new RegExp(`in Asia: \\d+ providers × ${n} regions? \\(filtered: Blocked\\)$`),
    );
    await page.locator('nav.map-filters a[data-facet="provider"]', { hasText: /^OpenAI$/ }).click();
    expect(await page.locator('thead th[data-provider]:visible').count()).toBe(1);
    expect(await page.locator('table.matrix caption').textContent()).toMatch(
      /1 provider × \d+ regions? \(filtered: OpenAI, Blocked\)$/,
    );
    await context.close();
  });

  test('on the key-regions page a chip leads to the full filter page, with or without JavaScript', async () => {
    for (const javaScriptEnabled of [true, false]) {
      const { page, context } = await open('/regions/', { javaScriptEnabled });
      await page.locator('nav.map-filters a[data-facet="status"]', { hasText: /^Blocked$/ }).click();
      await page.waitForURL(/\/regions\/filter\/status\/blocked\/$/);
      const statuses = await page
        .locator('tr[data-region]')
        .evaluateAll((trs) => trs.map((tr) => !!tr.querySelector('td.s-blocked')));
      expect(statuses.length).toBeGreaterThan(0);
      expect(statuses.every(Boolean)).toBe(true);
      await context.close();
    }
  });

  test.each(['/regions/filter/continent/asia/', '/regions/cn/', '/providers/openai/'])(
    'no word in a table on %s breaks inside itself at 360 px',
    async (path) => {
      const { page, context } = await open(path, { viewport: { width: 360, height: 740 } });
      const broken = await page.evaluate(() => {
        const out: string[] = [];
        const walker = document.createTreeWalker(document.querySelector('main') ?? document.body, NodeFilter.SHOW_TEXT);
        for (let node = walker.nextNode(); node; node = walker.nextNode()) {
          const cell = node.parentElement?.closest('td, th');
          if (!cell || node.parentElement?.closest('.visually-hidden')) continue;
          const text = node.textContent ?? '';
          for (const m of text.matchAll(/[A-Za-z]{4,}/g)) {
            const range = document.createRange();
            range.setStart(node, m.index ?? 0);
            range.setEnd(node, (m.index ?? 0) + m[0].length);
            const tops = new Set([...range.getClientRects()].filter((r) => r.width > 0).map((r) => Math.round(r.top)));
            if (tops.size > 1) out.push(m[0]);
          }
        }
        return out;
      });
      expect(broken).toEqual([]);
      await context.close();
    },
  );
});

describe('360 px and accessibility', () => {
  test.each([
    '/regions/',
    '/providers/anthropic/',
    '/regions/cn/',
    '/regions/filter/continent/europe/',
    '/regions/map/openai/',
  ])('%s has no horizontal overflow outside tables at 360 px', async (path) => {
    const { page, context } = await open(path, { viewport: { width: 360, height: 740 } });
    const overflow = await page.evaluate(
      () => document.documentElement.scrollWidth - document.documentElement.clientWidth,
    );
    expect(overflow).toBeLessThanOrEqual(0);
    await context.close();
  });

  test('the map, its switch and the lanes break no Content-Security-Policy and reach no other host', async () => {
    for (const path of ['/regions/', '/providers/openai/', '/regions/cn/']) {
      const { page, context, blocked } = await open('/404.html');
      const csp: string[] = [];
      page.on('console', (m) => {
        if (/Content.Security.Policy|Refused to/i.test(m.text())) csp.push(m.text());
      });
      await page.goto(base + path);
      const pick = page.locator('.wm-picker a:not([aria-current])').first();
      if ((await pick.count()) > 0) {
        await pick.click();
        await page.waitForLoadState('networkidle');
      }
      expect({ path, csp, blocked }).toEqual({ path, csp: [], blocked: [] });
      await context.close();
    }
  });

  const CASES = (['/regions/', '/providers/anthropic/'] as const).flatMap((path) =>
    (['light', 'dark'] as const).flatMap((scheme) =>
      ([1280, 360] as const).map((width) => [path, scheme, width] as const),
    ),
  );
  test.each(CASES)(
    '%s has no axe violations (%s, %i px)',
    async (path, scheme, width) => {
      const { page, context } = await open(path, { colorScheme: scheme, viewport: { width, height: 900 } });
      await page.emulateMedia({ colorScheme: scheme });
      const { violations, passes } = await axeFindings(page);
      expect(passes).toBeGreaterThan(10);
      expect(violations).toEqual([]);
      await context.close();
    },
    180_000,
  );
});
