/**
 * The XSS payload shapes (script, javascript: URLs, event handlers, SVG/MathML, data: URLs,
 * entity-encoded tricks, parser differentials), written for this project in
 * testdata/xss-payloads.json, injected into the title, summary, link and id of RSS, Atom and
 * JSON feeds: what normalize lets through is plain text without markup and only absolute
 * http(s) links, and every item is either a candidate or a counted skip.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, test } from 'vitest';
import { expectPayloadHandled, XSS_CTX } from '../../../tests/helpers/xss-feeds.ts';
import { parseFeed } from '../parse/parse.ts';
import { normalizeFeed } from './normalize.ts';

const GROUPS = JSON.parse(readFileSync(new URL('testdata/xss-payloads.json', import.meta.url), 'utf8')) as Record<
  string,
  string[] | string
>;
const CASES = Object.entries(GROUPS).flatMap(([shape, list]) =>
  Array.isArray(list) ? list.map((payload) => [shape, payload] as const) : [],
);

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
    await expectPayloadHandled(payload);
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
    return normalizeFeed(raw, XSS_CTX).candidates[0]?.title;
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
    expect(normalizeFeed(raw, XSS_CTX)).toEqual({ candidates: [], skipped: [{ reason: 'bad-link', title: 'T' }] });
  });
});
