/**
 * "Cite this" for an event page: a plain citation and a BibTeX entry. The date accessed is the
 * reader's, so it is left out here and added in the browser (src/elements/cite-date.ts).
 */
import { formatDate, type Precision } from './format.ts';

export interface CiteInput {
  id: string;
  title: string;
  date: string;
  precision?: Precision;
  /** Absolute permalink. */
  url: string;
  siteName: string;
}

/** `AI Access Watch. “Title.” 9 July 2024. https://…/events/<id>/.` (the reader adds “Accessed …”). */
export function plainCitation(c: CiteInput): string {
  const title = c.title.replace(/[.!?]$/, '');
  return `${c.siteName}. “${title}.” ${formatDate(c.date, c.precision)}. ${c.url}`;
}

const BIBTEX_MONTHS = ['jan', 'feb', 'mar', 'apr', 'may', 'jun', 'jul', 'aug', 'sep', 'oct', 'nov', 'dec'];

/** Text safe inside a BibTeX braced field: TeX's special characters escaped, braces balanced. */
export function bibtexEscape(text: string): string {
  return text.replace(/[\\{}%&$#_^~]/g, (ch) => {
    if (ch === '\\') return '\\textbackslash{}';
    if (ch === '^') return '\\^{}';
    if (ch === '~') return '\\~{}';
    return `\\${ch}`;
  });
}

/** The entry's key: `aiaccesswatch:<event id>`. */
export const bibtexKey = (id: string) => `aiaccesswatch:${id}`;

/**
 * A `@misc` entry. With `accessed` (YYYY-MM-DD) it carries `urldate`; the page renders it without
 * and the browser adds the line for the reader's day.
 */
export function bibtex(c: CiteInput, accessed?: string): string {
  const lines = [
    `@misc{${bibtexKey(c.id)},`,
    `  author = {{${bibtexEscape(c.siteName)}}},`,
    `  title = {{${bibtexEscape(c.title)}}},`,
    `  year = {${c.date.slice(0, 4)}},`,
    `  month = ${BIBTEX_MONTHS[Number(c.date.slice(5, 7)) - 1]},`,
    `  url = {${c.url}},`,
  ];
  if (accessed) lines.push(`  urldate = {${accessed}},`);
  lines.push('}');
  return lines.join('\n');
}
