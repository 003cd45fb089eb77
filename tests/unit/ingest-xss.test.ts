/**
 * Every line of ../shared/corpus/payloads/xss.txt injected into the title, summary and link of
 * generated RSS, Atom and JSON feeds: what normalize lets through is plain text without markup
 * and only absolute http(s) links. Skips with a notice when the corpus is absent (SHARED_DIR);
 * scripts/ingest/normalize/xss.test.ts covers the payload shapes without it.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, test } from 'vitest';
import { parseFeed } from '../../scripts/ingest/parse/parse.ts';
import { normalizeFeed } from '../../scripts/ingest/normalize/normalize.ts';
import { expectSafeCandidates } from './ingest-safety.ts';
import { sharedPath, sharedPresent } from '../helpers/shared-dir.ts';

const FILE = sharedPath('corpus/payloads/xss.txt');
const present = sharedPresent(FILE, 'ingest-xss');
const payloads = present
  ? readFileSync(FILE, 'utf8')
      .split('\n')
      .filter((l) => l.length > 0)
  : [];

const CTX = { sourceId: 'xss', feedUrl: 'https://feeds.example.com/feed.xml' };
const DATE = 'Tue, 25 Jun 2024 08:00:00 GMT';
// XML 1.0 cannot carry C0 controls at all, even as references; JSON can, so only JSON keeps them.
const xmlSafe = (s: string) => s.replace(/[\u0000-\u0008\u000b\u000c\u000e-\u001f]/g, '');
const esc = (s: string) => xmlSafe(s).replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
const cdata = (s: string) => `<![CDATA[${xmlSafe(s).replace(/]]>/g, ']]]]><![CDATA[>')}]]>`;

const rss = (p: string) => `<?xml version="1.0"?><rss version="2.0"><channel><title>${esc(p)}</title>
<item><title>${esc(p)}</title><link>https://safe.example/1</link><description>${esc(p)}</description><pubDate>${DATE}</pubDate></item>
<item><title>${cdata(p)}</title><link>https://safe.example/2</link><description>${cdata(p)}</description><pubDate>${DATE}</pubDate></item>
<item><title>Link test</title><link>${esc(p)}</link><pubDate>${DATE}</pubDate></item>
<item><title>Guid test</title><guid>${esc(p)}</guid><pubDate>${DATE}</pubDate></item>
</channel></rss>`;

const atom = (
  p: string,
) => `<?xml version="1.0"?><feed xmlns="http://www.w3.org/2005/Atom"><title type="html">${esc(p)}</title>
<entry><title type="html">${esc(p)}</title><link href="https://safe.example/3"/><id>tag:x,2024:1</id><updated>2024-06-25T08:00:00Z</updated><summary type="html">${esc(p)}</summary><content type="html">${esc(p)}</content></entry>
<entry><title>Link test</title><link href="${esc(p).replace(/"/g, '&quot;')}"/><id>tag:x,2024:2</id><updated>2024-06-25T08:00:00Z</updated></entry>
</feed>`;

const json = (p: string) =>
  JSON.stringify({
    version: 'https://jsonfeed.org/version/1.1',
    title: p,
    items: [
      {
        id: '1',
        url: 'https://safe.example/4',
        title: p,
        content_html: p,
        summary: p,
        date_published: '2024-06-25T08:00:00Z',
      },
      { id: '2', url: p, title: 'Link test', date_published: '2024-06-25T08:00:00Z' },
      {
        id: '3',
        url: 'https://safe.example/5',
        external_url: p,
        title: 'External',
        date_published: '2024-06-25T08:00:00Z',
      },
    ],
  });

describe.skipIf(!present)('XSS payloads in feeds', () => {
  test.each(payloads.map((p, i) => [i + 1, p] as const))(
    'line %i yields only plain text and http(s) links',
    async (_line, payload) => {
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
          expect(c.url, `${format} url`).not.toMatch(/^(?:javascript|data|vbscript):/i);
        }
        expect(candidates.length + skipped.length, format).toBe(raw.items.length);
      }
    },
  );

  test('the payload list is the 90-line file the catalogue describes', () => {
    expect(payloads.length).toBeGreaterThanOrEqual(80);
  });
});
