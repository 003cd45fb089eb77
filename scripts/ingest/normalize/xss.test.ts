/**
 * The XSS payload shapes (script, javascript: URLs, event handlers, SVG/MathML, data: URLs,
 * entity-encoded tricks, parser differentials), written for this project in
 * testdata/xss-payloads.json, injected into the title, summary, link and id of RSS, Atom and
 * JSON feeds: what normalize lets through is plain text without markup and only absolute
 * http(s) links, and every item is either a candidate or a counted skip.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, test } from 'vitest';
import { expectSafeCandidates } from '../../../tests/unit/ingest-safety.ts';
import { parseFeed } from '../parse/parse.ts';
import { normalizeFeed } from './normalize.ts';

const GROUPS = JSON.parse(readFileSync(new URL('testdata/xss-payloads.json', import.meta.url), 'utf8')) as Record<
  string,
  string[] | string
>;
const CASES = Object.entries(GROUPS).flatMap(([shape, list]) =>
  Array.isArray(list) ? list.map((payload) => [shape, payload] as const) : [],
);

const CTX = { sourceId: 'xss', feedUrl: 'https://feeds.example/feed.xml' };
const DATE = 'Tue, 25 Jun 2024 08:00:00 GMT';
// XML 1.0 cannot carry C0 controls, even as references; JSON can, so only JSON keeps them.
const xmlSafe = (s: string) => s.replace(/[\u0000-\u0008\u000b\u000c\u000e-\u001f]/g, '');
const esc = (s: string) => xmlSafe(s).replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
const attr = (s: string) => esc(s).replace(/"/g, '&quot;');
const cdata = (s: string) => `<![CDATA[${xmlSafe(s).replace(/]]>/g, ']]]]><![CDATA[>')}]]>`;

const rss = (p: string) => `<?xml version="1.0"?><rss version="2.0"><channel><title>${esc(p)}</title>
<item><title>${esc(p)} Safe words</title><link>https://safe.example/1</link><description>${esc(p)}</description><pubDate>${DATE}</pubDate></item>
<item><title>${cdata(p)}</title><link>https://safe.example/2</link><description>${cdata(p)}</description><pubDate>${DATE}</pubDate></item>
<item><title>Link test</title><link>${esc(p)}</link><pubDate>${DATE}</pubDate></item>
<item><title>Guid test</title><guid>${esc(p)}</guid><pubDate>${DATE}</pubDate></item>
<item><title>Source test</title><link>https://safe.example/3</link><source url="https://safe.example/">${esc(p)}</source><pubDate>${DATE}</pubDate></item>
</channel></rss>`;

const atom = (p: string) => `<?xml version="1.0"?><feed xmlns="http://www.w3.org/2005/Atom" xml:base="${attr(p)}">
<title type="html">${esc(p)}</title>
<entry><title type="html">${esc(p)}</title><link href="https://safe.example/4"/><id>tag:x,2024:1</id><updated>2024-06-25T08:00:00Z</updated><summary type="html">${esc(p)}</summary><content type="html">${esc(p)}</content></entry>
<entry><title>Link test</title><link href="${attr(p)}"/><id>tag:x,2024:2</id><updated>2024-06-25T08:00:00Z</updated></entry>
<entry><title>Id test</title><id>${esc(p)}</id><updated>2024-06-25T08:00:00Z</updated></entry>
</feed>`;

const json = (p: string) =>
  JSON.stringify({
    version: 'https://jsonfeed.org/version/1.1',
    title: p,
    items: [
      { id: '1', url: 'https://safe.example/5', title: p, content_html: p, summary: p, date_published: '2024-06-25' },
      { id: '2', url: p, title: 'Link test', date_published: '2024-06-25T08:00:00Z' },
      { id: '3', url: 'https://safe.example/6', external_url: p, title: 'External', date_published: '2024-06-25' },
      { id: p, title: 'Id test', date_published: '2024-06-25T08:00:00Z' },
    ],
  });

describe('XSS payload shapes in feeds', () => {
  test('the list holds every shape', () => {
    expect(Object.keys(GROUPS).filter((k) => Array.isArray(GROUPS[k]))).toEqual([
      'script',
      'javascript-url',
      'event-handler',
      'svg-math',
      'data-url',
      'entity-encoded',
      'parser-differential',
    ]);
    expect(CASES.length).toBeGreaterThan(50);
  });

  test.each(CASES)('%s: %j yields only plain text and http(s) links', async (_shape, payload) => {
    for (const [format, text] of [
      ['rss', rss(payload)],
      ['atom', atom(payload)],
      ['json', json(payload)],
    ] as const) {
      const raw = await parseFeed(text);
      const { candidates, skipped } = normalizeFeed(raw, CTX);
      expectSafeCandidates(candidates);
      for (const c of candidates) {
        expect(c.publisher, `${format} publisher`).not.toMatch(/<[A-Za-z!/?]/);
        expect(c.url, `${format} url`).toMatch(/^https?:\/\/[^\s]+$/);
        expect(new URL(c.url).hostname, `${format} url`).not.toBe('');
      }
      expect(candidates.length + skipped.length, format).toBe(raw.items.length);
      // the items with a safe link and a date always survive: hostile text never costs an item
      expect(candidates.length, format).toBeGreaterThanOrEqual(format === 'atom' ? 1 : 2);
    }
  });
});

describe('what a payload leaves behind', () => {
  const titleOf = async (title: string) => {
    const feed = {
      version: 'https://jsonfeed.org/version/1',
      items: [{ id: '1', url: 'https://safe.example/', title }],
    };
    const raw = await parseFeed(
      JSON.stringify({ ...feed, items: [{ ...feed.items[0], date_published: '2024-06-25' }] }),
    );
    return normalizeFeed(raw, CTX).candidates[0]?.title;
  };

  test.each([
    ['<script>alert(1)</script>Migration credits', 'Migration credits'],
    ['<img src=x onerror=alert(1)>Free tokens', 'Free tokens'],
    ['<svg onload=alert(1)></svg>API block', 'API block'],
    // an unclosed <svg> takes the rest of the text with it: no title, the item is skipped
    ['<svg onload=alert(1)>API block', undefined],
    ['<style>body{}</style><b>Bold</b> news', 'Bold news'],
    ['&lt;script&gt;alert(1)&lt;/script&gt;Escaped once', 'Escaped once'],
    ['&amp;lt;script&amp;gt;alert(1)&amp;lt;/script&amp;gt;Escaped twice', 'Escaped twice'],
    // read as a browser with scripting does: the <noscript> ends inside the attribute
    ['<noscript><p title="</noscript><img src=x onerror=alert(1)>">Differential', '">Differential'],
    ['Text with a < b and c > d', 'Text with a < b and c > d'],
  ])('%j becomes %j', async (input, expected) => {
    expect(await titleOf(input)).toBe(expected);
  });

  test.each([
    'javascript:alert(1)',
    'JaVaScRiPt:alert(1)',
    '\u0001javascript:alert(1)',
    'java\tscript:alert(1)',
    'vbscript:msgbox(1)',
    'data:text/html;base64,PHNjcmlwdD4=',
    'mailto:someone@example.org',
    'file:///etc/passwd',
  ])('a link %j is dropped as bad-link, never kept', async (link) => {
    const raw = await parseFeed(
      JSON.stringify({
        version: 'https://jsonfeed.org/version/1',
        items: [{ id: 'x', url: link, title: 'T', date_published: '2024-06-25' }],
      }),
    );
    expect(normalizeFeed(raw, CTX)).toEqual({ candidates: [], skipped: [{ reason: 'bad-link', title: 'T' }] });
  });
});
