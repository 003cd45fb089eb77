/**
 * The one kebab-case rule for text that becomes part of an id: event file names (see slug.ts),
 * and the search index, which rebuilds ids from titles (src/search/id-code.ts, run in the
 * browser too, so this file imports nothing).
 *
 * - Accents are dropped (NFKD, combining marks removed): "Côte" → "cote".
 * - Apostrophes (' and ’) join the letters around them rather than split words:
 *   "OpenAI's" → "openais", "d’Ivoire" → "divoire".
 * - Every other run of characters outside a-z and 0-9 is one hyphen; the result is lower case,
 *   with no leading, trailing or double hyphens.
 * - Han characters are not letters here and vanish; slug.ts turns them into pinyin first.
 */

/** The words of `text` in kebab case, cut at a word boundary to at most `max` characters. */
export function kebab(text: string, max = Number.POSITIVE_INFINITY): string {
  const words = text
    .normalize('NFKD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .replace(/['’]/g, '')
    .split(/[^a-z0-9]+/)
    .filter(Boolean);
  let out = '';
  for (const w of words) {
    const next = out ? `${out}-${w}` : w;
    if (next.length > max) break;
    out = next;
  }
  return out || (words[0] ?? '').slice(0, max);
}
