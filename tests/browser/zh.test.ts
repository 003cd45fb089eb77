/**
 * The Chinese site: one page of every route kind, in both languages, light and dark, 1280 and 360 px.
 * On a /zh/ page no English interface string shows (checked against the dictionary: every English
 * value that differs from its Chinese one, outside elements marked lang="en"); <html lang>, the
 * hreflang pairs and the language switch point at the same page in the other language; axe finds
 * no violations (one run per kind, the schemes and widths spread over the kinds). One browser, one page.
 */
import { afterAll, beforeAll, describe, expect, inject, test } from 'vitest';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { AxeBuilder } from '@axe-core/playwright';
import { launchBrowser, localContext } from '../helpers/browser.ts';
import { loadSiteData, type SiteData } from './site-data.ts';
import { allMessages } from '../../src/site/i18n/index.ts';

const base = inject('baseURL');
let browser: Browser;
let context: BrowserContext;
let page: Page;
let site: SiteData;

beforeAll(async () => {
  browser = await launchBrowser();
  ({ context } = await localContext(browser));
  page = await context.newPage();
  site = await loadSiteData(base);
});
afterAll(() => browser?.close());

/** One page of each kind, as a site path without the language prefix. */
const KINDS: [string, (s: SiteData) => string][] = [
  ['timeline', () => ''],
  ['filter', (s) => `filter/type/${s.published[0].type}/`],
  ['year', (s) => `timeline/${s.published[0].date.slice(0, 4)}/`],
  ['year pair', (s) => `filter/type/${s.published[0].type}/year/${s.published[0].date.slice(0, 4)}/`],
  ['event', (s) => `events/${s.published[0].id}/`],
  ['providers', () => 'providers/'],
  ['provider', (s) => `providers/${s.providers[0].id}/`],
  ['regions', () => 'regions/'],
  ['app map', () => 'regions/app/'],
  [
    'region',
    (s) =>
      `regions/${s.published.find((e) => e.regions.includes('CN')) ? 'cn' : s.published[0].regions[0].toLowerCase()}/`,
  ],
  ['map filter', () => 'regions/filter/status/blocked/'],
  ['provider map', (s) => `regions/map/${s.providers[0].id}/app/`],
  ['app map filter', () => 'regions/app/filter/continent/asia/'],
  ['newswire', () => 'newswire/'],
  ['search', () => 'search/'],
  ['about', () => 'about/'],
  ['status', () => 'status/'],
  ['not found', () => '404/'],
];

const en = allMessages('en');
const zh = allMessages('zh');
/**
 * The literal parts of every English string that Chinese pages must not show (placeholders cut out).
 * A phrase of several words is looked for anywhere; a single word ("App", "Cloud") only as a whole
 * label (a text node or an attribute that is just that word), since Chinese content rightly names
 * English products ("App Store", "Google Cloud") without marking them.
 */
const ENGLISH = [
  ...new Set(
    Object.keys(en)
      .filter((k) => en[k] !== zh[k])
      .flatMap((k) => en[k].split(/\{\w+\}/))
      .map((part) => part.replace(/^[\s\p{P}]+|[\s\p{P}]+$/gu, ''))
      .filter((part) => /[A-Za-z]{2}/.test(part)),
  ),
];
const escapeRegExp = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
const PHRASES = ENGLISH.filter((s) => /\s/.test(s)).map(
  (s) => [s, new RegExp(`(?<![A-Za-z])${escapeRegExp(s)}(?![A-Za-z])`)] as const,
);
const WORDS = new Set(ENGLISH.filter((s) => !/\s/.test(s)));
const WHOLE = new Set(ENGLISH);

/**
 * English interface strings in a page's texts: visible text nodes, and labelling attributes (these
 * only when the whole value is an English string, since a label may rightly quote an English name).
 */
function englishIn(texts: string[], attributes: string[] = []): string[] {
  const joined = texts.join('\n');
  const found = PHRASES.filter(([, re]) => re.test(joined)).map(([s]) => s);
  const bare = (text: string) => text.trim().replace(/^[\s\p{P}]+|[\s\p{P}]+$/gu, '');
  for (const text of texts) if (WORDS.has(bare(text))) found.push(bare(text));
  for (const text of attributes) if (WHOLE.has(bare(text))) found.push(bare(text));
  return [...new Set(found)];
}

/** The page's visible texts outside elements marked as English (and its title and labels). */
async function chineseTexts(p: Page): Promise<{ texts: string[]; attributes: string[] }> {
  return p.evaluate(() => {
    const parts = [document.title];
    const attributes: string[] = [];
    const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
    for (let n = walker.nextNode(); n; n = walker.nextNode()) {
      const el = n.parentElement;
      if (!el || el.closest('script, style, code, [hidden]')) continue;
      if (el.closest('[lang]')?.getAttribute('lang')?.startsWith('en')) continue;
      if (!el.checkVisibility() && !el.closest('.visually-hidden')) continue;
      parts.push(n.textContent ?? '');
    }
    for (const el of document.querySelectorAll('[aria-label], [placeholder], [title]')) {
      if (el.closest('[lang]')?.getAttribute('lang')?.startsWith('en')) continue;
      for (const a of ['aria-label', 'placeholder', 'title']) attributes.push(el.getAttribute(a) ?? '');
    }
    return { texts: parts, attributes };
  });
}

async function alternates(p: Page): Promise<Record<string, string>> {
  return p.evaluate(() =>
    Object.fromEntries(
      [...document.querySelectorAll('link[rel="alternate"][hreflang]')].map((l) => [
        l.getAttribute('hreflang'),
        new URL(l.getAttribute('href') ?? '').pathname,
      ]),
    ),
  );
}

const VIEWS = [
  { scheme: 'light', width: 1280 },
  { scheme: 'dark', width: 360 },
  { scheme: 'dark', width: 1280 },
  { scheme: 'light', width: 360 },
] as const;

describe.each(KINDS.map(([name, path], i) => [name, path, i] as const))('the %s page', (_name, path, index) => {
  test('English and Chinese: lang, hreflang pairs, the switch keeps the page', async () => {
    const rel = path(site);
    for (const [locale, prefix, other] of [
      ['en', '', '/zh/'],
      ['zh-Hans', '/zh/', '/'],
    ] as const) {
      await page.goto(`${base}${prefix || '/'}${rel}`);
      expect(await page.getAttribute('html', 'lang')).toBe(locale);
      if (rel !== '404/')
        expect(await alternates(page)).toMatchObject({
          en: `/${rel}`,
          'zh-Hans': `/zh/${rel}`,
          'x-default': `/${rel}`,
        });
      const swap = page.locator('[data-lang-switch]');
      expect(await swap.getAttribute('href')).toBe(`${other}${rel}`);
      expect(await swap.getAttribute('hreflang')).toBe(locale === 'en' ? 'zh-Hans' : 'en');
    }
    await page.locator('[data-lang-switch]').click();
    await page.waitForURL(`${base}/${rel}`);
    expect(await page.getAttribute('html', 'lang')).toBe('en');
  }, 60_000);

  test('in Chinese: no English interface string in every scheme and width, no axe violation', async () => {
    const rel = path(site);
    for (const [i, view] of VIEWS.entries()) {
      await page.emulateMedia({ colorScheme: view.scheme });
      await page.setViewportSize({ width: view.width, height: 800 });
      if (i === 0) await page.goto(`${base}/zh/${rel}`);
      const { texts, attributes } = await chineseTexts(page);
      expect(texts.join('')).toMatch(/\p{Script=Han}/u);
      expect(englishIn(texts, attributes), `${view.scheme} ${view.width}px`).toEqual([]);
      // Nothing wider than a 360 px phone outside the scroll containers.
      const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
      expect(overflow, `${view.scheme} ${view.width}px`).toBeLessThanOrEqual(0);
    }
    const view = VIEWS[index % VIEWS.length];
    await page.emulateMedia({ colorScheme: view.scheme });
    await page.setViewportSize({ width: view.width, height: 800 });
    // The full maps hold some 4,000 cells: axe needs minutes there (regions.test.ts runs it on the
    // English map); here it checks everything around the matrix, whose markup is the same in both languages.
    const axe = new AxeBuilder({ page });
    if (rel === 'regions/' || rel === 'regions/app/') axe.exclude('[data-matrix]');
    const results = await axe.analyze();
    const violations = results.violations.map((v) => ({
      rule: v.id,
      targets: v.nodes.slice(0, 5).map((n) => n.target.join(' ')),
    }));
    expect(violations, `${view.scheme} ${view.width}px`).toEqual([]);
    await page.setViewportSize({ width: 1280, height: 800 });
  }, 120_000);
});

test('the check finds English: a phrase anywhere, a single word only as a whole label', () => {
  expect(englishIn(['一些文字 Show all events 更多'])).toEqual(['Show all events']);
  expect(englishIn(['App'])).toEqual(['App']);
  expect(englishIn(['苹果 App Store 上架'])).toEqual([]);
  expect(englishIn([], ['Search results', 'EUR-Lex (Official Journal of the European Union) 来源的存档副本'])).toEqual([
    'Search results',
  ]);
});

test('the Chinese feeds are in Chinese and link Chinese pages', async () => {
  const res = await context.request.get(`${base}/zh/feed.xml`);
  expect(res.status()).toBe(200);
  const xml = await res.text();
  expect(xml).toContain('<language>zh-Hans</language>');
  expect(xml).toContain(`/zh/events/${site.published[0].id}/`);
  expect(xml).toMatch(/<title>[^<]*\p{Script=Han}/u);
  const provider = await context.request.get(`${base}/zh/providers/${site.providers[0].id}/feed.xml`);
  expect(provider.status()).toBe(200);
  expect(await provider.text()).toContain('<language>zh-Hans</language>');
  const english = await (await context.request.get(`${base}/feed.xml`)).text();
  expect(english).toContain('<language>en</language>');
  expect(english).not.toContain('/zh/events/');
});

test('a provider page shows its profile in the page language', async () => {
  const providers = (await (await context.request.get(`${base}/data/providers.json`)).json()).providers as {
    id: string;
    description_zh?: string;
  }[];
  const withZh = providers.find((p) => p.description_zh);
  if (!withZh?.description_zh) throw new Error('test content has no provider with description_zh');
  await page.goto(`${base}/zh/providers/${withZh.id}/`);
  expect((await page.locator('.profile').textContent())?.trim()).toBe(withZh.description_zh);
  await page.goto(`${base}/providers/${withZh.id}/`);
  const english = (await page.locator('.profile').textContent()) ?? '';
  expect(english).toMatch(/[A-Za-z]{4,}/);
  expect(english).not.toContain(withZh.description_zh.slice(0, 12));
});
