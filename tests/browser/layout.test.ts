/**
 * Layout at 360 and 1280 px, light and dark: nothing but a table's scroll container is wider than
 * the screen, no word is split across two lines, a table wider than the screen sits in a focusable,
 * labelled scroll container with a visible hint; and the event page is axe-clean in all four.
 */
import { AxeBuilder } from '@axe-core/playwright';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, test } from 'vitest';
import { launchBrowser, localContext } from '../helpers/browser.ts';

const base = inject('baseURL');
const EVENT = '/events/2024-07-09-openai-api-block-takes-effect/';
const PAGES = ['/', '/providers/', '/providers/openai/', '/regions/', '/regions/cn/', EVENT, '/about/', '/status/'];
/** Pages whose wide tables are this branch's: they must show the scroll hint. */
const HINTED = new Set(['/providers/', '/status/']);
const VIEWPORTS = [360, 1280] as const;
const SCHEMES = ['light', 'dark'] as const;

let browser: Browser;
beforeAll(async () => {
  browser = await launchBrowser();
});
afterAll(() => browser?.close());

async function open(path: string, width: number, scheme: 'light' | 'dark') {
  const { context } = await localContext(browser, { viewport: { width, height: 800 }, colorScheme: scheme });
  const page = await context.newPage();
  await page.goto(base + path);
  await page.waitForLoadState('networkidle');
  return { context, page };
}

/** Elements reaching past the viewport's sides that no scrolling or clipping ancestor contains. */
function overflowing(page: Page) {
  return page.evaluate(() => {
    const vw = document.documentElement.clientWidth;
    const clips = (el: Element) => /auto|scroll|hidden|clip/.test(getComputedStyle(el).overflowX);
    const out: string[] = [];
    for (const el of document.body.querySelectorAll('*')) {
      const r = el.getBoundingClientRect();
      if (r.width <= 1 || r.height <= 1) continue;
      if (r.right <= vw + 1 && r.left >= -1) continue;
      let a = el.parentElement;
      let contained = false;
      while (a && a !== document.body) {
        if (clips(a)) {
          contained = true;
          break;
        }
        a = a.parentElement;
      }
      if (!contained)
        out.push(`${el.tagName.toLowerCase()}.${el.className} (${Math.round(r.left)}–${Math.round(r.right)})`);
    }
    return { scrollWidth: document.documentElement.scrollWidth, vw, out: out.slice(0, 10) };
  });
}

/** Latin words whose letters land on two lines (skips URLs, code and the permalink, which may break). */
function splitWords(page: Page) {
  return page.evaluate(() => {
    const skip = 'pre, code, .permalink, .url, [hidden], .visually-hidden, script, style';
    const walker = document.createTreeWalker(document.querySelector('main') ?? document.body, NodeFilter.SHOW_TEXT);
    const found: string[] = [];
    let checked = 0;
    for (let node = walker.nextNode(); node && checked < 6000; node = walker.nextNode()) {
      const parent = node.parentElement;
      if (!parent || parent.closest(skip)) continue;
      const text = node.textContent ?? '';
      for (const m of text.matchAll(/[A-Za-z\u00C0-\u024F]{3,}/g)) {
        // Part of a longer token without spaces (a URL, an e-mail address): not a word.
        const before = text[m.index - 1] ?? ' ';
        const after = text[m.index + m[0].length] ?? ' ';
        if (/[/.@_:]/.test(before) || /[/@_:]/.test(after)) continue;
        checked++;
        const range = document.createRange();
        range.setStart(node, m.index);
        range.setEnd(node, m.index + m[0].length);
        const tops = new Set([...range.getClientRects()].filter((r) => r.width > 0).map((r) => Math.round(r.top)));
        if (tops.size > 1) found.push(m[0]);
      }
    }
    return { checked, found: found.slice(0, 10) };
  });
}

/** Tables wider than their box, with what their scroll container offers. */
function wideTables(page: Page) {
  return page.evaluate(() =>
    [...document.querySelectorAll('main table')]
      .filter((t) => t.getBoundingClientRect().width > document.documentElement.clientWidth)
      .map((t) => {
        let box = t.parentElement;
        while (box && !/auto|scroll/.test(getComputedStyle(box).overflowX)) box = box.parentElement;
        const describedBy = box?.getAttribute('aria-describedby');
        const hint = describedBy ? document.getElementById(describedBy) : null;
        return {
          table: t.className || t.querySelector('caption')?.textContent?.trim() || 'table',
          scrolls: Boolean(box),
          focusable: box ? box.tabIndex >= 0 : false,
          named: Boolean(box && (box.getAttribute('aria-label') || box.getAttribute('aria-labelledby'))),
          region: box?.getAttribute('role') === 'region',
          hintVisible: Boolean(hint && hint.getBoundingClientRect().height > 0 && hint.textContent?.trim()),
        };
      }),
  );
}

describe.each(VIEWPORTS)('at %i px', (width) => {
  test.each(SCHEMES)(
    '%s: nothing overflows outside table containers and no word is split',
    async (scheme) => {
      for (const path of PAGES) {
        const { context, page } = await open(path, width, scheme);
        const o = await overflowing(page);
        expect({ path, ...o }).toEqual({ path, scrollWidth: o.vw, vw: o.vw, out: [] });
        const words = await splitWords(page);
        expect(words.checked).toBeGreaterThan(20);
        expect({ path, split: words.found }).toEqual({ path, split: [] });
        await context.close();
      }
    },
    240_000,
  );

  test('the colour scheme follows the system setting', async () => {
    const lum = async (scheme: 'light' | 'dark') => {
      const { context, page } = await open(EVENT, width, scheme);
      const bg = await page.evaluate(() => getComputedStyle(document.body).backgroundColor);
      await context.close();
      const [r, g, b] = (bg.match(/\d+/g) ?? []).map(Number);
      return (r + g + b) / 3;
    };
    expect(await lum('light')).toBeGreaterThan(200);
    expect(await lum('dark')).toBeLessThan(60);
  });
});

describe.each(VIEWPORTS)('wide tables at %i px', (width) => {
  test('scroll inside a focusable, labelled region, with a visible hint on the provider and status tables', async () => {
    let seen = 0;
    for (const path of PAGES) {
      const { context, page } = await open(path, width, 'light');
      for (const t of await wideTables(page)) {
        seen++;
        expect({ path, ...t }).toMatchObject({ path, scrolls: true, focusable: true, named: true, region: true });
        if (HINTED.has(path))
          expect({ path, table: t.table, hintVisible: t.hintVisible }).toMatchObject({ hintVisible: true });
      }
      await context.close();
    }
    expect(seen).toBeGreaterThan(0);
  }, 120_000);
});

test('the hint is not shown where the table fits (the status table at 1280 px)', async () => {
  const { context, page } = await open('/status/', 1280, 'light');
  expect(await wideTables(page)).toEqual([]);
  expect(await page.locator('.scroll-hint').first().isVisible()).toBe(false);
  await context.close();
});

describe('the event page has no axe violations', () => {
  const cases = VIEWPORTS.flatMap((w) => SCHEMES.map((s) => [w, s] as const));
  test.each(cases)(
    'at %i px, %s',
    async (width, scheme) => {
      const { context, page } = await open(EVENT, width, scheme);
      const results = await new AxeBuilder({ page }).analyze();
      const violations = results.violations.map((v) => ({
        rule: v.id,
        targets: v.nodes.slice(0, 5).map((n) => n.target.join(' ')),
      }));
      expect(results.passes.length).toBeGreaterThan(10);
      expect(violations).toEqual([]);
      await context.close();
    },
    120_000,
  );
});
