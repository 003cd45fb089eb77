/**
 * The set-up every tests/browser file shares: Chromium launched before the file's tests (with the
 * built site's exports read, to pick ids from whatever content was built) and closed after, pages
 * opened in a fresh local context (see browser.ts), and axe's findings in a readable form.
 * Kept apart from browser.ts, which bench/ imports outside vitest.
 */
import { afterAll, beforeAll, inject } from 'vitest';
import type { Browser, BrowserContext, Page, Response } from 'playwright-core';
import { AxeBuilder } from '@axe-core/playwright';
import { launchBrowser, localContext } from './browser.ts';
import { loadSiteData, type SiteData } from '../browser/site-data.ts';

export type ContextOptions = Parameters<Browser['newContext']>[0];

export interface Opened {
  page: Page;
  context: BrowserContext;
  /** Requests to anything but 127.0.0.1, aborted. */
  blocked: string[];
  response: Response | null;
}

export interface BrowserSuite {
  /** The built site's address (global set-up). */
  readonly base: string;
  readonly browser: Browser;
  /** The built site's exports, read once before the file's tests. */
  readonly site: SiteData;
  /** `path` of the built site in a new local context; `before` runs on the page before it loads (listeners, media). */
  open(path: string, options?: ContextOptions, before?: (page: Page) => unknown): Promise<Opened>;
}

/** Registers the file's beforeAll/afterAll; call once at the top level of a test file. */
export function browserSuite(): BrowserSuite {
  const base = inject('baseURL');
  let browser: Browser | undefined;
  let site: SiteData | undefined;
  beforeAll(async () => {
    browser = await launchBrowser();
    site = await loadSiteData(base);
  });
  afterAll(() => browser?.close());
  const ready = <T>(value: T | undefined, what: string): T => {
    if (value === undefined) throw new Error(`browserSuite: ${what} is used before beforeAll ran`);
    return value;
  };
  const suite: BrowserSuite = {
    base,
    get browser() {
      return ready(browser, 'the browser');
    },
    get site() {
      return ready(site, 'the site data');
    },
    async open(path, options = {}, before) {
      const { context, blocked } = await localContext(suite.browser, options);
      const page = await context.newPage();
      await before?.(page);
      const response = await page.goto(base + path);
      return { page, context, blocked, response };
    },
  };
  return suite;
}

/** axe's run on the page: the violations (rule, impact, the first five targets and why) and how many rules passed. */
export async function axeFindings(page: Page) {
  const results = await new AxeBuilder({ page }).analyze();
  const violations = results.violations.map((v) => ({
    rule: v.id,
    impact: v.impact,
    targets: v.nodes.slice(0, 5).map((n) => `${n.target.join(' ')}: ${n.failureSummary?.split('\n')[1] ?? ''}`),
  }));
  return { violations, passes: results.passes.length };
}
