/**
 * File names of new events: `YYYY-MM-DD-<slug>`. Latin titles become kebab-case words; Chinese
 * titles become toneless pinyin (pinyin-pro); a title that yields nothing becomes a short hash,
 * so a slug is never empty. Uniqueness is the caller's: `uniqueId` adds -2, -3…
 */
import { createHash } from 'node:crypto';
import { pinyin } from 'pinyin-pro';

export const SLUG_MAX = 60;
const HAN = /\p{Script=Han}/u;

/** Han characters → toneless pinyin syllables, other text kept, each separated by spaces. */
function romanize(title: string): string {
  if (!HAN.test(title)) return title;
  return pinyin(title, { toneType: 'none', type: 'array', nonZh: 'consecutive', v: true }).join(' ');
}

/** Words joined by single hyphens, cut at a word boundary to at most `max` characters. */
function kebab(text: string, max: number): string {
  const words = text
    .normalize('NFKD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .replace(/['’]/g, '')
    .split(/[^a-z0-9]+/)
    .filter(Boolean);
  let out = '';
  for (const w of words) {
    const next = out ? `${out}-${w}` : w;
    if (next.length > max) break;
    out = next;
  }
  return out || (words[0] ?? '').slice(0, max);
}

/** A kebab-case slug for a title; never empty. */
export function slugify(title: string, max = SLUG_MAX): string {
  const slug = kebab(romanize(title), max);
  return slug || `item-${createHash('sha256').update(title).digest('hex').slice(0, 8)}`;
}

/** `base`, or `base-2`, `base-3`… whichever `taken` does not hold yet. */
export function uniqueId(base: string, taken: (id: string) => boolean): string {
  if (!taken(base)) return base;
  for (let n = 2; ; n++) if (!taken(`${base}-${n}`)) return `${base}-${n}`;
}

/** The event id (file name without .md) for a date and a title. */
export function eventId(date: string, title: string): string {
  return `${date}-${slugify(title)}`;
}
