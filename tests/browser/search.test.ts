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
