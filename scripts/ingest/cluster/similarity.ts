/**
 * Title similarity that works for English and Chinese alike: a title becomes a set of features
 * (Latin words without stop words; Han character bigrams, since Chinese has no spaces) and two
 * sets are compared with the Dice coefficient 2|A∩B| / (|A|+|B|).
 */
import { tokenize } from '../classify/terms.ts';

const STOP_WORDS = new Set(
  'a an and are as at be by for from has have in into is it its of on or over says said than that the their this to was will with after amid new its up'.split(
    ' ',
  ),
);
const HAN = /^\p{Script=Han}$/u;
/** Chinese function characters that carry no story. */
const HAN_STOP = new Set([...'的了在是和与及将对为把被从']);

/** The feature set of a title. */
export function titleFeatures(title: string): Set<string> {
  const out = new Set<string>();
  const tokens = tokenize(title).map((t) => t.norm);
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i]!;
    if (HAN.test(t)) {
      const next = tokens[i + 1];
      if (next && HAN.test(next) && !(HAN_STOP.has(t) && HAN_STOP.has(next))) out.add(t + next);
    } else if (!STOP_WORDS.has(t)) {
      out.add(t);
    }
  }
  return out;
}

/** Dice coefficient of two feature sets (0 when either is empty). */
export function dice(a: Set<string>, b: Set<string>): number {
  if (a.size === 0 || b.size === 0) return 0;
  let shared = 0;
  for (const f of a) if (b.has(f)) shared++;
  return (2 * shared) / (a.size + b.size);
}
