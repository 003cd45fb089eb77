/**
 * One XSS payload injected into the title, summary, link, id, source and base of generated RSS,
 * Atom and JSON feeds, and the check that normalize lets through only plain text without markup
 * and absolute http(s) links, and never loses an item to hostile text. Shared by the payload-shape
 * fixtures (scripts/ingest/normalize/xss.test.ts) and the corpus extra (tests/unit/ingest-xss.test.ts).
 */
import { expect } from 'vitest';
import { parseFeed } from '../../scripts/ingest/parse/parse.ts';
import { normalizeFeed } from '../../scripts/ingest/normalize/normalize.ts';
import { expectSafeCandidates } from '../unit/ingest-safety.ts';

export const XSS_CTX = { sourceId: 'xss', feedUrl: 'https://feeds.example/feed.xml' };
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

/** The payload in each feed format: only plain text and http(s) links come out, every item a candidate or a counted skip. */
export async function expectPayloadHandled(payload: string): Promise<void> {
  for (const [format, text] of [
    ['rss', rss(payload)],
    ['atom', atom(payload)],
    ['json', json(payload)],
  ] as const) {
    const raw = await parseFeed(text);
    const { candidates, skipped } = normalizeFeed(raw, XSS_CTX);
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
}
