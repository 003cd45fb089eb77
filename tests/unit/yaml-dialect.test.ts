/**
 * One YAML dialect: every string the writer puts in a title or a publisher reads back as the
 * same string through our parser (YAML 1.2 core), through a YAML 1.1 reader (the `yaml`
 * package's 1.1 schema: yes/no/on/off booleans, sexagesimal and 0b numbers, timestamps) and
 * through Astro's own frontmatter parser (js-yaml). Thousands of hostile strings, generated
 * from a fixed seed so a failure is reproducible.
 */
import { describe, expect, test } from 'vitest';
import { parse as parseYaml } from 'yaml';
import { parseFrontmatter } from '@astrojs/markdown-remark';
import { parseMarkdown, serializeMarkdown } from '../../src/model/frontmatter.ts';
import { needsQuotes } from '../../src/model/yaml-quote.ts';
import { EVENT_KEY_ORDER } from '../../src/model/event-file.ts';

const YAML11_WORDS = ['y', 'n', 'yes', 'no', 'on', 'off', 'true', 'false', 'null', '~'];
const casings = (w: string) => [
  w,
  w.toUpperCase(),
  w[0]!.toUpperCase() + w.slice(1),
  w
    .split('')
    .map((c, i) => (i % 2 ? c.toUpperCase() : c))
    .join(''),
];

/** Strings some YAML reader takes for something other than a string, or chokes on. */
const HOSTILE: string[] = [
  '2024-06-25',
  '2024-06-31',
  '2024-6-5',
  '2001-12-14t21:59:43.10-05:00',
  '2024-06-25 10:00:00',
  '2024-06-25T10:00:00Z',
  '0b101',
  '0o17',
  '0x1F',
  '0X1f',
  '017',
  '1_000',
  '1e3',
  '1E-3',
  '-1.5e+3',
  '+12',
  '-0',
  '.5',
  '3.',
  '.inf',
  '-.Inf',
  '+.INF',
  '.nan',
  '.NaN',
  '1:20',
  '190:20:30',
  '-1:20',
  '1,000',
  '0',
  '123456789012345678901234567890',
  '0.1.2',
  '12e',
  'Infinity',
  'NaN',
  ...YAML11_WORDS.flatMap(casings),
  '',
  ' ',
  '  lead',
  'trail  ',
  '\t',
  'Null',
  'NULL',
  '!foo',
  '!!str x',
  '!!js/undefined',
  '!!binary aGk=',
  '&anchor',
  '*alias',
  '%YAML 1.1',
  '%TAG ! x',
  '@handle',
  '`tick`',
  '<<',
  '<<: *a',
  '=',
  '- item',
  '? key',
  ': value',
  '#comment',
  '|',
  '>',
  '|-\n text',
  '[a, b]',
  '{a: b}',
  '"quoted"',
  "'single'",
  ',lead',
  'a: b',
  'a #b',
  'a:b',
  'a\n---\nb',
  '---',
  '...',
  'x: |',
  '\\',
  '\\n',
  'a"b\'c',
  ...Array.from({ length: 32 }, (_, c) => `x${String.fromCharCode(c)}y`),
  '\u0000',
  '\u007f',
  '\u0085',
  '\u00a0',
  '\u2028',
  '\u2029',
  '\ufeffBOM',
  'x\ufeff',
  '\u202eevil',
  'a\u2066b\u2069',
  '\u200fRTL',
  '\u200etext',
  '中文标题',
  '“smart”',
  '😀 emoji',
  'é',
  'Ĳ',
  'ǅ',
  'a'.repeat(10_000),
  `${'0'.repeat(5000)}1`,
  'x '.repeat(3000),
];

/** A small fixed-seed PRNG (mulberry32): the same strings on every run. */
function random(seed: number): () => number {
  return () => {
    seed = (seed + 0x6d2b79f5) | 0;
    let t = Math.imul(seed ^ (seed >>> 15), 1 | seed);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** `count` strings: every hostile string alone, then random joins of two or three with odd padding. */
function hostileStrings(count: number): string[] {
  const rnd = random(20240625);
  const pick = () => HOSTILE[Math.floor(rnd() * HOSTILE.length)]!;
  const pads = ['', ' ', '  ', '\t', '\n', ': ', ' #', '-', '.'];
  const out = HOSTILE.filter((s) => s.length < 1000);
  while (out.length < count) {
    const parts = Array.from({ length: 1 + Math.floor(rnd() * 3) }, pick).filter((s) => s.length < 1000);
    out.push(parts.join(pads[Math.floor(rnd() * pads.length)]!));
  }
  return out;
}

/** An event file as the ingester writes it, with `s` as title and as publisher. */
function writeWith(s: string): string {
  const data = {
    title: s,
    date: '2024-06-25',
    type: 'restriction',
    surfaces: ['api'],
    status: 'candidate',
    providers: [],
    regions: ['NO', 'CN'],
    summary: s,
    sources: [{ url: 'https://example.org/a', title: s, publisher: s, published: '2024-06-25' }],
    origin: 'feed:example',
    matched_terms: [s],
  };
  return serializeMarkdown({ data, body: '' }, EVENT_KEY_ORDER);
}

const frontmatterOf = (text: string) => /^---\n([\s\S]*?)\n---\n/.exec(text)![1]!;

type Read = {
  title: unknown;
  summary: unknown;
  regions: unknown;
  date: unknown;
  sources: { publisher: unknown; title: unknown }[];
  matched_terms: unknown[];
};
const READERS: [string, (text: string) => Read][] = [
  ['our parser (YAML 1.2 core)', (t) => parseMarkdown(t).data as Read],
  ['a YAML 1.1 reader', (t) => parseYaml(frontmatterOf(t), { version: '1.1' }) as Read],
  ["Astro's frontmatter parser (js-yaml)", (t) => parseFrontmatter(t).frontmatter as Read],
];

describe('the writer speaks one YAML dialect', () => {
  const strings = hostileStrings(3000);

  test.each(READERS)('3000 hostile titles and publishers read back unchanged through %s', (_name, read) => {
    let checked = 0;
    for (const s of strings) {
      const data = read(writeWith(s));
      expect({
        s,
        title: data.title,
        summary: data.summary,
        publisher: data.sources[0]!.publisher,
        sourceTitle: data.sources[0]!.title,
        term: data.matched_terms[0],
      }).toEqual({ s, title: s, summary: s, publisher: s, sourceTitle: s, term: s });
      expect(data.regions).toEqual(['NO', 'CN']);
      checked++;
    }
    expect(checked).toBe(3000);
  });

  test('a very long title is written on one line and read back whole', () => {
    const long = 'word '.repeat(40_000).trim();
    const text = writeWith(long);
    expect(text.split('\n').find((l) => l.startsWith('title:'))!.length).toBe(long.length + 'title: '.length);
    for (const [, read] of READERS) expect(read(text).title).toBe(long);
  });

  test.each([
    '2024-06-25',
    '0b101',
    'yes',
    'NO',
    'off',
    '~',
    '1:20',
    '.inf',
    '!tag',
    '&a',
    '*a',
    '%x',
    '@x',
    '`x',
    '<<',
    '=',
    'x\u0000',
  ])('%j is written quoted', (s) => {
    expect(needsQuotes(s)).toBe(true);
    expect(writeWith(s)).toContain(`title: ${JSON.stringify(s).replace('\\u0000', '\\0')}\n`);
  });

  test('plain words, URLs and dates under date keys stay unquoted (the house style)', () => {
    const text = writeWith('OpenAI blocks API traffic');
    expect(text).toContain('title: OpenAI blocks API traffic\n');
    expect(text).toContain('date: 2024-06-25\n');
    expect(text).toContain('    published: 2024-06-25\n');
    expect(text).toContain('  - url: https://example.org/a\n');
  });
});
