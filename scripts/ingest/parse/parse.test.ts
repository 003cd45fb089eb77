import { describe, expect, test } from 'vitest';
import { parseFeed, rootElement } from './parse.ts';
import { IngestError } from '../fetch/errors.ts';

const RSS = `<?xml version="1.0"?><rss version="2.0"><channel><title>T</title>
<item><title>One</title><link>https://example.com/1</link><guid isPermaLink="false">id-1</guid><pubDate>Tue, 25 Jun 2024 08:00:00 GMT</pubDate><source url="https://www.reuters.com">Reuters</source></item>
</channel></rss>`;

const ATOM = `<?xml version="1.0" encoding="utf-8"?>
<feed xmlns="http://www.w3.org/2005/Atom" xml:base="https://example.org/blog/" xml:lang="en-GB"><title>A</title>
<entry><title>Bad date</title><link href="post-1"/><id>tag:example.org,2024:1</id><published>not a date</published><updated>2024-06-25T10:00:00Z</updated></entry>
<entry xml:base="https://other.example/x/"><title>Rel</title><link rel="alternate" href="p2"/><link>odd text link</link><id>tag:2</id><updated>2024-06-26T10:00:00Z</updated></entry>
</feed>`;

const JSON_FEED = JSON.stringify({
  version: 'https://jsonfeed.org/version/1.1',
  title: 'J',
  items: [
    {
      id: 1,
      url: 'https://example.com/j1',
      title: 'Jay',
      content_html: '<p>Hi</p>',
      date_published: '2024-06-25T10:00:00Z',
    },
  ],
});

async function failure(text: string): Promise<IngestError> {
  const err = await parseFeed(text).then(
    () => undefined,
    (e: unknown) => e,
  );
  expect(err).toBeInstanceOf(IngestError);
  return err as IngestError;
}

describe('parseFeed', () => {
  test('reads an RSS 2.0 item with its guid, date and <source>', async () => {
    const feed = await parseFeed(RSS);
    expect(feed.format).toBe('rss');
    expect(feed.items[0]).toMatchObject({
      title: 'One',
      link: 'https://example.com/1',
      guid: 'id-1',
      guidIsPermaLink: false,
      pubDate: 'Tue, 25 Jun 2024 08:00:00 GMT',
      sourceName: 'Reuters',
    });
  });

  test('reads Atom with xml:base, a bad date and a link without attributes, without throwing', async () => {
    const feed = await parseFeed(ATOM);
    expect(feed).toMatchObject({ format: 'atom', xmlBase: 'https://example.org/blog/', language: 'en-GB' });
    expect(feed.items[0]).toMatchObject({ link: 'post-1', published: 'not a date', updated: '2024-06-25T10:00:00Z' });
    expect(feed.items[1]).toMatchObject({ link: 'p2', xmlBase: 'https://other.example/x/' });
  });

  test('reads a JSON Feed 1.1', async () => {
    const feed = await parseFeed(JSON_FEED);
    expect(feed).toMatchObject({ format: 'json', title: 'J' });
    expect(feed.items[0]).toMatchObject({
      guid: '1',
      link: 'https://example.com/j1',
      published: '2024-06-25T10:00:00Z',
    });
  });

  test('accepts whitespace and a BOM before the XML declaration', async () => {
    const feed = await parseFeed(`\uFEFF\n\n  ${RSS}`);
    expect(feed.items).toHaveLength(1);
  });

  test('accepts <rss> without a version attribute', async () => {
    const feed = await parseFeed('<rss><channel><title>x</title><item><title>y</title></item></channel></rss>');
    expect(feed.items[0]?.title).toBe('y');
  });

  test('repairs bare ampersands and HTML entities in an otherwise broken feed', async () => {
    const text =
      '<rss version="2.0"><channel><title>T</title><item><title>A&nbsp;&mdash; B & C</title><link>https://e.com/?a=1&b=2</link></item></channel></rss>';
    const feed = await parseFeed(text);
    expect(feed.items[0]).toMatchObject({ title: 'A\u00a0— B & C', link: 'https://e.com/?a=1&b=2' });
  });

  test('reads an <atom:link> inside an RSS item', async () => {
    const text =
      '<rss version="2.0" xmlns:atom="http://www.w3.org/2005/Atom"><channel><title>T</title><item><title>x</title><atom:link href="https://e.com/x"/></item></channel></rss>';
    expect((await parseFeed(text)).items[0]?.link).toBe('https://e.com/x');
  });

  test('treats an http(s) Atom id as a permalink fallback', async () => {
    const text =
      '<feed xmlns="http://www.w3.org/2005/Atom"><title>A</title><entry><title>e</title><id>https://e.com/p/1</id></entry><entry><title>f</title><id>tag:e.com,2024:2</id></entry></feed>';
    const items = (await parseFeed(text)).items;
    expect(items.map((i) => i.guidIsPermaLink)).toEqual([true, false]);
  });

  test('refuses <rss> without a channel as parse, naming the problem', async () => {
    const err = await failure('<rss version="2.0"></rss>');
    expect(err).toMatchObject({ kind: 'parse', message: 'malformed feed: <rss> has no <channel>' });
  });

  test.each([
    { name: 'an HTML page', text: '<!DOCTYPE html><html><body>Hello</body></html>', kind: 'not-feed' },
    { name: 'a challenge page', text: '<html><head><title>Just a moment...</title></head></html>', kind: 'blocked' },
    { name: 'XML that is not a feed', text: '<?xml version="1.0"?><note><to>x</to></note>', kind: 'not-feed' },
    { name: 'JSON that is not a JSON Feed', text: '{"hello": "world"}', kind: 'not-feed' },
    { name: 'broken JSON', text: '{"version": ', kind: 'parse' },
    { name: 'truncated XML', text: '<?xml version="1.0"?><rss version="2.0"><channel><item><title>x', kind: 'parse' },
    { name: 'an empty body', text: '', kind: 'parse' },
    { name: 'whitespace only', text: ' \n\t ', kind: 'parse' },
    { name: 'plain text', text: 'Service unavailable', kind: 'parse' },
  ])('refuses $name as $kind', async ({ text, kind }) => {
    expect((await failure(text)).kind).toBe(kind);
  });

  test.each([
    ['an external file entity', '<!DOCTYPE rss [<!ENTITY xxe SYSTEM "file:///etc/passwd">]>'],
    ['an external URL entity', '<!DOCTYPE rss [<!ENTITY xxe SYSTEM "http://127.0.0.1:1/secret">]>'],
    ['a parameter entity', '<!DOCTYPE rss [<!ENTITY % p SYSTEM "file:///etc/passwd"> %p; <!ENTITY xxe "x">]>'],
  ])('never resolves %s (XXE)', async (_name, doctype) => {
    const text = `<?xml version="1.0"?>${doctype}<rss version="2.0"><channel><title>&xxe;</title><item><title>t &xxe;</title><link>https://e.com/</link></item></channel></rss>`;
    const result = await parseFeed(text).then(
      (f) => JSON.stringify(f),
      (e: IngestError) => `${e.kind}: ${e.message}`,
    );
    expect(result).not.toMatch(/root:|daemon:|\/bin\//);
    expect(result).toMatch(/^parse: |"title":"t /);
  });

  test.each([
    ['<?xml version="1.0"?>\n<!-- c --><rss version="2.0">', 'rss'],
    ['<!DOCTYPE html PUBLIC "-//W3C//DTD XHTML 1.0//EN" "x"><html>', 'html'],
    ['<atom:feed xmlns:atom="http://www.w3.org/2005/Atom">', 'feed'],
    ['hello', undefined],
  ])('finds the root element of %j', (text, root) => {
    expect(rootElement(text)).toBe(root);
  });
});
