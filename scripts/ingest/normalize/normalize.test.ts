import { describe, expect, test } from 'vitest';
import { normalizeFeed, findDate, findLink } from './normalize.ts';
import { CANDIDATE_SUMMARY_MAX, TITLE_MAX } from '../../../src/model/schema/index.ts';
import { toPlainText } from './plain-text.ts';
import { canonicalUrl, toHttpUrl } from './links.ts';
import { parseFeedDate } from './dates.ts';
import type { RawFeed, RawItem } from '../parse/raw-feed.ts';

const CTX = { sourceId: 'test-feed', feedUrl: 'https://feeds.example.com/news/rss.xml' };
const feedOf = (items: RawItem[], extra: Partial<RawFeed> = {}): RawFeed => ({
  format: 'rss',
  title: 'Example News',
  items,
  ...extra,
});
const OK: RawItem = {
  title: 'OpenAI blocks China',
  link: 'https://example.com/a',
  pubDate: 'Tue, 25 Jun 2024 08:00:00 GMT',
};

describe('toPlainText', () => {
  test.each([
    { name: 'strips tags', input: '<p>Hello <b>world</b></p>', out: 'Hello world' },
    {
      name: 'decodes named and numeric entities',
      input: 'AT&amp;T &#8220;deal&#8221; &#x4e2d;',
      out: 'AT&T “deal” 中',
    },
    { name: 'decodes double-escaped HTML', input: '&lt;p&gt;Hi &amp;amp; bye&lt;/p&gt;', out: 'Hi & bye' },
    { name: 'strips triple-escaped tags', input: '&amp;lt;b&amp;gt;bold&amp;lt;/b&amp;gt;', out: 'bold' },
    {
      name: 'drops scripts and styles with their content',
      input: 'a<script>alert(1)</script><style>p{}</style>b',
      out: 'ab',
    },
    { name: 'separates block elements', input: '<p>one</p><p>two</p>line<br>break', out: 'one two line break' },
    { name: 'folds whitespace', input: '  a\n\n\t b  ', out: 'a b' },
    { name: 'keeps a lone less-than sign', input: '3 < 5 and 5 > 3', out: '3 < 5 and 5 > 3' },
    { name: 'maps windows-1252 C1 characters', input: 'it\u0092s', out: 'it’s' },
    { name: 'drops control characters', input: 'a\u0001b\u0003c', out: 'a b c' },
    { name: 'keeps CJK text', input: '<p>百度宣布&nbsp;免费</p>', out: '百度宣布 免费' },
  ])('$name', ({ input, out }) => {
    expect(toPlainText(input, 300)).toBe(out);
  });

  test('caps length at a word boundary with an ellipsis', () => {
    const out = toPlainText('word '.repeat(200), 50);
    expect(Array.from(out).length).toBeLessThanOrEqual(50);
    expect(out.endsWith('word…')).toBe(true);
  });
});

describe('links', () => {
  test.each([
    { name: 'keeps an absolute https link', raw: 'https://example.com/a', bases: [], out: 'https://example.com/a' },
    {
      name: 'resolves a relative link against the feed URL',
      raw: '/b/c',
      bases: [CTX.feedUrl],
      out: 'https://feeds.example.com/b/c',
    },
    {
      name: 'prefers xml:base over the feed URL',
      raw: 'p2',
      bases: ['https://other.example/x/', CTX.feedUrl],
      out: 'https://other.example/x/p2',
    },
    {
      name: 'resolves a relative xml:base against the feed URL',
      raw: 'p',
      bases: ['sub/', CTX.feedUrl],
      out: 'https://feeds.example.com/news/sub/p',
    },
    { name: 'drops javascript:', raw: 'javascript:alert(1)', bases: [CTX.feedUrl], out: undefined },
    { name: 'drops javascript: hidden by a tab', raw: 'java\tscript:alert(1)', bases: [CTX.feedUrl], out: undefined },
    { name: 'drops data:', raw: 'data:text/html,<script>', bases: [], out: undefined },
    { name: 'drops vbscript:', raw: 'vbscript:msgbox', bases: [], out: undefined },
    { name: 'drops mailto:', raw: 'mailto:a@b.c', bases: [], out: undefined },
    { name: 'drops file:', raw: 'file:///etc/passwd', bases: [], out: undefined },
    { name: 'drops a relative link without a base', raw: '/only/path', bases: [], out: undefined },
  ])('$name', ({ raw, bases, out }) => {
    expect(toHttpUrl(raw, bases)).toBe(out);
  });

  test.each([
    ['https://Example.COM/a?utm_source=rss&utm_medium=feed&id=3#top', 'https://example.com/a?id=3'],
    ['https://example.com/a?fbclid=1&gclid=2&mc_cid=3&mc_eid=4&igshid=5&ref_src=6', 'https://example.com/a'],
    ['https://example.com/a?q=x&UTM_Campaign=y', 'https://example.com/a?q=x'],
    ['https://news.google.com/rss/articles/CBMi?oc=5', 'https://news.google.com/rss/articles/CBMi?oc=5'],
    ['http://example.com:80/a', 'http://example.com/a'],
  ])('canonicalUrl(%s) is %s', (input, out) => {
    expect(canonicalUrl(input)).toBe(out);
  });
});

describe('parseFeedDate', () => {
  test.each([
    ['Tue, 25 Jun 2024 08:00:00 GMT', '2024-06-25'],
    ['Tue, 25 Jun 2024 23:30:00 -0500', '2024-06-26'],
    ['Wed, 26 Jun 2024 01:00:00 +0800', '2024-06-25'],
    ['Mon, 24 Jun 2024 20:00:00 PST', '2024-06-25'],
    ['Mon, 24 Jun 2024 20:00:00 PDT', '2024-06-25'],
    ['03 Apr 02 1500 GMT', '2002-04-03'],
    ['Thu, 07 Dec 17 10:00:00 +0000', '2017-12-07'],
    ['25 Jun 2024', '2024-06-25'],
    ['Thu, 14 May 2020 10:00:18 Z', '2020-05-14'],
    ['Tue, 25 June 2024 08:00:00 -0000', '2024-06-25'],
    ['2024-06-25T23:30:00-05:00', '2024-06-26'],
    ['2022-07-28T03:40:34.000000000Z', '2022-07-28'],
    ['2024-06-25', '2024-06-25'],
    ['2024-06-25 10:00:00', '2024-06-25'],
    ['2020/1/10 14:33:00', '2020-01-10'],
    ['07.02.2025', '2025-02-07'],
    ['1518478934', '2018-02-12'],
    ['', undefined],
    ['not a date', undefined],
    ['31 Apr 2024', undefined],
    ['Seg, 24 Set 2018 10:00:00 -0300', undefined],
  ])('reads %j as %s', (raw, out) => {
    expect(parseFeedDate(raw)).toBe(out);
  });
});

describe('findLink and findDate', () => {
  test.each([
    {
      name: 'uses the link first',
      item: { link: 'https://a/1', guid: 'https://a/2', guidIsPermaLink: true },
      out: 'https://a/1',
    },
    {
      name: 'falls back to a permalink guid',
      item: { guid: 'https://a/2', guidIsPermaLink: true },
      out: 'https://a/2',
    },
    {
      name: 'ignores a guid that is not a permalink',
      item: { guid: 'https://a/2', guidIsPermaLink: false },
      out: undefined,
    },
    { name: 'uses a JSON Feed external_url', item: { externalUrl: 'https://a/3' }, out: 'https://a/3' },
  ])('$name', ({ item, out }) => {
    expect(findLink(item)).toBe(out);
  });

  test.each([
    { name: 'uses pubDate first', item: { pubDate: '25 Jun 2024', dcDate: '2023-01-01' }, out: '2024-06-25' },
    { name: 'falls back to dc:date', item: { pubDate: 'garbage', dcDate: '2023-01-01T00:00:00Z' }, out: '2023-01-01' },
    {
      name: 'falls back to Atom updated',
      item: { published: 'nope', updated: '2022-02-02T00:00:00Z' },
      out: '2022-02-02',
    },
    { name: 'gives nothing when no date reads', item: { pubDate: 'soon' }, out: undefined },
  ])('$name', ({ item, out }) => {
    expect(findDate(item)).toBe(out);
  });
});

describe('normalizeFeed', () => {
  test('turns an item into a candidate', () => {
    const { candidates, skipped } = normalizeFeed(feedOf([OK]), { ...CTX, language: 'en' });
    expect(skipped).toEqual([]);
    expect(candidates).toEqual([
      {
        title: 'OpenAI blocks China',
        summary: '',
        url: 'https://example.com/a',
        published: '2024-06-25',
        publisher: 'Example News',
        language: 'en',
        sourceId: 'test-feed',
      },
    ]);
  });

  test.each([
    { name: 'skips an item that has no date', item: { ...OK, pubDate: undefined }, reason: 'no-date' },
    { name: 'skips an item whose date cannot be read', item: { ...OK, pubDate: 'yesterday' }, reason: 'no-date' },
    { name: 'skips an item that has no link', item: { ...OK, link: undefined }, reason: 'no-link' },
    {
      name: 'skips an item whose link is javascript:',
      item: { ...OK, link: 'javascript:alert(1)' },
      reason: 'bad-link',
    },
    {
      name: 'skips an item whose link is data:',
      item: { ...OK, link: 'data:text/html;base64,PHNjcmlwdD4=' },
      reason: 'bad-link',
    },
    { name: 'skips an item with neither title nor summary', item: { ...OK, title: '  ' }, reason: 'no-title' },
  ])('$name', ({ item, reason }) => {
    const { candidates, skipped } = normalizeFeed(feedOf([item]), CTX);
    expect(candidates).toEqual([]);
    expect(skipped[0]?.reason).toBe(reason);
  });

  test('takes the title from the summary when the item has none', () => {
    const { candidates } = normalizeFeed(
      feedOf([{ ...OK, title: undefined, summary: '<p>Scripting News: a short post</p>' }]),
      CTX,
    );
    expect(candidates[0]?.title).toBe('Scripting News: a short post');
  });

  test('resolves a relative link and removes tracking parameters', () => {
    const { candidates } = normalizeFeed(feedOf([{ ...OK, link: '../2024/post?utm_source=rss#c' }]), CTX);
    expect(candidates[0]?.url).toBe('https://feeds.example.com/2024/post');
  });

  test('resolves a relative link against the item xml:base, then the feed xml:base', () => {
    const feed = feedOf(
      [
        { ...OK, link: 'p1', xmlBase: 'https://item.example/x/' },
        { ...OK, link: 'p2' },
      ],
      { xmlBase: 'https://feed.example/' },
    );
    expect(normalizeFeed(feed, CTX).candidates.map((c) => c.url)).toEqual([
      'https://item.example/x/p1',
      'https://feed.example/p2',
    ]);
  });

  test('names the publisher from a Google News <source> and drops the title suffix', () => {
    const item = {
      ...OK,
      title: 'OpenAI to block API in China - Reuters',
      link: 'https://news.google.com/rss/articles/CBMi?oc=5',
      sourceName: 'Reuters',
    };
    const { candidates } = normalizeFeed(feedOf([item]), CTX);
    expect(candidates[0]).toMatchObject({
      title: 'OpenAI to block API in China',
      publisher: 'Reuters',
      url: 'https://news.google.com/rss/articles/CBMi?oc=5',
    });
  });

  test('strips HTML from title and summary and caps them', () => {
    const item = { ...OK, title: `<b>Big</b> ${'x'.repeat(400)}`, summary: `<p>${'word '.repeat(300)}</p>` };
    const [c] = normalizeFeed(feedOf([item]), CTX).candidates;
    expect(c?.title.startsWith('Big x')).toBe(true);
    expect(Array.from(c?.title ?? '').length).toBeLessThanOrEqual(TITLE_MAX);
    expect(Array.from(c?.summary ?? '').length).toBeLessThanOrEqual(CANDIDATE_SUMMARY_MAX);
  });

  test('reduces the feed language to its primary subtag and lets the source config win', () => {
    expect(normalizeFeed(feedOf([OK], { language: 'zh_CN' }), CTX).candidates[0]?.language).toBe('zh');
    expect(normalizeFeed(feedOf([OK], { language: 'zh_CN' }), { ...CTX, language: 'en' }).candidates[0]?.language).toBe(
      'en',
    );
  });

  test('falls back to the feed host as publisher when the feed has no title', () => {
    expect(normalizeFeed(feedOf([OK], { title: undefined }), CTX).candidates[0]?.publisher).toBe('feeds.example.com');
  });
});
