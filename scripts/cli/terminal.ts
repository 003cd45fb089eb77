/**
 * Text made safe for a terminal, the one place every command-line print goes through. Feed
 * titles, file names and lock holders are untrusted: an ESC sequence could repaint the screen,
 * set the window title or write to the clipboard (OSC 52), and bidi controls could make a title
 * or file name read differently from what it is. Each such character is shown, not obeyed:
 * C0 controls as their Unicode control pictures (ESC → ␛), DEL as ␡, C1 controls and
 * invisible direction/line controls as `<U+XXXX>`.
 */

/** C0 and DEL (shown as control pictures), C1, bidi embeddings/overrides/isolates, LRM/RLM/ALM, line/paragraph separators. */
const UNSAFE = /[\u0000-\u001f\u007f-\u009f\u061c\u200e\u200f\u2028\u2029\u202a-\u202e\u2066-\u2069]/g;

const codePoint = (ch: string) => `<U+${ch.codePointAt(0)!.toString(16).toUpperCase().padStart(4, '0')}>`;

function visible(ch: string): string {
  const code = ch.codePointAt(0)!;
  if (code < 0x20) return String.fromCodePoint(0x2400 + code);
  if (code === 0x7f) return '\u2421';
  return codePoint(ch);
}

/**
 * `text` with every unsafe character made visible. With `newlines`, "\n" stays a line break
 * (for whole messages whose lines we composed); without, it is shown as ␊ (one field, one line).
 */
export function terminalText(text: string, opts: { newlines?: boolean } = {}): string {
  return text.replace(UNSAFE, (ch) => (opts.newlines && ch === '\n' ? ch : visible(ch)));
}

/** JSON for a terminal: control characters are escaped by JSON.stringify already; the invisible direction controls are escaped too (`\u202e`), so the data is unchanged. */
export function terminalJson(value: unknown): string {
  return JSON.stringify(value, null, 2).replace(UNSAFE, (ch) =>
    ch === '\n' ? ch : `\\u${ch.codePointAt(0)!.toString(16).padStart(4, '0')}`,
  );
}
