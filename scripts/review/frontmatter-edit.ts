/**
 * Targeted edits of a markdown file's frontmatter that keep every other byte as it was.
 *
 * Why not `parseDocument(...).set(...)` and `String(doc)`: the yaml Document re-renders the
 * whole mapping (it respaces comments and flow lists, re-indents sequences, refolds `>-`
 * scalars), so curated titles and summaries would change bytes. Instead the Document is used
 * only to find where each top-level key sits (`range`), and just those spans are replaced.
 */
import { isDeepStrictEqual } from 'node:util';
import { parseDocument, isMap, isSeq, isScalar } from 'yaml';
import type { Pair, Node } from 'yaml';
import { parseMarkdown, stringifyYaml } from '../../src/model/frontmatter.ts';

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
function renderPair(key: string, value: unknown, withNewline: boolean, flow = false): string {
  const text = flow ? `${key}: ${stringifyYaml(value, { flow: true })}` : stringifyYaml({ [key]: value });
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
): Splice {
  const pair = pairs.find((p) => keyOf(p) === key);
  if (pair) {
    const { start, end } = pairSpan(pair);
    const flow = isSeq(pair.value) && pair.value.flow === true;
    return { start, end, text: renderPair(key, value, yaml[end - 1] === '\n', flow) };
  }
  const before = new Set(order.slice(0, Math.max(0, order.indexOf(key))));
  const prior = pairs.filter((p) => before.has(keyOf(p))).pop();
  const at = prior ? pairSpan(prior).lineEnd : 0;
  const lead = at > 0 && yaml[at - 1] !== '\n' ? '\n' : '';
  return { start: at, end: at, text: lead + renderPair(key, value, true) };
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
): Splice {
  const pair = pairs.find((p) => keyOf(p) === key);
  if (!pair || !isSeq(pair.value) || pair.value.flow || !pair.value.range) {
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
  /** Top-level keys to take out (their whole lines); a missing key is no change. */
  remove?: string[];
}

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
    splices.push(setSplice(yaml, pairs, key, value, order));
    expected[key] = value;
  }
  for (const [key, items] of Object.entries(edit.append ?? {})) {
    if (!items.length) continue;
    const current = Array.isArray(before[key]) ? (before[key] as unknown[]) : [];
    splices.push(appendSplice(yaml, pairs, key, items, current));
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
