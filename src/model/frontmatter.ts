/**
 * Markdown files with YAML frontmatter: parse and serialize with a stable key order, so that
 * writing the same data twice yields the same bytes; and `editFrontmatter`, the one editor of
 * existing files (ingest appends sources with it, the page watcher replaces a provider's
 * availability lists, review sets status and fields).
 */
import { isDeepStrictEqual } from 'node:util';
import { Document, Scalar, isMap, isPair, isScalar, isSeq, parseDocument, visit } from 'yaml';
import type { Node, Pair } from 'yaml';
import { needsQuotes } from './yaml-quote.ts';

export interface MarkdownDoc {
  data: Record<string, unknown>;
  body: string;
}

const FENCE = /^---\r?\n([\s\S]*?)\r?\n---\r?\n?([\s\S]*)$/;

/** Splits a markdown file into frontmatter data and body; throws naming what is wrong. */
export function parseMarkdown(text: string): MarkdownDoc {
  const src = text.replace(/^\uFEFF/, '');
  const m = FENCE.exec(src);
  if (!m) throw new Error('no frontmatter: the file must start with a line "---", the YAML, and a closing "---"');
  const data = parseYaml(m[1] ?? '');
  if (data === null || typeof data !== 'object' || Array.isArray(data)) {
    throw new Error('frontmatter must be a YAML mapping (key: value lines)');
  }
  return { data: data as Record<string, unknown>, body: m[2] ?? '' };
}

/**
 * Serializes data + body. `keyOrder` lists the top-level keys in the order they are written;
 * keys not listed follow in alphabetical order. Undefined values are left out.
 */
export function serializeMarkdown(doc: MarkdownDoc, keyOrder: readonly string[] = []): string {
  const yaml = stringifyYaml(orderKeys(doc.data, keyOrder));
  const body = doc.body.replace(/^\n+/, '').replace(/\s+$/, '');
  return `---\n${yaml}---\n${body ? `\n${body}\n` : ''}`;
}

/**
 * YAML 1.2 core schema, strictly: an error *or a warning* is refused. Tags beyond the core
 * schema (`!!js/undefined`, and the 1.1 types `!!binary`, `!!set`, `!!timestamp`, which the
 * `yaml` package would otherwise resolve) are unresolved, and so refused: content holds only
 * strings, numbers, booleans, lists and mappings.
 */
export function parseYaml(text: string): unknown {
  const doc = parseDocument(text, { version: '1.2', schema: 'core', resolveKnownTags: false, uniqueKeys: true });
  const first = doc.errors[0] ?? doc.warnings[0];
  if (first) throw new Error(`not valid YAML: ${first.message.split('\n')[0]}`);
  return doc.toJS({ maxAliasCount: 100 });
}

/** Keys whose values are calendar days, written plain (`date: 2024-06-25`) as curators write them. */
const DATE_KEYS = new Set(['date', 'effective', 'published', 'announced', 'ends', 'since', 'checked']);
const ISO_DAY = /^\d{4}-\d{2}-\d{2}$/;

/**
 * YAML with our house style: no line folding, block style, trailing newline. Every string a
 * YAML 1.1 or 1.2 reader could take for something else is double-quoted (see yaml-quote.ts),
 * except a `YYYY-MM-DD` under a date key: a 1.1 reader's Date there is turned back into the
 * same day by the schema, and plain days keep the files as curators write them.
 */
export function stringifyYaml(value: unknown, style: { flow?: boolean } = {}): string {
  const doc = yamlDocument(value);
  const flow = style.flow ? ({ collectionStyle: 'flow', flowCollectionPadding: false } as const) : {};
  return doc.toString({ lineWidth: 0, ...flow });
}

/** The yaml Document `stringifyYaml` writes, quoting applied, for callers that restyle some nodes first. */
export function yamlDocument(value: unknown): Document {
  const doc = new Document(value, { version: '1.2', aliasDuplicateObjects: false });
  visit(doc, {
    Scalar(_key, node, path) {
      if (typeof node.value !== 'string' || !needsQuotes(node.value)) return;
      const pair = path[path.length - 1];
      const dateValue =
        isPair(pair) &&
        pair.value === node &&
        isScalar(pair.key) &&
        DATE_KEYS.has(String(pair.key.value)) &&
        ISO_DAY.test(node.value);
      if (!dateValue) node.type = Scalar.QUOTE_DOUBLE;
    },
  });
  return doc;
}

/** A copy of `data` with keys in `keyOrder` first, the rest alphabetical, undefined dropped. */
export function orderKeys(data: Record<string, unknown>, keyOrder: readonly string[]): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  const rest = Object.keys(data)
    .filter((k) => !keyOrder.includes(k))
    .sort();
  for (const k of [...keyOrder, ...rest]) if (data[k] !== undefined) out[k] = data[k];
  return out;
}

// ---------------------------------------------------------------------------

/*
 * Editing: targeted edits of a markdown file's frontmatter that keep every other byte as it was.
 *
 * Why not `parseDocument(...).set(...)` and `String(doc)`: the yaml Document re-renders the
 * whole mapping (it respaces comments and flow lists, re-indents sequences, refolds `>-`
 * scalars), so curated titles and summaries would change bytes. Instead the Document is used
 * only to find where each top-level key sits (`range`), and just those spans are replaced.
 */
const SPLIT = /^(\uFEFF?---\r?\n)([\s\S]*?\r?\n)(---(?:\r?\n[\s\S]*)?)$/;

interface Splice {
  start: number;
  end: number;
  text: string;
}

interface Frontmatter {
  head: string;
  yaml: string;
  tail: string;
}

/** The file as fence, YAML (ending in a newline) and the rest (closing fence and body). */
function splitFrontmatter(text: string): Frontmatter {
  const m = SPLIT.exec(text);
  if (!m) throw new Error('no frontmatter: the file must start with "---", the YAML, and a closing "---"');
  return { head: m[1], yaml: m[2], tail: m[3] };
}

function topLevelPairs(yaml: string): Pair<Node, Node | null>[] {
  const doc = parseDocument(yaml, { version: '1.2', keepSourceTokens: false });
  if (doc.errors.length) throw new Error(`frontmatter is not valid YAML: ${doc.errors[0].message}`);
  if (!isMap(doc.contents)) throw new Error('frontmatter must be a YAML mapping (key: value lines)');
  return doc.contents.items as Pair<Node, Node | null>[];
}

const keyOf = (p: Pair<Node, Node | null>) => (isScalar(p.key) ? String(p.key.value) : '');

/**
 * `key: value` in house style, or as a flow list (`[a, b]`) when it replaces one; without the
 * final newline when the span it replaces had none.
 */
function renderPair(key: string, value: unknown, withNewline: boolean, flow = false, render?: Render): string {
  const text = render
    ? render(value)
    : flow
      ? `${key}: ${stringifyYaml(value, { flow: true })}`
      : stringifyYaml({ [key]: value });
  return withNewline ? text : text.replace(/\n$/, '');
}

/** Where the pair's key starts, where its value ends, and where its line(s) end. */
function pairSpan(p: Pair<Node, Node | null>): { start: number; end: number; lineEnd: number } {
  const key = p.key.range!;
  const value = p.value?.range ?? key;
  return { start: key[0], end: value[1], lineEnd: value[2] };
}

/** The splice that sets `key`: replaces its span, or inserts it after the key it follows in `order`. */
function setSplice(
  yaml: string,
  pairs: Pair<Node, Node | null>[],
  key: string,
  value: unknown,
  order: readonly string[],
  render?: Render,
): Splice {
  const pair = pairs.find((p) => keyOf(p) === key);
  if (pair) {
    const { start, end } = pairSpan(pair);
    const flow = isSeq(pair.value) && pair.value.flow === true;
    return { start, end, text: renderPair(key, value, yaml[end - 1] === '\n', flow, render) };
  }
  const before = new Set(order.slice(0, Math.max(0, order.indexOf(key))));
  const prior = pairs.filter((p) => before.has(keyOf(p))).pop();
  const at = prior ? pairSpan(prior).lineEnd : 0;
  const lead = at > 0 && yaml[at - 1] !== '\n' ? '\n' : '';
  return { start: at, end: at, text: lead + renderPair(key, value, true, false, render) };
}

/**
 * Applies splices from the end backwards so earlier offsets stay valid. At one offset a
 * replacement goes before an insertion, and insertions keep their given order.
 */
function applySplices(text: string, splices: Splice[]): string {
  return splices
    .map((s, i) => ({ ...s, i }))
    .sort((a, b) => b.start - a.start || b.end - a.end || b.i - a.i)
    .reduce((out, s) => out.slice(0, s.start) + s.text + out.slice(s.end), text);
}

/** The column a node starts at. */
function columnOf(text: string, offset: number): number {
  return offset - (text.lastIndexOf('\n', offset - 1) + 1);
}

/** The splice that appends `items` to the block sequence under `key` (or rewrites a flow one). */
function appendSplice(
  yaml: string,
  pairs: Pair<Node, Node | null>[],
  key: string,
  items: unknown[],
  current: unknown[],
  blockOnly: boolean,
): Splice {
  const pair = pairs.find((p) => keyOf(p) === key);
  if (!pair || !isSeq(pair.value) || pair.value.flow || !pair.value.range) {
    if (blockOnly) throw new Error(`${key} is not a block list ("${key}:" then "- …" lines); add the items by hand`);
    return setSplice(yaml, pairs, key, [...current, ...items], []);
  }
  const pad = ' '.repeat(columnOf(yaml, pair.value.range[0]));
  const block = stringifyYaml(items).replace(/^(?=.)/gm, pad);
  const at = pair.value.range[1];
  return { start: at, end: at, text: (yaml[at - 1] === '\n' ? '' : '\n') + block };
}

export interface FrontmatterEdit {
  /** Top-level keys to set (added when missing). */
  set?: Record<string, unknown>;
  /** Items to append to a top-level list, keeping the existing items' bytes. */
  append?: Record<string, unknown[]>;
  /**
   * Refuse (throw) to append to a list that is missing or written as a flow list `[…]`, instead
   * of rewriting it: the ingester never rewrites what a curator wrote.
   */
  appendToBlockOnly?: boolean;
  /** Top-level keys to take out (their whole lines); a missing key is no change. */
  remove?: string[];
  /**
   * A key's own house style: the whole `key: …` text (ending in a newline) for a value it sets.
   * Without one a set key is written by `stringifyYaml` (a flow list stays a flow list).
   */
  render?: Record<string, Render>;
}

/** Renders a top-level key and its value as YAML text, `key:` included. */
export type Render = (value: unknown) => string;

/** The splice that deletes a top-level pair, from the start of its key's line to the end of its last line. */
function removeSplice(yaml: string, pair: Pair<Node, Node | null>): Splice {
  const { start, lineEnd } = pairSpan(pair);
  const end = yaml[lineEnd - 1] === '\n' || lineEnd >= yaml.length ? lineEnd : yaml.indexOf('\n', lineEnd) + 1;
  return { start: yaml.lastIndexOf('\n', start - 1) + 1, end, text: '' };
}

/**
 * Returns `text` with the edits applied and nothing else changed. `order` is the house key
 * order, used to place a key that was missing. Throws when the result does not read back as
 * exactly the intended data (so a surprising layout is an error, never a silent corruption).
 */
export function editFrontmatter(text: string, edit: FrontmatterEdit, order: readonly string[]): string {
  const { head, yaml, tail } = splitFrontmatter(text);
  const before = parseMarkdown(text).data;
  const pairs = topLevelPairs(yaml);
  const splices: Splice[] = [];
  const expected: Record<string, unknown> = { ...before };
  for (const [key, value] of Object.entries(edit.set ?? {})) {
    splices.push(setSplice(yaml, pairs, key, value, order, edit.render?.[key]));
    expected[key] = value;
  }
  for (const [key, items] of Object.entries(edit.append ?? {})) {
    if (!items.length) continue;
    const current = Array.isArray(before[key]) ? (before[key] as unknown[]) : [];
    splices.push(appendSplice(yaml, pairs, key, items, current, edit.appendToBlockOnly === true));
    expected[key] = [...current, ...items];
  }
  for (const key of edit.remove ?? []) {
    const pair = pairs.find((p) => keyOf(p) === key);
    if (!pair) continue;
    splices.push(removeSplice(yaml, pair));
    delete expected[key];
  }
  const out = head + applySplices(yaml, splices) + tail;
  if (!isDeepStrictEqual(parseMarkdown(out).data, expected)) {
    throw new Error('the frontmatter layout is unusual; edit this file by hand');
  }
  return out;
}
