/**
 * Which strings the writer must quote so that every YAML reader, 1.1 or 1.2, reads them back as
 * the same string. YAML 1.2 (the `yaml` package) and YAML 1.1 readers (js-yaml, PyYAML, Ruby)
 * resolve plain scalars differently: `2024-06-25` is a date, `0b101` and `1:20` are numbers,
 * `no` and `on` are booleans in 1.1 only. Rather than list every form, a string stays plain only
 * when it starts with a letter, is not a reserved word, and holds nothing a reader could treat
 * specially; everything else is double-quoted. Quoting more than needed is harmless.
 */

/** YAML 1.1 booleans and nulls (any case) and the 1.2 ones: never plain. */
const RESERVED = /^(?:y|n|yes|no|true|false|on|off|null|nan|inf|infinity)$/i;

/** Starts with a letter of any script (`\p{L}`), so it cannot be a number, date, tag, anchor, alias, directive or indicator. */
const LETTER_START = /^\p{L}/u;

/**
 * Characters no reader may see raw: C0/C1 controls (NUL, NEL), line and paragraph separators,
 * the BOM, lone surrogates, and bidi controls (printable in YAML, but they make a plain value
 * read differently from how it looks).
 */
const SPECIAL = /[\u0000-\u001f\u007f-\u009f\u2028\u2029\ufeff\u200e\u200f\u202a-\u202e\u2066-\u2069]|[\ud800-\udfff]/u;

/** True when `s` must be written quoted for YAML 1.1 and 1.2 readers to agree it is this string. */
export function needsQuotes(s: string): boolean {
  return !LETTER_START.test(s) || RESERVED.test(s) || SPECIAL.test(s) || s !== s.trim();
}
