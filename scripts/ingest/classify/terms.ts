/**
 * Term matching shared by the classifier tables (keywords, provider aliases, country names,
 * model names). Text and terms are cut into the same tokens: a run of letters/digits for
 * Latin script, one character for Han script, punctuation and spaces dropped. A term matches
 * a run of consecutive tokens, so Latin terms match whole words only ("AI" never inside
 * "OpenAI") while Chinese terms match as substrings ("智谱" inside "智谱AI").
 *
 * Case: a term written in capitals with at most 4 letters ("AI", "GLM", "US", "U.S.") matches
 * only capitals in the text; every other term ignores case and accents.
 *
 * Cost: one Map lookup per token and prefix length, whatever the size of the table.
 */

export interface TermEntry<T> {
  /** The term as written in the table. */
  term: string;
  value: T;
}

export interface TermMatch<T> {
  term: string;
  value: T;
  /** Token index of the first and one past the last token. */
  start: number;
  end: number;
}

interface Token {
  norm: string;
  raw: string;
}

interface Compiled<T> {
  entry: TermEntry<T>;
  /** Raw tokens to compare when the term is case-sensitive. */
  exact?: string[];
}

export interface TermMatcher<T> {
  entries: Map<string, Compiled<T>[]>;
  /** Every proper prefix of a key: lets the scan stop as soon as no term can continue. */
  prefixes: Set<string>;
  maxTokens: number;
}

const TOKEN = /\p{Script=Han}|(?:(?!\p{Script=Han})[\p{L}\p{N}])+/gu;
const CASE_SENSITIVE_MAX_LETTERS = 4;

/** The tokens of a text (normalized: compatibility forms folded, accents removed, lower case). */
export function tokenize(text: string): Token[] {
  const out: Token[] = [];
  for (const m of text.matchAll(TOKEN)) {
    const raw = m[0].normalize('NFKD').replace(/\p{M}/gu, '');
    out.push({ norm: raw.toLowerCase(), raw });
  }
  return out;
}

function isCaseSensitive(term: string): boolean {
  const letters = term.replace(/[^\p{L}]/gu, '');
  return letters.length >= 2 && letters.length <= CASE_SENSITIVE_MAX_LETTERS && /^\p{Lu}+$/u.test(letters);
}

/** Compiles a table of terms; terms that yield no token are ignored. */
export function compileTerms<T>(entries: Iterable<TermEntry<T>>): TermMatcher<T> {
  const matcher: TermMatcher<T> = { entries: new Map(), prefixes: new Set(), maxTokens: 0 };
  for (const entry of entries) {
    const tokens = tokenize(entry.term);
    if (tokens.length === 0) continue;
    const key = tokens.map((t) => t.norm).join(' ');
    const compiled: Compiled<T> = { entry, exact: isCaseSensitive(entry.term) ? tokens.map((t) => t.raw) : undefined };
    const list = matcher.entries.get(key) ?? [];
    list.push(compiled);
    matcher.entries.set(key, list);
    for (let n = 1; n < tokens.length; n++)
      matcher.prefixes.add(
        tokens
          .slice(0, n)
          .map((t) => t.norm)
          .join(' '),
      );
    matcher.maxTokens = Math.max(matcher.maxTokens, tokens.length);
  }
  return matcher;
}

function exactMatch(tokens: Token[], start: number, exact: string[]): boolean {
  return exact.every((raw, i) => tokens[start + i]?.raw === raw);
}

/** Every match at every position (overlapping matches included). */
export function findTerms<T>(matcher: TermMatcher<T>, tokens: Token[]): TermMatch<T>[] {
  const found: TermMatch<T>[] = [];
  for (let i = 0; i < tokens.length; i++) {
    let key = '';
    for (let n = 1; n <= matcher.maxTokens && i + n <= tokens.length; n++) {
      key = n === 1 ? tokens[i]!.norm : `${key} ${tokens[i + n - 1]!.norm}`;
      for (const c of matcher.entries.get(key) ?? []) {
        if (!c.exact || exactMatch(tokens, i, c.exact))
          found.push({ term: c.entry.term, value: c.entry.value, start: i, end: i + n });
      }
      if (!matcher.prefixes.has(key)) break;
    }
  }
  return found;
}

/**
 * Keeps the longest match where matches overlap ("North Korea" wins over "Korea" inside it),
 * earlier first on equal length.
 */
export function longestMatches<T>(matches: TermMatch<T>[]): TermMatch<T>[] {
  const sorted = [...matches].sort((a, b) => b.end - b.start - (a.end - a.start) || a.start - b.start);
  const taken: TermMatch<T>[] = [];
  for (const m of sorted) {
    if (taken.every((t) => m.end <= t.start || m.start >= t.end)) taken.push(m);
  }
  return taken.sort((a, b) => a.start - b.start);
}

/**
 * Expands brace alternatives so a table row can list inflections compactly:
 * `ban{,s,ned,ning}` → ban, bans, banned, banning. Several groups multiply.
 */
export function expandBraces(term: string): string[] {
  const m = /\{([^{}]*)\}/.exec(term);
  if (!m) return [term];
  const head = term.slice(0, m.index);
  const tail = term.slice(m.index + m[0].length);
  return m[1]!.split(',').flatMap((alt) => expandBraces(`${head}${alt}${tail}`));
}

/** Distinct values in first-seen order. */
export function distinct<T>(values: Iterable<T>): T[] {
  return [...new Set(values)];
}
