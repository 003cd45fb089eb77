/**
 * Windows-1252 bytes 0x80–0x9F (WHATWG Encoding, index-windows-1252). Node 20's TextDecoder
 * decodes 'windows-1252' / 'latin1' as ISO-8859-1 and leaves these as C1 control characters,
 * so we map them ourselves. Undefined positions (81, 8D, 8F, 90, 9D) stay as they are.
 */
const C1_TO_CP1252: Record<number, string> = {
  128: '€',
  130: '‚',
  131: 'ƒ',
  132: '„',
  133: '…',
  134: '†',
  135: '‡',
  136: 'ˆ',
  137: '‰',
  138: 'Š',
  139: '‹',
  140: 'Œ',
  142: 'Ž',
  145: '‘',
  146: '’',
  147: '“',
  148: '”',
  149: '•',
  150: '–',
  151: '—',
  152: '˜',
  153: '™',
  154: 'š',
  155: '›',
  156: 'œ',
  158: 'ž',
  159: 'Ÿ',
};

/** Replaces C1 control characters with the windows-1252 characters they almost always were. */
export function fixC1(text: string): string {
  return text.replace(/[\u0080-\u009f]/g, (c) => C1_TO_CP1252[c.charCodeAt(0)] ?? c);
}
