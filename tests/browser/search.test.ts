/**
 * The header search box in Chromium against the built site: typos and Chinese find the right
 * providers, results link to their pages, keyboard use, `?q=`, lazy loading, and the no-JS form.
 * Expected pages are looked up in the content the site was built from (TEST_CONTENT_DIR), so the
 * same tests hold for the fixture and for the real knowledge base.
 */
import { afterAll, beforeAll, describe, expect, inject, test } from 'vitest';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { launchBrowser, localContext } from '../helpers/browser.ts';
import { loadContent, type LoadedContent } from '../../src/model/store.ts';
import { FLAG_CANDIDATE, type SearchIndexFile } from '../../src/search/index-format.ts';

const baseURL = inject('baseURL');
let browser: Browser;
let context: BrowserContext;
let blocked: string[];
let content: LoadedContent;

beforeAll(async () => {
  content = await loadContent(process.env.TEST_CONTENT_DIR ?? 'content');
  browser = await launchBrowser();
  ({ context, blocked } = await localContext(browser));
});
afterAll(async () => {
  await browser?.close();
});

/** The page of the provider one of whose names or aliases contains `needle`. */
function providerPage(needle: string): string {
  const n = needle.toLowerCase();
  const p = content.providers.find(({ data }) =>
    [data.name, data.name_zh ?? '', ...data.aliases].some((s) => s.toLowerCase().includes(n)),
  );
  if (!p) throw new Error(`test content has no provider named like "${needle}"`);
  return `/providers/${p.id}/`;
}

async function openPage(path: string): Promise<Page> {
  const page = await context.newPage();
  await page.goto(baseURL + path);
  return page;
}

/** Types `query` into the header box and waits until its results are rendered; returns their paths. */
async function searchFor(page: Page, query: string): Promise<string[]> {
  const before = await page.getAttribute('form[data-site-search]', 'data-search-rendered');
  await page.fill('#site-search', query);
  await page.waitForFunction(
    ([q, b]) => {
      const form = document.querySelector<HTMLFormElement>('form[data-site-search]');
      return (
        !!form?.dataset.searchRendered &&
        form.dataset.searchRendered !== b &&
        new URL(location.href).searchParams.get('q') === q
      );
    },
    [query, before] as const,
  );
  return optionPaths(page);
}

function optionPaths(page: Page): Promise<string[]> {
  return page.$$eval('#site-search-listbox [role="option"]', (els) =>
    els.map((a) => new URL((a as HTMLAnchorElement).href).pathname),
  );
}

describe('search box', () => {
  test.each([
    ['a typo in a model name', 'ernei', 'ernie'],
    ['a typo in a company name', 'zhipo', 'zhipu'],
    ['a Chinese company name', '智谱', '智谱'],
    ['another Chinese company name', '百度', '百度'],
    ['part of a Chinese product name', '通义', '通义'],
  ])('finds the provider from %s ("%s")', async (_name, query, needle) => {
    const page = await openPage('/');
    expect(await searchFor(page, query)).toContain(providerPage(needle));
    await page.close();
  });

  test('finds an event by its title and links to its page', async () => {
    const event = content.events.find((e) => e.data.status === 'published');
    if (!event) throw new Error('test content has no published event');
    const page = await openPage('/');
    expect(await searchFor(page, event.data.title)).toContain(`/events/${event.id}/`);
    await page.click(`#site-search-listbox a[href$="/events/${event.id}/"]`);
    await page.waitForURL(`**/events/${event.id}/`);
    expect(await page.textContent('h1')).toContain(event.data.title.slice(0, 20));
    await page.close();
  });

  test('marks a candidate event as unreviewed', async () => {
    const candidate = content.events.find((e) => e.data.status === 'candidate');
    const target = candidate ?? content.events.find((e) => e.data.status === 'published');
    if (!target) throw new Error('test content has no candidate or published event');
    const page = await context.newPage();
    let flagged = 0;
    if (!candidate) {
      // The content has no candidate: the index this page loads flags one published event as one.
      await page.route('**/search/index.json', async (route) => {
        const response = await route.fetch();
        const file = (await response.json()) as SearchIndexFile;
        for (const row of file.events)
          if (row[3] === target.data.title) {
            row[5] |= FLAG_CANDIDATE;
            flagged++;
          }
        await route.fulfill({ response, json: file });
      });
    }
    await page.goto(`${baseURL}/`);
    await searchFor(page, target.data.title);
    const option = page.locator(`#site-search-listbox a[href$="/events/${target.id}/"]`);
    expect(await option.textContent()).toContain('Unreviewed');
    expect(flagged).toBe(candidate ? 0 : 1);
    await page.close();
  });

  test('never shows a rejected event', async () => {
    const rejected = content.events.find((e) => e.data.status === 'rejected');
    if (!rejected) throw new Error('test content has no rejected event');
    const page = await openPage('/');
    expect(await searchFor(page, rejected.data.title)).not.toContain(`/events/${rejected.id}/`);
    await page.close();
  });

  test('loads neither the search code nor the index before the box is used, then runs under the CSP', async () => {
    const page = await context.newPage();
    const requests: string[] = [];
    const errors: string[] = [];
    page.on('request', (r) => requests.push(new URL(r.url()).pathname));
    page.on('console', (m) => m.type() === 'error' && errors.push(m.text()));
    page.on('pageerror', (e) => errors.push(e.message));
    await page.goto(`${baseURL}/`, { waitUntil: 'networkidle' });
    expect(requests.filter((p) => p.endsWith('/search/index.json'))).toEqual([]);
    const scriptsBefore = requests.filter((p) => p.endsWith('.js')).length;
    const index = page.waitForRequest((r) => r.url().endsWith('/search/index.json'));
    await page.focus('#site-search');
    await index;
    expect(requests.filter((p) => p.endsWith('.js')).length).toBeGreaterThan(scriptsBefore);
    expect(await searchFor(page, 'zhipo')).toContain(providerPage('zhipu'));
    // The page's Content-Security-Policy forbids inline script and eval: a violation is a console error.
    expect(errors).toEqual([]);
    await page.close();
  });

  test('/ focuses the box, arrows choose a result and Enter opens it', async () => {
    const page = await openPage('/');
    await page.keyboard.press('/');
    expect(await page.evaluate(() => document.activeElement?.id)).toBe('site-search');
    const paths = await searchFor(page, 'zhipo');
    await page.keyboard.press('ArrowDown');
    await page.keyboard.press('ArrowDown');
    await page.keyboard.press('ArrowUp');
    const input = page.locator('#site-search');
    expect(await input.getAttribute('aria-expanded')).toBe('true');
    const activeId = await input.getAttribute('aria-activedescendant');
    expect(activeId).toBe('site-search-option-0');
    expect(await page.getAttribute(`#${activeId}`, 'aria-selected')).toBe('true');
    await page.keyboard.press('Enter');
    await page.waitForURL(`**${paths[0]}`);
    await page.close();
  });

  test('Escape closes the results', async () => {
    const page = await openPage('/');
    await searchFor(page, 'zhipo');
    expect(await page.isVisible('[data-search-popup]')).toBe(true);
    await page.keyboard.press('Escape');
    expect(await page.isVisible('[data-search-popup]')).toBe(false);
    expect(await page.getAttribute('#site-search', 'aria-expanded')).toBe('false');
    await page.close();
  });

  test('/ typed into another field stays in that field', async () => {
    const page = await openPage('/');
    await page.evaluate(() => document.body.append(Object.assign(document.createElement('textarea'), { id: 'other' })));
    await page.focus('#other');
    await page.keyboard.press('/');
    expect(await page.inputValue('#other')).toBe('/');
    expect(await page.evaluate(() => document.activeElement?.id)).toBe('other');
    await page.close();
  });

  test('?q= in the address opens the results for it, and typing updates the address', async () => {
    const page = await openPage('/providers/?q=zhipo');
    await page.waitForSelector('#site-search-listbox [role="option"]');
    expect(await page.inputValue('#site-search')).toBe('zhipo');
    expect(await optionPaths(page)).toContain(providerPage('zhipu'));
    await searchFor(page, 'qwen');
    expect(new URL(page.url()).pathname).toBe('/providers/');
    expect(new URL(page.url()).searchParams.get('q')).toBe('qwen');
    await page.close();
  });

  test('the search page lists every result for ?q=', async () => {
    const page = await openPage(`/search/?q=${encodeURIComponent('百度')}`);
    await page.waitForSelector('.search-page-results a');
    const paths = await page.$$eval('.search-page-results a', (els) =>
      els.map((a) => new URL((a as HTMLAnchorElement).href).pathname),
    );
    expect(paths).toContain(providerPage('百度'));
    expect(await page.isVisible('[data-search-nojs]')).toBe(false);
    await page.close();
  });

  test('makes no request to any other host', () => {
    expect(blocked).toEqual([]);
  });
});

describe('search without JavaScript', () => {
  test('the form lands on the search page, which explains and links', async () => {
    const { context: noJs } = await localContext(browser, { javaScriptEnabled: false });
    const page = await noJs.newPage();
    await page.goto(`${baseURL}/`);
    expect(await page.getAttribute('label[for="site-search"]', 'for')).toBe('site-search');
    await page.fill('#site-search', 'ernie');
    await page.press('#site-search', 'Enter');
    await page.waitForURL('**/search/?q=ernie');
    expect(await page.isVisible('[data-search-nojs]')).toBe(true);
    expect(await page.locator('[data-search-nojs] a[href$="/providers/"]').count()).toBe(1);
    await noJs.close();
  });
});

/** The search page's result paths for `query` (every result up to the page's limit). */
async function pageResults(page: Page, query: string, prefix = ''): Promise<string[]> {
  await page.goto(`${baseURL}${prefix}/search/?q=${encodeURIComponent(query)}`);
  await page.waitForSelector('.search-page-results a');
  if (/[\u3400-\u9fff]/.test(query)) await page.waitForSelector('form[data-search-zh="true"]');
  return page.$$eval('.search-page-results a', (els) =>
    els.map((a) => new URL((a as HTMLAnchorElement).href).pathname),
  );
}

/** Published or candidate events of `provider` of `type` (rejected ones are never searched). */
function eventsOf(provider: string, test: (e: LoadedContent['events'][number]) => boolean): string[] {
  return content.events
    .filter((e) => e.data.status !== 'rejected' && e.data.providers.includes(provider) && test(e))
    .map((e) => e.id);
}

/** The share of `expected` event ids found among result paths (1 = all). */
function recall(paths: string[], expected: string[], locale = ''): number {
  const found = expected.filter((id) => paths.includes(`${locale}/events/${id}/`));
  return found.length / expected.length;
}

/**
 * A Chinese page: `/zh/` when the site has it; otherwise the English home page with its
 * `<html lang>` switched before the search code loads, which is all the search code reads.
 */
async function openChinesePage(): Promise<{ page: Page; prefix: string }> {
  const page = await context.newPage();
  const res = await page.goto(`${baseURL}/zh/`);
  if (res?.ok()) return { page, prefix: '/zh' };
  await page.goto(`${baseURL}/`);
  await page.evaluate(() => document.documentElement.setAttribute('lang', 'zh-Hans'));
  return { page, prefix: '/zh' };
}

describe('search that understands the field', () => {
  test('"deepseek ban" finds every DeepSeek restriction, however the title words it', async () => {
    const expected = eventsOf('deepseek', (e) => e.data.type === 'restriction');
    if (!expected.length) throw new Error('test content has no DeepSeek restriction');
    const page = await context.newPage();
    const paths = await pageResults(page, 'deepseek ban');
    expect(recall(paths, expected)).toBe(1);
    await page.close();
  });

  test('"deepseek 禁止" finds them too, and English results link to English pages', async () => {
    const expected = eventsOf('deepseek', (e) => e.data.type === 'restriction');
    const page = await context.newPage();
    expect(recall(await pageResults(page, 'deepseek 禁止'), expected)).toBe(1);
    await page.close();
  });

  test('"百度 迁移" finds Baidu\'s migration offers', async () => {
    const said = /migrat|迁移|搬家/i;
    const expected = eventsOf('baidu', (e) =>
      [e.data.title, e.data.title_zh, e.data.summary, e.data.summary_zh].some((t) => t && said.test(t)),
    );
    if (!expected.length) throw new Error('test content has no Baidu migration event');
    const page = await context.newPage();
    const paths = await pageResults(page, '百度 迁移');
    expect(recall(paths, expected)).toBe(1);
    // Nothing unrelated to Baidu comes first.
    const baidu = content.providers.find((p) => p.data.name_zh?.includes('百度'))?.id;
    expect(paths[0]).toMatch(new RegExp(`/providers/${baidu}/|/events/(${expected.join('|')})/`));
    await page.close();
  });

  test('from a Chinese page, 智谱 finds Zhipu and its events, linked and dated in Chinese', async () => {
    const zhipu = content.providers.find((p) => p.data.name_zh?.includes('智谱'));
    if (!zhipu) throw new Error('test content has no provider named 智谱');
    const expected = eventsOf(zhipu.id, (e) => e.data.status === 'published').slice(0, 5);
    const { page, prefix } = await openChinesePage();
    const paths = await searchFor(page, '智谱');
    expect(await page.getAttribute('form[data-site-search]', 'data-search-zh')).toBe('true');
    expect(paths).toContain(`${prefix}/providers/${zhipu.id}/`);
    expect(recall(paths, expected, prefix)).toBeGreaterThan(0);
    const dates = await page.$$eval('#site-search-listbox .result-date', (els) => els.map((e) => e.textContent));
    expect(dates.length).toBeGreaterThan(0);
    for (const d of dates) expect(d).toMatch(/^\d{4}年\d{1,2}月(\d{1,2}日)?$/);
    // Event titles are the Chinese ones.
    const shown = paths.map((p) => /\/events\/([^/]+)\/$/.exec(p)?.[1]).filter((id): id is string => !!id);
    expect(shown.length).toBeGreaterThan(0);
    for (const id of shown) {
      const zh = content.events.find((e) => e.id === id)?.data.title_zh;
      const title = page.locator(`#site-search-listbox a[href$="/events/${id}/"] .result-title`);
      if (zh) expect(await title.textContent()).toBe(zh);
    }
    await page.close();
  });

  test('from a Chinese page, "deepseek 禁止" finds the restrictions and links to Chinese pages', async () => {
    const expected = eventsOf('deepseek', (e) => e.data.type === 'restriction');
    const { page, prefix } = await openChinesePage();
    await searchFor(page, 'deepseek 禁止');
    const more = page.locator('[data-search-more] a');
    const all = (await more.count()) ? new URL((await more.getAttribute('href')) ?? '', baseURL).pathname : '';
    expect(all).toBe(`${prefix}/search/`);
    await page.close();
    // The full list, as the Chinese search page shows it (or the English one with a Chinese lang).
    const list = await context.newPage();
    const res = await list.goto(`${baseURL}${prefix}/search/?q=${encodeURIComponent('deepseek 禁止')}`);
    if (!res?.ok()) {
      await list.goto(`${baseURL}/search/`);
      await list.evaluate(() => document.documentElement.setAttribute('lang', 'zh-Hans'));
      await list.fill('#site-search', 'deepseek 禁止');
    }
    await list.waitForSelector('.search-page-results a');
    await list.waitForSelector('form[data-search-zh="true"]');
    const paths = await list.$$eval('.search-page-results a', (els) =>
      els.map((a) => new URL((a as HTMLAnchorElement).href).pathname),
    );
    expect(recall(paths, expected, prefix)).toBe(1);
    await list.close();
  });

  test('an English page fetches the Chinese titles only for a Chinese query, then shows its matches', async () => {
    const page = await context.newPage();
    const zhRequests: string[] = [];
    page.on('request', (r) => r.url().endsWith('/search/index-zh.json') && zhRequests.push(r.url()));
    await page.goto(`${baseURL}/`);
    await searchFor(page, 'deepseek ban');
    expect(zhRequests).toEqual([]);
    // An event's whole Chinese title finds it once the Chinese titles are in.
    const event = content.events.find((e) => e.data.status === 'published' && e.data.title_zh);
    if (!event?.data.title_zh) throw new Error('test content has no Chinese title');
    await page.fill('#site-search', event.data.title_zh);
    await page.waitForSelector('form[data-search-zh="true"]');
    await page.waitForSelector(`#site-search-listbox a[href$="/events/${event.id}/"]`);
    expect(zhRequests).toHaveLength(1);
    await page.close();
  });

  test('English results carry human dates', async () => {
    const page = await openPage('/');
    await searchFor(page, 'deepseek ban');
    const dates = await page.$$eval('#site-search-listbox .result-date', (els) => els.map((e) => e.textContent));
    expect(dates.length).toBeGreaterThan(0);
    for (const d of dates) expect(d).toMatch(/^(\d{1,2} )?[A-Z][a-z]+ \d{4}$/);
    await page.close();
  });

  test('"claude hong kong" offers the availability cell first, linked to the region page', async () => {
    const anthropic = content.providers.find((p) => p.data.aliases.includes('Claude'));
    const record = anthropic?.data.availability.find((a) => a.region === 'HK' && a.surface === 'api');
    if (!anthropic || !record) throw new Error('test content has no Claude API record for Hong Kong');
    const page = await openPage('/');
    await searchFor(page, 'claude hong kong');
    const first = page.locator('#site-search-listbox [role="option"]').first();
    expect(new URL((await first.getAttribute('href')) ?? '', baseURL).pathname).toBe('/regions/hk/');
    const text = (await first.textContent()) ?? '';
    expect(text).toContain('Hong Kong');
    const label = { available: 'Available', limited: 'Limited', 'not-supported': 'Not supported', blocked: 'Blocked' };
    expect(text).toContain(`API: ${label[record.status as keyof typeof label]}`);
    if (record.checked) {
      const [y, m, d] = record.checked.split('-').map(Number);
      const human = new Date(Date.UTC(y, m - 1, d)).toLocaleDateString('en-GB', {
        day: 'numeric',
        month: 'long',
        year: 'numeric',
        timeZone: 'UTC',
      });
      expect(text).toContain(human);
    }
    // The keyboard reaches it first: ArrowDown, Enter opens the region page.
    await page.keyboard.press('ArrowDown');
    expect(await page.getAttribute('#site-search', 'aria-activedescendant')).toBe(await first.getAttribute('id'));
    await page.keyboard.press('Enter');
    await page.waitForURL('**/regions/hk/');
    await page.close();
  });

  test('the search page also puts the availability answer first and counts it', async () => {
    const page = await context.newPage();
    const paths = await pageResults(page, 'claude hong kong');
    expect(paths[0]).toBe('/regions/hk/');
    expect(await page.textContent('[data-search-page-status]')).toMatch(new RegExp(`^${paths.length} results? for`));
    await page.close();
  });

  test('at 360 px the suggestions start and end inside the viewport', async () => {
    const { context: narrow } = await localContext(browser, { viewport: { width: 360, height: 740 } });
    const page = await narrow.newPage();
    await page.goto(`${baseURL}/`);
    await searchFor(page, 'deepseek ban');
    const box = await page.locator('[data-search-popup]').boundingBox();
    expect(box).not.toBeNull();
    expect(box!.x).toBeGreaterThanOrEqual(0);
    expect(box!.x + box!.width).toBeLessThanOrEqual(360);
    const scroll = await page.evaluate(() => document.documentElement.scrollWidth);
    expect(scroll).toBeLessThanOrEqual(360);
    await narrow.close();
  });

  test.each([
    ['light', 1280],
    ['dark', 360],
  ] as const)('the open suggestions have no axe violations (%s, %i px)', async (scheme, width) => {
    const { AxeBuilder } = await import('@axe-core/playwright');
    const { context: ctx } = await localContext(browser, { colorScheme: scheme, viewport: { width, height: 800 } });
    const page = await ctx.newPage();
    await page.emulateMedia({ colorScheme: scheme });
    await page.goto(`${baseURL}/`);
    await searchFor(page, 'claude hong kong');
    await page.keyboard.press('ArrowDown');
    const results = await new AxeBuilder({ page }).include('form[data-site-search]').analyze();
    expect(results.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`)).toEqual([]);
    await ctx.close();
  });
});
