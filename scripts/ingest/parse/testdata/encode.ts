/**
 * Bytes in a legacy or UTF-16 encoding, made from a string at test time, so encoded fixtures
 * need no binary files. Node's TextEncoder writes only UTF-8; the legacy encoders here are
 * TextDecoder run backwards: every two-byte sequence of the encoding is decoded once and the
 * table inverted (ASCII stays one byte).
 */
export type Legacy = 'gbk' | 'big5' | 'windows-1252';

/** The windows-1252 characters at 80–9F that the fixtures use. */
const CP1252_HIGH: Record<string, number> = { '€': 0x80, '’': 0x92, '“': 0x93, '”': 0x94, '–': 0x96, '—': 0x97 };

const tables = new Map<Legacy, Map<string, number[]>>();

function tableFor(encoding: Legacy): Map<string, number[]> {
  let table = tables.get(encoding);
  if (table) return table;
  table = new Map();
  const decoder = new TextDecoder(encoding, { fatal: true });
  const tryBytes = (bytes: number[]) => {
    try {
      const ch = decoder.decode(new Uint8Array(bytes));
      if (Array.from(ch).length === 1 && !table!.has(ch)) table!.set(ch, bytes);
    } catch {
      // not a character in this encoding
    }
  };
  if (encoding === 'windows-1252') {
    // Node 20 decodes windows-1252 as ISO-8859-1, so the bytes 80–9F are written out here.
    for (let b = 0xa0; b <= 0xff; b++) table.set(String.fromCharCode(b), [b]);
    for (const [ch, b] of Object.entries(CP1252_HIGH)) table.set(ch, [b]);
  } else {
    for (let lead = 0x81; lead <= 0xfe; lead++) for (let trail = 0x40; trail <= 0xfe; trail++) tryBytes([lead, trail]);
  }
  tables.set(encoding, table);
  return table;
}

/** `text` in `encoding`; throws on a character the encoding cannot write. */
export function encodeLegacy(text: string, encoding: Legacy): Uint8Array {
  const table = tableFor(encoding);
  const out: number[] = [];
  for (const ch of text) {
    const code = ch.codePointAt(0)!;
    if (code < 0x80) out.push(code);
    else {
      const bytes = table.get(ch);
      if (!bytes) throw new Error(`${encoding} cannot write ${JSON.stringify(ch)}`);
      out.push(...bytes);
    }
  }
  return new Uint8Array(out);
}

/** `text` as UTF-16, little or big endian, with or without a byte-order mark. */
export function encodeUtf16(text: string, endian: 'le' | 'be', bom: boolean): Uint8Array {
  const units = (bom ? '\uFEFF' : '') + text;
  const out = new Uint8Array(units.length * 2);
  for (let i = 0; i < units.length; i++) {
    const u = units.charCodeAt(i);
    out[2 * i + (endian === 'le' ? 0 : 1)] = u & 0xff;
    out[2 * i + (endian === 'le' ? 1 : 0)] = u >> 8;
  }
  return out;
}

/** UTF-8 bytes, optionally after a BOM. */
export function encodeUtf8(text: string, bom = false): Uint8Array {
  const body = new TextEncoder().encode(text);
  return bom ? new Uint8Array([0xef, 0xbb, 0xbf, ...body]) : body;
}
