/**
 * At least forty malformed content trees, each a change to the valid tree and the file and
 * field that `check` and the site must both name. Shared by the agreement test (all of them,
 * in-process) and the build test (a handful, through a real `astro build`).
 */
import { EVENT, PROVIDER, VALID, eventFile, eventWithBytes, providerFile } from './content-cases.ts';
import type { Tree } from './content-cases.ts';

export interface MalformedCase {
  name: string;
  tree: Tree;
  /** The file as check names it (relative to the content folder; sources.yaml absolute). */
  file: string;
  field: string;
}

const SOURCE_LINE = (extra: string) => `sources:\n  - url: https://example.org/a\n    publisher: Example\n${extra}`;
const ev = (name: string, fields: Record<string, string | null>, field: string): MalformedCase => ({
  name,
  tree: { ...VALID, [EVENT]: eventFile(fields) },
  file: EVENT,
  field,
});
const raw = (name: string, text: string | Buffer, field: string, file = EVENT): MalformedCase => ({
  name,
  tree: { ...VALID, [file]: text },
  file,
  field,
});
const pv = (name: string, extra: string, field: string, hq = 'US'): MalformedCase => ({
  name,
  tree: { ...VALID, [PROVIDER]: providerFile('OpenAI', hq, extra) },
  file: PROVIDER,
  field,
});

export const MALFORMED: MalformedCase[] = [
  // impossible or malformed dates
  ev('an impossible date (31 June)', { date: 'date: 2024-06-31' }, 'date'),
  ev('an impossible date (30 February)', { date: 'date: 2024-02-30' }, 'date'),
  ev('a two-digit year', { date: 'date: 24-06-25' }, 'date'),
  ev('a date with a time', { date: 'date: 2024-06-25T10:00:00Z' }, 'date'),
  ev('an impossible effective date', { effective: 'effective: 2024-13-01' }, 'effective'),
  ev('effective before date without a note', { effective: 'effective: 2024-06-01' }, 'effective'),
  ev('a month-precision date not on the 1st', { date_precision: 'date_precision: month' }, 'date'),
  ev('an unknown date precision', { date_precision: 'date_precision: weekly' }, 'date_precision'),
  // fields of the wrong type or value
  ev('a number as title', { title: 'title: 123' }, 'title'),
  ev('an empty title', { title: "title: ''" }, 'title'),
  ev('a title over 200 characters', { title: `title: ${'a'.repeat(201)}` }, 'title'),
  ev('a list as title', { title: 'title: [a, b]' }, 'title'),
  ev('a null title', { title: 'title: ~' }, 'title'),
  ev('an unknown type', { type: 'type: blocked' }, 'type'),
  ev('an unknown status', { status: 'status: draft' }, 'status'),
  ev('no surfaces', { surfaces: 'surfaces: []' }, 'surfaces'),
  ev('an unknown surface', { surfaces: 'surfaces: [web]' }, 'surfaces.0'),
  ev('an unknown provider', { providers: 'providers: [nope]' }, 'providers.0'),
  ev('a provider id that is not kebab-case', { providers: 'providers: [Open_AI]' }, 'providers.0'),
  ev('an unknown region code', { regions: 'regions: [XX]' }, 'regions.0'),
  ev('a boolean region (YAML 1.1 reading of NO written as false)', { regions: 'regions: [false]' }, 'regions.0'),
  ev('no sources', { sources: null }, 'sources'),
  ev('an empty sources list', { sources: 'sources: []' }, 'sources'),
  ev(
    'a javascript: source URL',
    { sources: 'sources:\n  - url: javascript:alert(1)\n    publisher: X' },
    'sources.0.url',
  ),
  ev('a relative source URL', { sources: 'sources:\n  - url: /news/a\n    publisher: X' }, 'sources.0.url'),
  ev('a source without a publisher', { sources: 'sources:\n  - url: https://example.org/a' }, 'sources.0.publisher'),
  ev('a source with an unknown key', { sources: SOURCE_LINE('    author: Someone') }, 'sources.0'),
  ev('a source language that is not a tag', { sources: SOURCE_LINE('    language: English') }, 'sources.0.language'),
  ev('an unknown origin', { origin: 'origin: robot' }, 'origin'),
  ev('an unknown top-level key', { colour: 'colour: red' }, '(file)'),
  ev('a YAML 1.1 merge key', { merge: '<<: {x: 1}' }, '(file)'),
  ev(
    'a rejected candidate with an impossible date (validated like any file)',
    { status: 'status: rejected', date: 'date: 2024-06-31' },
    'date',
  ),
  // names and places
  {
    name: 'a file name whose date differs from date',
    tree: { ...VALID, [EVENT]: eventFile({ date: 'date: 2024-06-26' }) },
    file: EVENT,
    field: 'date',
  },
  {
    name: 'an event in the wrong year folder',
    tree: { ...VALID, [EVENT]: undefined!, 'events/2023/2024-06-25-openai-api-block-notice.md': eventFile() },
    file: 'events/2023/2024-06-25-openai-api-block-notice.md',
    field: '(folder)',
  },
  {
    name: 'an event file name without a date',
    tree: { ...VALID, 'events/2024/notice.md': eventFile() },
    file: 'events/2024/notice.md',
    field: '(file name)',
  },
  {
    name: 'a duplicate id (a provider named like an event)',
    tree: { ...VALID, 'providers/2024-06-25-openai-api-block-notice.md': providerFile('Dup', 'US') },
    file: 'providers/2024-06-25-openai-api-block-notice.md',
    field: '(id)',
  },
  {
    name: 'a provider file name that is not kebab-case',
    tree: { ...VALID, 'providers/Open_AI.md': providerFile('X', 'US') },
    file: 'providers/Open_AI.md',
    field: '(file name)',
  },
  // YAML the two dialects would read differently, or not at all
  raw('unclosed quotes', eventFile({ title: 'title: "OpenAI' }), '(frontmatter)'),
  raw('no frontmatter', 'OpenAI will block API traffic.\n', '(frontmatter)'),
  raw('a frontmatter list', '---\n- a\n- b\n---\n', '(frontmatter)'),
  raw('a duplicate key', eventFile({ again: 'type: policy' }), '(frontmatter)'),
  raw('a !!js/undefined tag', eventFile({ title: 'title: !!js/undefined x' }), '(frontmatter)'),
  raw('a !!binary tag', eventFile({ title: 'title: !!binary aGk=' }), '(frontmatter)'),
  raw('a !!timestamp tag', eventFile({ date: 'date: !!timestamp 2024-06-25' }), '(frontmatter)'),
  raw(
    'an alias bomb',
    eventFile({
      tags: `bomb: &a [x, x]\n${Array.from({ length: 8 }, (_, i) => `b${i}: &b${i} [${`*${i ? `b${i - 1}` : 'a'}, `.repeat(9)}*${i ? `b${i - 1}` : 'a'}]`).join('\n')}`,
    }),
    '(frontmatter)',
  ),
  // bytes
  raw('a NUL byte in the body', eventWithBytes([0]), '(encoding)'),
  raw('a NUL byte in the frontmatter', eventFile({ title: 'title: "OpenAI\u0000"' }), '(encoding)'),
  raw('a Latin-1 byte (not UTF-8)', eventWithBytes([0xe9]), '(encoding)'),
  raw('an overlong UTF-8 sequence', eventWithBytes([0xc0, 0xaf]), '(encoding)'),
  raw('a UTF-8-encoded surrogate', eventWithBytes([0xed, 0xa0, 0x80]), '(encoding)'),
  raw('a truncated UTF-8 sequence', eventWithBytes([0xe4, 0xb8]), '(encoding)'),
  raw('a 300 KB body', eventFile({}, 'word '.repeat(60_000)), '(file)'),
  // symbolic links
  {
    name: 'a symlinked event file',
    tree: { ...VALID, [EVENT]: { link: 'elsewhere.md' }, 'elsewhere.md': eventFile() },
    file: EVENT,
    field: '(file)',
  },
  {
    name: 'a symlinked year folder',
    tree: {
      ...VALID,
      [EVENT]: undefined!,
      'outside/2024-06-25-openai-api-block-notice.md': eventFile(),
      'events/2024': { link: 'outside' },
    },
    file: 'events/2024',
    field: '(folder)',
  },
  {
    name: 'a dangling symlink',
    tree: { ...VALID, 'events/2024/2024-06-26-gone.md': { link: 'missing.md' } },
    file: 'events/2024/2024-06-26-gone.md',
    field: '(file)',
  },
  // providers
  pv('a provider with an unknown hq', '', 'hq', 'XX'),
  pv('a provider website that is not http(s)', 'api_docs: ftp://example.org/docs\n', 'api_docs'),
  pv('an unknown openai_compatible value', '', 'openai_compatible.status', 'US'),
  pv(
    'an incentive with an impossible date',
    'incentives:\n  - title: Free\n    announced: 2024-02-30\n    offer: Tokens\n    source:\n      url: https://example.org/a\n      publisher: X\n',
    'incentives.0.announced',
  ),
  pv(
    'an unknown availability status',
    'availability:\n  - region: CN\n    status: gone\n    source:\n      url: https://example.org/a\n      publisher: X\n',
    'availability.0.status',
  ),
];

// One case needs a bad value inside the fixed openai_compatible block: patch its text.
const compat = MALFORMED.find((c) => c.field === 'openai_compatible.status')!;
compat.tree = { ...VALID, [PROVIDER]: providerFile('OpenAI', 'US').replace('status: unknown', 'status: maybe') };

/** The tree with `undefined` entries dropped (a case that moves a file). */
export const treeOf = (c: MalformedCase): Tree =>
  Object.fromEntries(Object.entries(c.tree).filter(([, v]) => v !== undefined));

export const SOURCES_CASES = [
  {
    name: 'a sources.yaml entry with a bad URL',
    text: 'sources:\n  - id: theregister\n    kind: feed\n    url: ftp://x\n',
    expect: 'sources[0] (theregister).url',
  },
  { name: 'a sources.yaml with an unknown tag', text: 'sources: !!set {a}\n', expect: 'not valid YAML' },
];
