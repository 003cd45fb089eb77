/**
 * The quirks the shared real-world corpus taught, each in a small fixture of our own (testdata/,
 * written by hand; encoded bytes are built here from strings by testdata/encode.ts), run through
 * decode → parse → normalize as the ingester does. Needs nothing outside the repository.
 */
import { readFileSync } from 'node:fs';
import { createServer } from 'node:http';
import { gzipSync } from 'node:zlib';
import { describe, expect, test } from 'vitest';
import { expectSafeCandidates } from '../../../tests/unit/ingest-safety.ts';
import { IngestError } from '../fetch/errors.ts';
import { normalizeFeed, type NormalizeResult } from '../normalize/normalize.ts';
import { decodeBody, sniffCharset } from './decode.ts';
import { parseFeed, type RawFeed } from './parse.ts';
import { encodeLegacy, encodeUtf8, encodeUtf16 } from './testdata/encode.ts';

const FEED_URL = 'https://feeds.example/dir/feed.xml';
const fixture = (name: string) => new Uint8Array(readFileSync(new URL(`testdata/${name}`, import.meta.url)));
const fixtureText = (name: string) => readFileSync(new URL(`testdata/${name}`, import.meta.url), 'utf8');

interface Run {
  text: string;
  raw: RawFeed;
  result: NormalizeResult;
}

/** decode → parse → normalize, as the ingester runs a fetched body. */
async function ingest(bytes: Uint8Array, contentType?: string): Promise<Run> {
  const text = decodeBody(bytes, contentType);
  const raw = await parseFeed(text);
  const result = normalizeFeed(raw, { sourceId: 'quirks', feedUrl: FEED_URL });
  expectSafeCandidates(result.candidates);
  return { text, raw, result };
}

const titles = (r: Run) => r.result.candidates.map((c) => c.title);
const skips = (r: Run) => r.result.skipped.map((s) => s.reason);
const rejection = (p: Promise<unknown>) =>
  p.then(
    () => expect.unreachable('the feed was accepted'),
    (err: unknown) => {
      expect(err).toBeInstanceOf(IngestError);
      return err as IngestError;
    },
  );

describe('feed shapes', () => {
  test('RSS 0.91 (doctype, ISO-8859-1 label, no item dates): every item is skipped as undated, never dated today', async () => {
    const r = await ingest(fixture('rss-0.91.xml'));
    expect(r.raw.format).toBe('rss');
    expect(r.raw.items.map((i) => i.title)).toEqual(['Provider A & Provider B pause sign-ups', 'Second undated note']);
    expect(r.result.skipped).toEqual([
      { reason: 'no-date', title: 'Provider A & Provider B pause sign-ups' },
      { reason: 'no-date', title: 'Second undated note' },
    ]);
  });

  test('RSS 0.92: a title-less item is named by its description; an enclosure-only item has no link', async () => {
    const r = await ingest(fixture('rss-0.92.xml'));
    expect(r.result.skipped).toEqual([
      { reason: 'no-date', title: 'An item with only a description, a link and no date.' },
      { reason: 'no-link' },
    ]);
  });

  test('RSS 0.9 RDF (Netscape namespace): items beside the channel are read, and skipped as undated', async () => {
    const r = await ingest(fixture('rdf-0.9.xml'));
    expect(r.raw.title).toBe('Old Netscape channel');
    expect(r.raw.items.map((i) => i.link)).toEqual(['https://rdf09.example/explainer', 'https://rdf09.example/second']);
    expect(skips(r)).toEqual(['no-date', 'no-date']);
  });

  test('RSS 1.0 RDF: dc:date (with a zone, or a date alone), CDATA titles holding markup and numeric entities', async () => {
    const r = await ingest(fixture('rdf-1.0.xml'));
    expect(r.result.candidates).toMatchObject([
      {
        title: 'Cloud credits worth $500 for 102 teams',
        summary: 'Offer details inside CDATA.',
        published: '2024-06-26',
        url: 'https://rdf10.example/1',
      },
      { title: 'A date-only dc:date', published: '2019-08-27' },
    ]);
  });

  test('Atom 1.0: escaped-HTML titles, xml:base, nanosecond timestamps, xhtml content, undated and title-less entries', async () => {
    const r = await ingest(fixture('atom.xml'));
    expect(r.raw.format).toBe('atom');
    const [first, second, third] = r.result.candidates;
    expect(first).toMatchObject({
      title: 'Zhipu opens a migration plan & free tokens',
      url: 'https://atom.example/blog/posts/migration',
      published: '2024-06-26',
      publisher: 'Model access log',
      language: 'zh',
    });
    // xhtml content arrives as text; the +02:00 zone still falls on the same UTC day
    expect(second).toMatchObject({ title: 'Inline XHTML content', published: '2024-06-27' });
    expect(second!.summary).toMatch(/Inline.*markup|markup.*Inline/);
    // no title, no link: the http(s) id is the permalink and the summary names it
    expect(third).toMatchObject({ url: 'https://atom.example/only-an-id', title: expect.stringMatching(/^An entry/) });
    expect(r.result.skipped).toEqual([{ reason: 'no-date', title: 'No date anywhere' }]);
  });

  test('Atom 0.3: issued/modified dates are read and escaped-mode markup is stripped with its script', async () => {
    const r = await ingest(fixture('atom-0.3.xml'));
    expect(r.result.candidates).toMatchObject([
      { title: 'Old-format entry', summary: 'Body', published: '2024-06-25', publisher: 'Atom 0.3 legacy' },
    ]);
  });

  test('JSON Feed 1.0: a link post keeps its own url, a title-less post is named by its text, an undated one skipped', async () => {
    const r = await ingest(fixture('json-feed-1.0.json'), 'application/feed+json');
    expect(r.raw.format).toBe('json');
    expect(r.result.candidates).toMatchObject([
      {
        title: 'A link post pointing elsewhere',
        url: 'https://json.example/2024/06/link-post',
        published: '2024-06-25',
      },
      { title: 'A title-less micro post with only text.', url: 'https://json.example/2024/06/micro' },
    ]);
    expect(r.result.skipped).toEqual([{ reason: 'no-date', title: 'No date here' }]);
  });

  test.each([
    ['not-a-feed.html', 'not-feed'],
    ['not-a-feed.xml', 'not-feed'],
    ['truncated.xml', 'parse'],
  ])('%s is refused as %s', async (file, kind) => {
    expect((await rejection(ingest(fixture(file)))).kind).toBe(kind);
  });

  test.each([
    ['an empty body', new Uint8Array(0), 'parse'],
    ['a comment and nothing else', encodeUtf8('<!-- no root element here -->\n'), 'parse'],
    ['gzip bytes saved without Content-Encoding', new Uint8Array(gzipSync(fixture('rdf-1.0.xml'))), 'parse'],
    [
      'an Atom feed wrapped in an XHTML page',
      encodeUtf8(
        `<html xmlns="http://www.w3.org/1999/xhtml"><body>${fixtureText('atom.xml').replace(/^<\?xml[^>]*>/, '')}</body></html>`,
      ),
      'not-feed',
    ],
  ])('%s is refused as %s, never a crash', async (_name, bytes, kind) => {
    expect((await rejection(ingest(bytes))).kind).toBe(kind);
  });

  test('invalid UTF-8 bytes inside CDATA of a feed declared UTF-8 still give the item', async () => {
    const head = encodeUtf8(
      '<?xml version="1.0" encoding="utf-8"?><rss version="2.0"><channel><title>Bytes</title><item><title><![CDATA[Caf',
    );
    const tail = encodeUtf8(
      ']]></title><link>https://bytes.example/1</link><pubDate>Tue, 25 Jun 2024 08:00:00 GMT</pubDate></item></channel></rss>',
    );
    const r = await ingest(new Uint8Array([...head, 0xe9, 0xff, ...tail]));
    expect(r.result.candidates).toHaveLength(1);
    expect(r.result.candidates[0]!.title).toMatch(/^Caf./);
  });

  test('an undeclared namespace prefix does not lose the feed', async () => {
    expect(titles(await ingest(fixture('unbound-prefix.xml')))).toEqual(['Uses content: without declaring it']);
  });
});

describe('prolog', () => {
  test('blank lines and a tab before the XML declaration are accepted', async () => {
    const bytes = fixture('whitespace-before-declaration.xml');
    expect(bytes[0]).toBe(0x0a);
    expect(titles(await ingest(bytes))).toEqual(['Whitespace before the declaration']);
  });

  test('a UTF-8 BOM followed by whitespace before the declaration is accepted', async () => {
    const r = await ingest(encodeUtf8(fixtureText('whitespace-before-declaration.xml'), true));
    expect(r.text.startsWith('\uFEFF')).toBe(false);
    expect(titles(r)).toEqual(['Whitespace before the declaration']);
  });

  test('a comment, a stylesheet PI and a bogus XHTML doctype before <rss> (no version) are accepted', async () => {
    const r = await ingest(fixture('prolog-oddities.xml'));
    expect(r.result.candidates).toMatchObject([{ title: 'Still read', published: '2024-06-27' }]);
  });
});

describe('CDATA, entities and links', () => {
  test('CDATA titles padded with newlines, markup and scripts in CDATA, a split CDATA section', async () => {
    const r = await ingest(fixture('cdata.xml'));
    expect(r.result.candidates).toMatchObject([
      {
        title: '极客快讯：国产大模型（免费！）开放迁移',
        summary: 'HTML inside CDATA, with a relative image.',
        publisher: 'CDATA channel',
      },
      {
        title: 'A title that contains ]]> in the middle',
        summary: 'Plain escaped markup, then CDATA in one element.',
      },
    ]);
    expect(JSON.stringify(r.result)).not.toMatch(/alert|onload|skins\//);
  });

  test('HTML named entities (undefined in XML), bare ampersands, double escaping and tracking parameters', async () => {
    const r = await ingest(fixture('html-entities.xml'));
    expect(r.result.candidates).toEqual([
      {
        title: 'Café owners get API credits — “free” for a year',
        summary: 'Double-escaped: bold and and a numeric ’ quote.',
        url: 'https://entities.example/story?id=7&ref=feed',
        published: '2024-07-01',
        publisher: 'Entities & ampersands',
        sourceId: 'quirks',
      },
    ]);
  });

  test('relative links resolve against the feed URL; a guid that is no permalink is no link', async () => {
    const r = await ingest(fixture('relative-links.xml'));
    expect(r.result.candidates.map((c) => [c.title, c.url, c.published])).toEqual([
      ['Root-relative link', 'https://feeds.example/blog/root-relative', '2023-12-07'],
      ['Path-relative link', 'https://feeds.example/dir/posts/path-relative', '2023-12-07'],
      ['Guid only, relative', 'https://feeds.example/blog/from-guid', '2023-12-07'],
      ['Protocol-relative link', 'https://cdn.relative.example/other', '2023-12-07'],
    ]);
    expect(r.result.candidates[0]!.language).toBe('en');
    expect(r.result.skipped).toEqual([{ reason: 'no-link', title: 'Guid that is not a permalink' }]);
  });
});

describe('external and internal entities', () => {
  test('XXE: neither the file nor the URL an entity names is read; the feed is refused as parse', async () => {
    const hits: string[] = [];
    const server = createServer((req, res) => {
      hits.push(req.url ?? '');
      res.end('<!ENTITY leaked "LEAKED-BY-ENTITY">');
    });
    await new Promise<void>((ok) => server.listen(0, '127.0.0.1', ok));
    try {
      const addr = server.address() as { port: number };
      const text = fixtureText('xxe.xml').replaceAll('ENTITY_URL', `http://127.0.0.1:${addr.port}/entity`);
      const err = await rejection(ingest(encodeUtf8(text)));
      expect(err.kind).toBe('parse');
      expect(`${err.message} ${String(err.cause)}`).not.toMatch(/root:|LEAKED/);
      expect(hits).toEqual([]);
    } finally {
      await new Promise((ok) => server.close(ok));
    }
  });

  test('internal entities are not expanded (no entity bombs): the feed is refused as parse', async () => {
    const err = await rejection(ingest(fixture('internal-entity.xml')));
    expect(err.kind).toBe('parse');
    expect(err.message).not.toMatch(/lollol/);
  });

  test('a feed with many errors does not make the next feed lenient', async () => {
    const xxe = fixtureText('xxe.xml').replaceAll('ENTITY_URL', 'http://127.0.0.1:9/entity');
    for (const file of ['internal-entity.xml', 'truncated.xml']) {
      await rejection(ingest(encodeUtf8(xxe)));
      expect((await rejection(ingest(fixture(file)))).kind, file).toBe('parse');
    }
  });
});

/** A one-item RSS feed whose title is `title`, with an optional encoding declaration. */
const rss = (title: string, encoding?: string) =>
  `<?xml version="1.0"${encoding ? ` encoding="${encoding}"` : ''}?>
<rss version="2.0"><channel><title>Encoding test</title><link>https://enc.example/</link>
<item><title>${title}</title><link>https://enc.example/1</link><pubDate>Tue, 25 Jun 2024 08:00:00 GMT</pubDate></item>
</channel></rss>`;

describe('encodings', () => {
  const GB = '百度宣布文心大模型对开发者免费开放';
  const BIG5 = '開放人工智慧停止服務，台灣開發者轉向其他模型';
  const LATIN = 'Notícias: inteligência artificial, ação e informação à população';

  test.each([
    ['GB2312 declared in the XML declaration', encodeLegacy(rss(GB, 'gb2312'), 'gbk'), GB, 'gb18030', 'xml'],
    ['GBK declared in the XML declaration', encodeLegacy(rss(GB, 'GBK'), 'gbk'), GB, 'gb18030', 'xml'],
    ['GB2312 without any declaration', encodeLegacy(rss(GB), 'gbk'), GB, 'gb18030', 'sniffed'],
    ['Big5 declared', encodeLegacy(rss(BIG5, 'big5'), 'big5'), BIG5, 'big5', 'xml'],
    ['Big5 without any declaration (not Latin-1, not GB)', encodeLegacy(rss(BIG5), 'big5'), BIG5, 'big5', 'sniffed'],
    [
      'Latin-1 without any declaration (not Big5)',
      encodeLegacy(rss(LATIN), 'windows-1252'),
      LATIN,
      'windows-1252',
      'sniffed',
    ],
    ['UTF-16LE with a BOM', encodeUtf16(rss(GB, 'utf-16'), 'le', true), GB, 'utf-16le', 'bom'],
    ['UTF-16BE with a BOM', encodeUtf16(rss(BIG5, 'utf-16'), 'be', true), BIG5, 'utf-16be', 'bom'],
    ['UTF-16LE without a BOM', encodeUtf16(rss(GB, 'utf-16'), 'le', false), GB, 'utf-16le', 'sniffed'],
    ['UTF-16BE without a BOM', encodeUtf16(rss(GB, 'utf-16'), 'be', false), GB, 'utf-16be', 'sniffed'],
    ['UTF-8 declared ISO-8859-1 (the label lies)', encodeUtf8(rss(LATIN, 'ISO-8859-1')), LATIN, 'utf-8', 'sniffed'],
    [
      'Latin-1 declared UTF-8 (the label lies)',
      encodeLegacy(rss(`${LATIN} – “citação”`, 'UTF-8'), 'windows-1252'),
      `${LATIN} – “citação”`,
      'windows-1252',
      'sniffed',
    ],
    ['an unknown label ("bogus") over UTF-8', encodeUtf8(rss(GB, 'bogus')), GB, 'utf-8', 'default'],
  ])('%s', async (_name, bytes, title, encoding, source) => {
    expect(sniffCharset(bytes)).toEqual({ encoding, source });
    const r = await ingest(bytes);
    expect(titles(r)).toEqual([title]);
    expect(r.text).not.toContain('\uFFFD');
  });

  test('the Content-Type charset wins over the XML declaration', async () => {
    const bytes = encodeLegacy(rss(GB, 'iso-8859-1'), 'gbk');
    expect(sniffCharset(bytes, 'application/rss+xml; charset=GB2312')).toEqual({
      encoding: 'gb18030',
      source: 'header',
    });
    expect(titles(await ingest(bytes, 'application/rss+xml; charset=GB2312'))).toEqual([GB]);
  });

  test('GBK declared only in <meta http-equiv> of an HTML page decodes (and is refused as not a feed)', async () => {
    const page = `<html><head><meta http-equiv="Content-Type" content="text/html; charset=gb2312"><title>${GB}</title></head><body><p>${GB}</p></body></html>`;
    const bytes = encodeLegacy(page, 'gbk');
    expect(sniffCharset(bytes, 'text/html')).toEqual({ encoding: 'gb18030', source: 'meta' });
    expect(decodeBody(bytes, 'text/html')).toContain(`<title>${GB}</title>`);
    expect((await rejection(ingest(bytes, 'text/html'))).kind).toBe('not-feed');
  });

  test('<meta charset> after the first 1024 bytes is still found', () => {
    const filler = `<!-- ${'x'.repeat(1500)} -->`;
    const page = `<html><head>${filler}<meta charset="iso-8859-1"><title>Café Frédéric</title></head></html>`;
    const bytes = encodeLegacy(page, 'windows-1252');
    expect(page.indexOf('<meta')).toBeGreaterThan(1024);
    expect(sniffCharset(bytes)).toEqual({ encoding: 'windows-1252', source: 'meta' });
    expect(decodeBody(bytes)).toContain('Café Frédéric');
  });
});
