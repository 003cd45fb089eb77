/**
 * Bodies are markdown, not HTML: every hostile body rendered by Astro's markdown pipeline with
 * the site's own `markdown` settings (astro.config.mjs) yields only elements from the allow-list,
 * no event-handler or style attribute, and links only to http(s) or mailto. Raw HTML is shown
 * as text. Also runs every line of ../shared/corpus/payloads/xss.txt (skipped when absent;
 * SHARED_DIR moves it); the payload shapes are covered without it by tests of our own.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, test } from 'vitest';
import { load } from 'cheerio';
import { createMarkdownProcessor } from '@astrojs/markdown-remark';
import config from '../../astro.config.mjs';
import { SANITIZE_SCHEMA } from '../../src/model/markdown-sanitize.ts';
import { sharedPath, sharedPresent } from '../helpers/shared-dir.ts';

const processor = await createMarkdownProcessor(config.markdown as Parameters<typeof createMarkdownProcessor>[0]);
const render = async (md: string) => (await processor.render(md)).code;

const ALLOWED = new Set(SANITIZE_SCHEMA.tagNames);
const REFUSED = [
  'meta',
  'script',
  'iframe',
  'form',
  'object',
  'embed',
  'base',
  'link',
  'style',
  'img',
  'svg',
  'math',
  'input',
  'textarea',
  'button',
  'frame',
  'frameset',
  'template',
];

/** A relative URL, or one whose scheme (as a browser reads it: tabs, newlines and controls removed) is http(s) or mailto. */
function safeUrl(value: string): boolean {
  const url = value.replace(/[\u0000-\u0020]/g, '');
  const scheme = /^([a-z][a-z0-9+.-]*):/i.exec(url)?.[1]?.toLowerCase();
  return scheme === undefined || ['http', 'https', 'mailto'].includes(scheme);
}

/** Every way an element or attribute could act in the reader's browser; empty when safe. */
function dangers(html: string): string[] {
  const $ = load(html, null, false);
  const found: string[] = [];
  $('*').each((_, node) => {
    const el = node as unknown as { tagName: string; attribs: Record<string, string> };
    if (!ALLOWED.has(el.tagName)) found.push(`<${el.tagName}>`);
    for (const [name, value] of Object.entries(el.attribs)) {
      if (/^on/i.test(name) || name === 'style' || name === 'srcdoc' || name === 'formaction' || name === 'http-equiv')
        found.push(`${el.tagName}[${name}]`);
      if (['href', 'src', 'action', 'cite', 'xlink:href'].includes(name) && !safeUrl(value))
        found.push(`${el.tagName}[${name}=${value}]`);
    }
  });
  return found;
}

const HOSTILE: [string, string][] = [
  ['a meta refresh', '<meta http-equiv="refresh" content="1;url=https://evil.example/">'],
  ['a script', 'Hello <script>alert(1)</script> world'],
  ['an iframe', '<iframe src="https://evil.example/"></iframe>'],
  ['a form', '<form action="https://evil.example/"><input name="q"><button>Go</button></form>'],
  ['an object', '<object data="https://evil.example/x.swf"></object>'],
  ['an embed', '<embed src="https://evil.example/x.swf">'],
  ['a base', '<base href="https://evil.example/">'],
  ['a stylesheet link', '<link rel="stylesheet" href="https://evil.example/x.css">'],
  ['a style element', '<style>body{display:none}</style>'],
  ['an event handler', '<p onclick="alert(1)" onmouseover="alert(2)">hover</p>'],
  ['an image with onerror', '<img src=x onerror=alert(1)>'],
  ['an svg with onload', '<svg onload=alert(1)><circle r=1 /></svg>'],
  ['a markdown javascript: link', '[click](javascript:alert(1))'],
  ['a markdown data: link', '[click](data:text/html;base64,PHNjcmlwdD5hbGVydCgxKTwvc2NyaXB0Pg==)'],
  ['an entity-encoded javascript: link', '[click](&#106;avascript:alert(1))'],
  ['a markdown image', '![x](https://evil.example/track.gif)'],
  ['an autolink with javascript:', '<javascript:alert(1)>'],
  ['raw HTML spanning a paragraph', '<div>\n\n[ok](https://example.org/)\n\n</div>'],
];

describe('a body renders as markdown, never as HTML', () => {
  test.each(HOSTILE)('%s never reaches the page as markup', async (_name, body) => {
    const html = await render(`Intro paragraph.\n\n${body}\n\nLast paragraph.`);
    expect(dangers(html)).toEqual([]);
    for (const tag of REFUSED) expect(html).not.toMatch(new RegExp(`<${tag}[\\s>/]`, 'i'));
    expect(html).toContain('<p>Last paragraph.</p>');
  });

  test('raw HTML is shown as text, so the curator sees it and nothing is silently dropped', async () => {
    const html = await render('Before <meta http-equiv="refresh" content="0;url=https://evil.example/"> after');
    expect(html).toContain('&#x3C;meta http-equiv="refresh" content="0;url=https://evil.example/">');
  });

  test('markdown itself still renders: emphasis, lists, tables, code, http(s) and mailto links', async () => {
    const html = await render(
      '*a* **b** `c`\n\n- one\n- two\n\n| x | y |\n|---|---|\n| 1 | 2 |\n\n[site](https://example.org/) [mail](mailto:a@example.org)',
    );
    for (const part of [
      '<em>a</em>',
      '<strong>b</strong>',
      '<code>c</code>',
      '<li>one</li>',
      '<table>',
      '<td>1</td>',
      'href="https://example.org/"',
      'href="mailto:a@example.org"',
    ]) {
      expect(html).toContain(part);
    }
  });
});

const OWN = JSON.parse(
  readFileSync(new URL('../../scripts/ingest/normalize/testdata/xss-payloads.json', import.meta.url), 'utf8'),
) as Record<string, string[] | string>;
const ownPayloads = Object.values(OWN).filter(Array.isArray).flat();

describe('every payload shape of our own list (scripts/ingest/normalize/testdata) as a body', () => {
  test('inline, as its own block and as a link, each renders without a dangerous element, attribute or link', async () => {
    expect(ownPayloads.length).toBeGreaterThan(50);
    for (const p of ownPayloads) {
      for (const body of [`Text ${p} text`, p, `[x](${p})`])
        expect({ p, body, found: dangers(await render(body)) }).toEqual({ p, body, found: [] });
    }
  });
});

const CORPUS = sharedPath('corpus/payloads/xss.txt');
const present = sharedPresent(CORPUS, 'markdown-sanitize');
const payloads = present
  ? readFileSync(CORPUS, 'utf8')
      .split('\n')
      .filter((l) => l.length > 0)
  : [];

describe.skipIf(!present)('every payload of the XSS corpus as a body', () => {
  test('inline and as its own block, each renders without a dangerous element, attribute or link', async () => {
    for (const p of payloads) {
      for (const body of [`Text ${p} text`, p, `[x](${p})`])
        expect({ p, body, found: dangers(await render(body)) }).toEqual({ p, body, found: [] });
    }
    expect(payloads.length).toBeGreaterThan(50);
  });
});
