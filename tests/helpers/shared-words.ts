/**
 * Finds text we wrote that repeats someone else's wording: a run of N consecutive words
 * (lowercased, split on anything that is not a letter or digit) or, for Chinese, N consecutive
 * Han characters (punctuation and spaces dropped). Used by the own-words test against the
 * research notes in ../shared/facts, which are material to cite, never text to reuse.
 */
const HAN = /\p{Script=Han}/u;
const HAN_ALL = /\p{Script=Han}/gu;

/** Lowercased words of `text`, Han characters left out. */
export function wordsOf(text: string): string[] {
  return (
    text
      .toLowerCase()
      .replace(HAN_ALL, ' ')
      .match(/[\p{L}\p{N}]+/gu) ?? []
  );
}

/** The Han characters of `text`, in order. */
export function hanOf(text: string): string {
  return (text.match(HAN_ALL) ?? []).join('');
}

/** URLs are identifiers, not wording: text is checked in the pieces between them. */
const URL_RE = /https?:\/\/\S+/g;

/** Every run of `n` words (joined by spaces) and of `n` Han characters (prefixed `#`) in `text`, URLs left out. */
export function shingles(text: string, n: number): string[] {
  return text.split(URL_RE).flatMap((piece) => pieceShingles(piece, n));
}

function pieceShingles(text: string, n: number): string[] {
  const out: string[] = [];
  const words = wordsOf(text);
  for (let i = 0; i + n <= words.length; i++) out.push(words.slice(i, i + n).join(' '));
  if (HAN.test(text)) {
    const han = hanOf(text);
    for (let i = 0; i + n <= han.length; i++) out.push(`#${han.slice(i, i + n)}`);
  }
  return out;
}

/** An index of every n-run in a set of reference texts. */
export function indexShingles(texts: string[], n: number): Set<string> {
  const index = new Set<string>();
  for (const t of texts) for (const s of shingles(t, n)) index.add(s);
  return index;
}

/** The first n-run of `text` found in `index`, or undefined. */
export function firstShared(text: string, index: Set<string>, n: number): string | undefined {
  return shingles(text, n).find((s) => index.has(s));
}
