/**
 * Markdown files with YAML frontmatter: parse and serialize with a stable key order,
 * so that writing the same data twice yields the same bytes.
 */
import { parse, stringify } from 'yaml';

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
  const data = parse(m[1] ?? '', { version: '1.2' }) as unknown;
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

/** YAML with our house style: no line folding, block style, trailing newline. */
export function stringifyYaml(value: unknown): string {
  return stringify(value, { lineWidth: 0, version: '1.2', aliasDuplicateObjects: false });
}

/** A copy of `data` with keys in `keyOrder` first, the rest alphabetical, undefined dropped. */
export function orderKeys(data: Record<string, unknown>, keyOrder: readonly string[]): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  const rest = Object.keys(data).filter((k) => !keyOrder.includes(k)).sort();
  for (const k of [...keyOrder, ...rest]) if (data[k] !== undefined) out[k] = data[k];
  return out;
}
