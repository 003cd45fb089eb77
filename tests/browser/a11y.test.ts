/** axe-core finds no accessibility violations on the main pages, in light and in dark colour schemes. */
import { afterAll, beforeAll, expect, inject, test } from 'vitest';
import type { Browser } from 'playwright-core';
import { AxeBuilder } from '@axe-core/playwright';
import { launchBrowser, localContext } from '../helpers/browser.ts';
import { loadSiteData, type SiteData } from './site-data.ts';

const base = inject('baseURL');
let browser: Browser;
let site: SiteData;

beforeAll(async () => {
  browser = await launchBrowser();
  site = await loadSiteData(base);
});
afterAll(() => browser?.close());

const PAGES: [string, (s: SiteData) => string][] = [
  ['the timeline', () => '/'],
  ['a filter page', (s) => `/filter/type/${s.published[0].type}/`],
  ['a published event page', (s) => `/events/${s.published[0].id}/`],
  ['an unreviewed event page', (s) => `/events/${(s.events.find((e) => e.status === 'candidate') ?? s.events[0]).id}/`],
  ['the provider comparison', () => '/providers/'],
  ['a provider page', (s) => `/providers/${s.providers[0].id}/`],
  ['the newswire', () => '/newswire/'],
  ['the about page', () => '/about/'],
];
const CASES = PAGES.flatMap(([name, path]) =>
  (['light', 'dark'] as const).map((scheme) => [name, scheme, path] as const),
);

test.each(CASES)(
  '%s has no axe violations in the %s colour scheme',
  async (_name, scheme, path) => {
    const { context } = await localContext(browser, { colorScheme: scheme });
    const page = await context.newPage();
    await page.emulateMedia({ colorScheme: scheme });
    await page.goto(base + path(site));
    const results = await new AxeBuilder({ page }).analyze();
    const violations = results.violations.map((v) => ({
      rule: v.id,
      impact: v.impact,
      targets: v.nodes.slice(0, 5).map((n) => `${n.target.join(' ')}: ${n.failureSummary?.split('\n')[1] ?? ''}`),
    }));
    expect(results.passes.length).toBeGreaterThan(10);
    expect(violations).toEqual([]);
    await context.close();
  },
  120_000,
);
