/**
 * Bytes to text. Precedence, first match wins:
 *   1. a byte-order mark (UTF-8, UTF-16LE, UTF-16BE);
 *   2. the Content-Type `charset`;  3. `<?xml … encoding="…"?>`;  4. `<meta charset>` /
 *      `<meta http-equiv="Content-Type" content="…charset=…">`;
 *   5. UTF-16 without a BOM, recognised by `<` `?` bytes interleaved with NULs (XML 1.0 App. F);
 *   6. UTF-8.
 * Labels unknown to TextDecoder (e.g. "bogus") are ignored and the next step is tried.
 * Wrong declarations, the rule: (a) bytes that are valid UTF-8 and contain non-ASCII are read as
 * UTF-8 whatever a legacy label says (a legacy text is almost never valid UTF-8 by accident);
 * (b) bytes declared UTF-8 (or undeclared) that are not valid UTF-8 are read as GB18030 when
 * their high bytes pair up like GB2312 text, as Big5 when they pair up like Big5, and
 * otherwise as windows-1252 (what ISO-8859-1 means on the web).
 */
import { fixC1 } from './cp1252.ts';

export type CharsetSource = 'bom' | 'header' | 'xml' | 'meta' | 'sniffed' | 'default';

export interface SniffedCharset {
  /** The WHATWG encoding name TextDecoder will use. */
  encoding: string;
  source: CharsetSource;
}

const HEAD_BYTES = 16 * 1024;

/** Decodes a fetched body to a string (without BOM). */
export function decodeBody(bytes: Uint8Array, contentType?: string): string {
  const { encoding } = sniffCharset(bytes, contentType);
  const text = new TextDecoder(encoding).decode(bytes);
  return encoding === 'windows-1252' ? fixC1(text) : text;
}

/** Picks the encoding by the precedence above. */
export function sniffCharset(bytes: Uint8Array, contentType?: string): SniffedCharset {
  const bom = bomEncoding(bytes);
  if (bom) return { encoding: bom, source: 'bom' };
  const declared = declaredCharset(bytes, contentType);
  if (declared && !declared.encoding.startsWith('utf-')) return correctLegacy(bytes, declared);
  if (declared?.encoding.startsWith('utf-16')) return declared;
  const utf16 = utf16WithoutBom(bytes);
  if (utf16) return { encoding: utf16, source: 'sniffed' };
  if (isValidUtf8(bytes)) return declared ?? { encoding: 'utf-8', source: 'default' };
  return { encoding: guessLegacy(bytes), source: 'sniffed' };
}

function bomEncoding(b: Uint8Array): string | undefined {
  if (b[0] === 0xef && b[1] === 0xbb && b[2] === 0xbf) return 'utf-8';
  if (b[0] === 0xff && b[1] === 0xfe) return 'utf-16le';
  if (b[0] === 0xfe && b[1] === 0xff) return 'utf-16be';
  return undefined;
}

function declaredCharset(bytes: Uint8Array, contentType?: string): SniffedCharset | undefined {
  const head = new TextDecoder('latin1').decode(bytes.subarray(0, HEAD_BYTES));
  const candidates: [string | undefined, CharsetSource][] = [
    [/charset\s*=\s*["']?([\w.:-]+)/i.exec(contentType ?? '')?.[1], 'header'],
    [/^\s*<\?xml[^>]*?\bencoding\s*=\s*["']([\w.:-]+)["']/i.exec(head)?.[1], 'xml'],
    [/<meta[^>]+charset\s*=\s*["']?([\w.:-]+)/i.exec(head)?.[1], 'meta'],
  ];
  for (const [label, source] of candidates) {
    const encoding = label ? encodingFor(label) : undefined;
    if (encoding) return { encoding, source };
  }
  return undefined;
}

/** The WHATWG name for a label, or undefined when TextDecoder does not know it. */
export function encodingFor(label: string): string | undefined {
  try {
    // GB2312 files are written by GBK/GB18030 encoders in practice; GB18030 is the superset.
    const name = new TextDecoder(label.trim()).encoding;
    return name === 'gbk' ? 'gb18030' : name;
  } catch {
    return undefined;
  }
}

function correctLegacy(bytes: Uint8Array, declared: SniffedCharset): SniffedCharset {
  if (hasNonAscii(bytes) && isValidUtf8(bytes)) return { encoding: 'utf-8', source: 'sniffed' };
  return declared;
}

function utf16WithoutBom(b: Uint8Array): string | undefined {
  if (b[0] === 0x3c && b[1] === 0x00 && b[3] === 0x00) return 'utf-16le';
  if (b[0] === 0x00 && b[1] === 0x3c && b[2] === 0x00) return 'utf-16be';
  return undefined;
}

function hasNonAscii(b: Uint8Array): boolean {
  return b.some((x) => x >= 0x80);
}

function isValidUtf8(b: Uint8Array): boolean {
  try {
    new TextDecoder('utf-8', { fatal: true }).decode(b);
    return true;
  } catch {
    return false;
  }
}

function decodesAs(b: Uint8Array, encoding: string): boolean {
  try {
    new TextDecoder(encoding, { fatal: true }).decode(b);
    return true;
  } catch {
    return false;
  }
}

/**
 * GB2312 text is pairs of bytes both in A1–FE; Big5 pairs a lead byte A1–F9 with a trail byte
 * in 40–7E or A1–FE. Latin-1 text mostly has a high byte followed by ASCII.
 */
function guessLegacy(b: Uint8Array): string {
  let pairs = 0;
  let gbPairs = 0;
  let big5Pairs = 0;
  for (let i = 0; i < b.length - 1; i++) {
    const lead = b[i]!;
    if (lead < 0x80) continue;
    const trail = b[i + 1]!;
    pairs++;
    if (lead >= 0xa1 && lead <= 0xf7 && trail >= 0xa1 && trail <= 0xfe) gbPairs++;
    if (lead >= 0xa1 && lead <= 0xf9 && ((trail >= 0x40 && trail <= 0x7e) || trail >= 0xa1)) big5Pairs++;
    i++;
  }
  if (pairs === 0) return 'windows-1252';
  if (gbPairs / pairs >= 0.9 && decodesAs(b, 'gb18030')) return 'gb18030';
  if (big5Pairs / pairs >= 0.9 && decodesAs(b, 'big5')) return 'big5';
  return 'windows-1252';
}
