/**
 * Markdown files with YAML frontmatter: parse and serialize with a stable key order,
 * so that writing the same data twice yields the same bytes.
 */
import { Document, Scalar, isPair, isScalar, parseDocument, visit } from 'yaml';
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
  const flow = style.flow ? ({ collectionStyle: 'flow', flowCollectionPadding: false } as const) : {};
  return doc.toString({ lineWidth: 0, ...flow });
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
