/** axe-core finds no accessibility violations on the main pages, in light and in dark colour schemes. */
import { expect, test } from 'vitest';
import { axeFindings, browserSuite } from '../helpers/browser-suite.ts';
import type { SiteData } from './site-data.ts';

const suite = browserSuite();

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
    const { context, page } = await suite.open(path(suite.site), { colorScheme: scheme }, (page) =>
      page.emulateMedia({ colorScheme: scheme }),
    );
    const { violations, passes } = await axeFindings(page);
    expect(passes).toBeGreaterThan(10);
    expect(violations).toEqual([]);
    await context.close();
  },
  120_000,
);
