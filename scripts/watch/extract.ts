/**
 * A watched page's text → the list it states: item strings picked by a CSS selector (cheerio,
 * text only) or by a line pattern (markdown and text pages), cleaned of markup and footnote
 * marks. Nothing here knows what the items mean; names.ts maps them to regions.
 */
import * as cheerio from 'cheerio';

export type ExtractRule = { selector: string } | { pattern: string };

/**
 * A trailing footnote mark: symbols (`*`, `†`, `‡`, `§`), superscript digits, or a number in
 * brackets or parentheses (`[2]`, `(1)`). A parenthesised word stays: "Congo (DRC)" is a name.
 */
const TRAILING_MARKS = /(?:[\s.,;:*†‡§¹²³⁴⁵⁶⁷⁸⁹⁰]|\[\d+\]|\(\s*(?:\d{1,2}|[*†‡§]*)\s*\))+$/u;

/** Whitespace folded; markdown emphasis/links/code, `<sup>` notes and trailing footnote marks removed. */
export function cleanItem(raw: string): string {
  return raw
    .replace(/<sup\b[^>]*>[\s\S]*?<\/sup>/gi, ' ')
    .replace(/\[\^[^\]]*\]/g, ' ')
    .replace(/\[([^\]]*)\]\([^)]*\)/g, '$1')
    .replace(/[*_`]+/g, ' ')
    .replace(/<[^>]*>/g, ' ')
    .replace(/[\u00a0\s]+/g, ' ')
    .replace(TRAILING_MARKS, '')
    .trim();
}

const BLOCKS = 'td, th, br, p, div, li, dt, dd, tr, h1, h2, h3, h4, h5, h6';

/** Items of an HTML page: the text of each element the selector matches. Scripts never count. */
export function itemsBySelector(html: string, selector: string): string[] {
  const $ = cheerio.load(html);
  // a <sup> in a list item is a footnote mark ("Japan<sup>1</sup>"), never part of the name
  $('script, style, noscript, template, sup').remove();
  // cells and blocks are separate words, so a minified table reads like an indented one
  $(BLOCKS).after(' ');
  return $(selector)
    .map((_, el) => $(el).text())
    .get()
    .map(cleanItem)
    .filter((s) => s.length > 0);
}

/** Items of a text page: capture group 1 (or the whole match) of the pattern, line by line. */
export function itemsByPattern(text: string, pattern: string): string[] {
  let re: RegExp;
  try {
    re = new RegExp(pattern, 'u');
  } catch (err) {
    throw new Error(
      `extract pattern ${JSON.stringify(pattern)} is not a valid regular expression: ${(err as Error).message}`,
    );
  }
  const out: string[] = [];
  for (const line of text.split(/\r\n|\r|\n/)) {
    const m = re.exec(line);
    if (m) out.push(cleanItem(m[1] ?? m[0]));
  }
  return out.filter((s) => s.length > 0);
}

/** The items a rule picks from a page's decoded text. */
export function extractItems(text: string, rule: ExtractRule): string[] {
  return 'selector' in rule ? itemsBySelector(text, rule.selector) : itemsByPattern(text, rule.pattern);
}
