/**
 * Windows-1252 bytes 0x80–0x9F (WHATWG Encoding, index-windows-1252). Node 20's TextDecoder
 * decodes 'windows-1252' / 'latin1' as ISO-8859-1 and leaves these as C1 control characters,
 * so we map them ourselves. Undefined positions (81, 8D, 8F, 90, 9D) stay as they are.
 */
const C1_TO_CP1252: Record<number, string> = {
  0x80: '€', 0x82: '‚', 0x83: 'ƒ', 0x84: '„', 0x85: '…', 0x86: '†', 0x87: '‡', 0x88: 'ˆ', 0x89: '‰',
  0x8a: 'Š', 0x8b: '‹', 0x8c: 'Œ', 0x8e: 'Ž', 0x91: '‘', 0x92: '’', 0x93: '“', 0x94: '”', 0x95: '•',
  0x96: '–', 0x97: '—', 0x98: '˜', 0x99: '™', 0x9a: 'š', 0x9b: '›', 0x9c: 'œ', 0x9e: 'ž', 0x9f: 'Ÿ',
};

/** Replaces C1 control characters with the windows-1252 characters they almost always were. */
export function fixC1(text: string): string {
  return text.replace(/[\u0080-\u009f]/g, (c) => C1_TO_CP1252[c.charCodeAt(0)] ?? c);
}
