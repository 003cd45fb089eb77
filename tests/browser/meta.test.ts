/**
 * What a reader, a crawler and a link preview see of each kind of page: Open Graph and Twitter
 * tags with absolute URLs, one preview image that exists; on event pages the dates labelled for
 * what they are, no workflow fields, the story's related events first and a "Cite this" block that
 * works with and without JavaScript; in the footer the day the data was last reviewed.
 */
import { resolve } from 'node:path';
import * as cheerio from 'cheerio';
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, test } from 'vitest';
import { loadContent } from '../../src/model/store.ts';
import { loadHealth } from '../../src/model/state/health.ts';
import { anySourceFetched, lastReviewed } from '../../src/site/freshness.ts';
import { formatDate } from '../../src/site/format.ts';
import { launchBrowser, localContext } from '../helpers/browser.ts';
import { loadSiteData, type SiteData } from './site-data.ts';

const base = inject('baseURL');
const SITE = process.env.SITE_URL ?? 'https://ai-access-watch.github.io';
const contentRoot = resolve(process.env.TEST_CONTENT_DIR ?? 'content');
const BLOCK = '2024-07-09-openai-api-block-takes-effect';
const NOTICE = '2024-06-25-openai-api-block-notice';

let site: SiteData;
let browser: Browser;

beforeAll(async () => {
  site = await loadSiteData(base);
  browser = await launchBrowser();
});
afterAll(() => browser?.close());

async function load(path: string) {
  const res = await fetch(base + path);
  return cheerio.load(await res.text());
}
const meta = ($: cheerio.CheerioAPI, key: string) =>
  $(`meta[property="${key}"]`).attr('content') ?? $(`meta[name="${key}"]`).attr('content');

const pageKinds = (s: SiteData): [string, string][] => {
  const candidate = s.events.find((e) => e.status === 'candidate');
  return [
    ['home', '/'],
    ['filter page', `/filter/type/${s.published[0].type}/`],
    ['event', `/events/${s.published[0].id}/`],
    ...(candidate ? ([['unreviewed event', `/events/${candidate.id}/`]] as [string, string][]) : []),
    ['providers', '/providers/'],
    ['provider', `/providers/${s.providers[0].id}/`],
    ['regions', '/regions/'],
    ['region', '/regions/cn/'],
    ['newswire', '/newswire/'],
    ['status', '/status/'],
    ['about', '/about/'],
    ['search', '/search/'],
  ];
};

describe('Open Graph and Twitter tags', () => {
  test('every kind of page has them, with absolute URLs from SITE_URL', async () => {
    for (const [kind, path] of pageKinds(site)) {
      const $ = await load(path);
      const tags = Object.fromEntries(
        ['og:title', 'og:description', 'og:url', 'og:type', 'og:image', 'twitter:card', 'description'].map((k) => [
          k,
          meta($, k),
        ]),
      );
      expect({ kind, ...tags }).toMatchObject({
        kind,
        'og:title': expect.stringMatching(/\S/),
        'og:description': expect.stringMatching(/\S/),
        'og:url': new URL(path, SITE).href,
        'og:type': kind.includes('event') ? 'article' : 'website',
        'og:image': new URL('/og-image.png', SITE).href,
        'twitter:card': 'summary_large_image',
        description: tags['og:description'],
      });
    }
  });

  test('the preview image exists and is a 1200 × 630 PNG', async () => {
    const res = await fetch(`${base}/og-image.png`);
    expect(res.status).toBe(200);
    const bytes = Buffer.from(await res.arrayBuffer());
    expect(bytes.subarray(1, 4).toString()).toBe('PNG');
    expect([bytes.readUInt32BE(16), bytes.readUInt32BE(20)]).toEqual([1200, 630]);
  });

  test('the 404 page has them too, and stays out of search engines', async () => {
    const $ = await load('/404.html');
    expect(meta($, 'og:title')).toBeTruthy();
    expect(meta($, 'robots')).toBe('noindex');
  });
});

describe('event pages', () => {
  test('a block that took effect says so, with no workflow fields', async () => {
    const $ = await load(`/events/${BLOCK}/`);
    const facts = $('article dl.facts').first();
    const labels = facts
      .find('dt')
      .map((_, el) => $(el).text().trim())
      .get();
    expect(labels[0]).toBe('Took effect');
    expect(labels).not.toContain('Status');
    expect(labels).not.toContain('Tags');
    expect(labels).not.toContain('Announced');
    expect($('main').text()).not.toMatch(/seed-story|Published/);
    expect(facts.find('[data-date="effective"] time').attr('datetime')).toBe('2024-07-09');
  });

  test('a notice has its announcement and its effective date, each labelled', async () => {
    const $ = await load(`/events/${NOTICE}/`);
    const rows = $('article dl.facts')
      .first()
      .find('dt')
      .map((_, el) => `${$(el).text().trim()}: ${$(el).next('dd').find('time').attr('datetime')}`)
      .get();
    expect(rows.slice(0, 2)).toEqual(['Announced: 2024-06-25', 'Took effect: 2024-07-09']);
  });

  test('a date whose day is unknown shows the month only, and says so', async () => {
    const { events } = await loadContent(contentRoot);
    const monthly = events.find((e) => e.data.status !== 'rejected' && e.data.date_precision === 'month');
    if (!monthly) return;
    const $ = await load(`/events/${monthly.id}/`);
    const dd = $('[data-date="announced"]');
    expect(dd.find('time').text()).toBe(formatDate(monthly.data.date, 'month'));
    expect(dd.find('time').attr('datetime')).toBe(monthly.data.date.slice(0, 7));
    expect(dd.text()).toContain('day unknown');
  });

  test('the 9 July 2024 block lists the migration offers it caused before topical neighbours', async () => {
    const $ = await load(`/events/${BLOCK}/`);
    const story = $('[data-related="story"] [data-event]')
      .map((_, el) => $(el).attr('data-event'))
      .get();
    expect(story).toEqual(
      expect.arrayContaining([
        NOTICE,
        '2024-06-25-baidu-ernie-migration-offer',
        '2024-06-25-alibaba-qwen-plus-migration-offer',
        '2024-06-25-zhipu-special-migration-program',
      ]),
    );
    const order = $('[data-related]')
      .map((_, el) => $(el).attr('data-related'))
      .get();
    expect(order[0]).toBe('story');
  });

  test('Cite this: permalink, plain citation and BibTeX; the date accessed without JavaScript', async () => {
    const $ = await load(`/events/${BLOCK}/`);
    const permalink = new URL(`/events/${BLOCK}/`, SITE).href;
    const cite = $('section[aria-labelledby="cite-heading"]');
    expect(cite.find('h2').text()).toBe('Cite this');
    expect(cite.find('a.permalink').attr('href')).toBe(permalink);
    const plain = cite.find('.citation').text();
    expect(plain).toContain('AI Access Watch. “OpenAI');
    expect(plain).toContain(`9 July 2024. ${permalink}`);
    expect(plain).toContain('the day you read this page');
    const bib = cite.find('pre.bibtex').text();
    expect(bib).toMatch(new RegExp(`^@misc\\{aiaccesswatch:${BLOCK},`));
    expect(bib).toContain(`url = {${permalink}}`);
    expect(bib.trim().endsWith('}')).toBe(true);
    expect(bib).not.toContain('urldate');
  });

  test('Cite this: with JavaScript the reader’s day is filled in, also as the BibTeX urldate', async () => {
    const { context } = await localContext(browser);
    const page = await context.newPage();
    await page.goto(`${base}/events/${BLOCK}/`);
    const accessed = page.locator('cite-this time[data-accessed]');
    await expect.poll(() => accessed.getAttribute('datetime')).toMatch(/^\d{4}-\d{2}-\d{2}$/);
    const iso = await accessed.getAttribute('datetime');
    expect(await accessed.textContent()).toMatch(/^\d{1,2} [A-Z][a-z]+ \d{4}$/);
    expect(await page.locator('pre.bibtex').textContent()).toContain(`urldate = {${iso}},\n}`);
    expect(await page.locator('.citation').textContent()).not.toContain('the day you read');
    await context.close();
  });
});

describe('freshness and navigation', () => {
  test('the footer gives the latest review day found in the content', async () => {
    const { providers } = await loadContent(contentRoot);
    const reviewed = lastReviewed(providers);
    const $ = await load('/about/');
    if (!reviewed) return expect($('.reviewed').length).toBe(0);
    expect($('footer .reviewed').attr('data-reviewed')).toBe(reviewed);
    expect($('footer .reviewed').text()).toBe(`Data last reviewed ${formatDate(reviewed)}`);
  });

  test('the newswire is in the main navigation only once a source was fetched, and always in the footer', async () => {
    const fetched = anySourceFetched(await loadHealth(contentRoot));
    const $ = await load('/providers/');
    const main = $('nav[aria-label="Main"] a')
      .map((_, el) => $(el).attr('href'))
      .get();
    expect(main.includes('/newswire/')).toBe(fetched);
    expect(main).not.toContain('/status/');
    const footer = $('footer nav a')
      .map((_, el) => $(el).attr('href'))
      .get();
    expect(footer).toEqual(expect.arrayContaining(['/newswire/', '/status/', '/about/']));
  });
});
