/**
 * The one slugifier: the `<slug>` of an event file name `YYYY-MM-DD-<slug>`, for the ingester
 * (feed items) and the page watcher alike.
 *
 * - A Latin title becomes kebab-case words (kebab.ts: accents dropped, apostrophes joined, so
 *   "OpenAI's" → "openais"), cut at a word boundary to at most SLUG_MAX characters.
 * - A title with Chinese characters has them written as toneless pinyin syllables first
 *   (pinyin-pro; ü as v), other text kept: "OpenAI将封锁中国API" → "openai-jiang-feng-suo-zhong-guo-api".
 * - A title that yields nothing (only punctuation) becomes `item-<8 hex of its SHA-256>`, so a
 *   slug is never empty and the same title always gives the same slug.
 * Uniqueness is the event writer's (event-file.ts `uniqueId`: -2, -3…). The OPML import makes
 * source ids with `slugWords` (no hash: it falls back to the host name).
 */
import { createHash } from 'node:crypto';
import { pinyin } from 'pinyin-pro';
import { kebab } from './kebab.ts';

export const SLUG_MAX = 60;
const HAN = /\p{Script=Han}/u;

/** Han characters → toneless pinyin syllables, other text kept, each separated by spaces. */
function romanize(title: string): string {
  if (!HAN.test(title)) return title;
  return pinyin(title, { toneType: 'none', type: 'array', nonZh: 'consecutive', v: true }).join(' ');
}

/** The title's slug, pinyin for Chinese, at most `max` characters; empty when the title has no letters or digits. */
export function slugWords(title: string, max = SLUG_MAX): string {
  return kebab(romanize(title), max);
}

/** A kebab-case slug for a title; never empty. */
export function slugify(title: string, max = SLUG_MAX): string {
  return slugWords(title, max) || `item-${createHash('sha256').update(title).digest('hex').slice(0, 8)}`;
}
