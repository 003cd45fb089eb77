/**
 * Traditional → simplified Chinese before any matching, so one table of Chinese terms serves
 * feeds from Taiwan and Hong Kong too. OpenCC's `twp` preset (Taiwan, with phrases) also maps
 * Taiwanese vocabulary to mainland words (人工智慧 → 人工智能, 晶片 → 芯片, 軟體 → 软件), which the
 * character table alone would leave unmatched. Hong Kong text converts through the same
 * character table; its variant forms differ from Taiwan's in a few rare characters only.
 */
import { Converter } from 'opencc-js/t2cn';

type Convert = (text: string) => string;

const HAN = /\p{Script=Han}/u;
let convert: Convert | undefined;

/** The text with traditional characters and Taiwanese phrases in simplified form; Latin text is returned as is. */
export function toSimplified(text: string): string {
  if (!HAN.test(text)) return text;
  // Built on first use: the dictionaries take ~70 ms to load and most runs are all English.
  convert ??= Converter({ from: 'twp', to: 'cn' });
  return convert(text);
}
