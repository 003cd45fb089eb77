/**
 * Reading one content file as text, refusing what no reader should guess about: files larger
 * than MAX_CONTENT_BYTES, bytes that are not UTF-8, and NUL characters. Each refusal names
 * the byte offset, so a curator can find it (`xxd -s OFFSET`). Used by `check`, the site's
 * loader and the ingester alike, so a file is readable for all of them or for none.
 */
import { isUtf8 } from 'node:buffer';
import { lstat, readFile } from 'node:fs/promises';

/**
 * Largest content file accepted: 256 KB. The longest curated file is a few KB; a 22 MB
 * one-paragraph body once made the markdown renderer use 3.2 GB before it was killed.
 */
export const MAX_CONTENT_BYTES = 256 * 1024;

/** Why a content file cannot be read; `field` says which part, as in check's problem lines. */
export class ContentFileError extends Error {
  constructor(
    readonly field: string,
    message: string,
  ) {
    super(message);
  }
}

/** The byte offset of the first invalid UTF-8 sequence in `bytes`, or -1 when all is valid. */
export function invalidUtf8Offset(bytes: Uint8Array): number {
  if (isUtf8(bytes)) return -1;
  let i = 0;
  while (i < bytes.length) {
    const n = sequenceLength(bytes, i);
    if (n === 0) return i;
    i += n;
  }
  return -1;
}

/** Length of the well-formed UTF-8 sequence at `i` (RFC 3629 table 3-7), 0 when ill-formed. */
function sequenceLength(b: Uint8Array, i: number): number {
  const c = b[i]!;
  if (c < 0x80) return 1;
  const [n, lo, hi] =
    c >= 0xc2 && c <= 0xdf
      ? [2, 0x80, 0xbf]
      : c === 0xe0
        ? [3, 0xa0, 0xbf]
        : c === 0xed
          ? [3, 0x80, 0x9f]
          : c >= 0xe1 && c <= 0xef
            ? [3, 0x80, 0xbf]
            : c === 0xf0
              ? [4, 0x90, 0xbf]
              : c === 0xf4
                ? [4, 0x80, 0x8f]
                : c >= 0xf1 && c <= 0xf3
                  ? [4, 0x80, 0xbf]
                  : [0, 0, 0];
  if (n === 0 || i + n > b.length) return 0;
  if (b[i + 1]! < lo || b[i + 1]! > hi) return 0;
  for (let k = 2; k < n; k++) if (b[i + k]! < 0x80 || b[i + k]! > 0xbf) return 0;
  return n;
}

function refuseOversize(size: number): void {
  if (size > MAX_CONTENT_BYTES) {
    throw new ContentFileError(
      '(file)',
      `is ${size} bytes; a content file may hold at most ${MAX_CONTENT_BYTES} bytes (256 KB)`,
    );
  }
}

/** `bytes` as text; throws a ContentFileError when too large, not UTF-8, or holding a NUL. */
export function decodeContent(bytes: Uint8Array): string {
  refuseOversize(bytes.length);
  const bad = invalidUtf8Offset(bytes);
  if (bad >= 0)
    throw new ContentFileError(
      '(encoding)',
      `not UTF-8: invalid byte 0x${bytes[bad]!.toString(16).padStart(2, '0')} at byte offset ${bad}`,
    );
  const nul = bytes.indexOf(0);
  if (nul >= 0) throw new ContentFileError('(encoding)', `holds a NUL byte at byte offset ${nul}`);
  return new TextDecoder('utf-8', { ignoreBOM: true }).decode(bytes);
}

/** Reads a content file as text; refuses a symlink (its target may lie outside the content tree) and everything decodeContent refuses. */
export async function readContentFile(path: string): Promise<string> {
  const info = await lstat(path);
  if (info.isSymbolicLink())
    throw new ContentFileError(
      '(file)',
      'is a symbolic link; content files must be regular files inside the content folder',
    );
  refuseOversize(info.size);
  return decodeContent(await readFile(path));
}
