/**
 * The date a text says something takes effect: "starting July 9", "from 9 July",
 * "effective July 9, 2024", "as of 2024-07-09", "7月9日起", "自2025年4月1日起".
 * Only dates introduced by such a phrase count; a bare date is not an effective date.
 *
 * Year: when the text states none, the date is placed on or after the publication date
 * (a December article saying "from January 15" means next January). A date without a year
 * that falls shortly before publication is a past fact, not an effective date, and is dropped;
 * so is a stated date before publication: `effective` is never earlier than the event date.
 */
import { isRealDate } from '../../../src/model/schema/index.ts';

const MONTHS: Record<string, number> = {
  jan: 1,
  feb: 2,
  mar: 3,
  apr: 4,
  may: 5,
  jun: 6,
  jul: 7,
  aug: 8,
  sep: 9,
  sept: 9,
  oct: 10,
  nov: 11,
  dec: 12,
};
const MONTH =
  '(jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|sept?(?:ember)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)\\.?';
const DAY = '(\\d{1,2})(?:st|nd|rd|th)?';
const TRIGGER =
  '(?:starting|start(?:s|ing)? on|from|effective(?: from| on)?|as of|beginning|begin(?:s|ning)? on|tak(?:es|ing) effect(?: on| from)?|in effect from|no later than)';
const EN_MONTH_DAY = new RegExp(`\\b${TRIGGER}\\s+(?:on\\s+)?${MONTH}\\s+${DAY}(?:,?\\s+(\\d{4}))?\\b`, 'gi');
const EN_DAY_MONTH = new RegExp(
  `\\b${TRIGGER}\\s+(?:on\\s+)?(?:the\\s+)?${DAY}\\s+(?:of\\s+)?${MONTH}(?:,?\\s+(\\d{4}))?\\b`,
  'gi',
);
const EN_ISO = new RegExp(`\\b${TRIGGER}\\s+(?:on\\s+)?(\\d{4})-(\\d{2})-(\\d{2})\\b`, 'gi');
const ZH =
  /(?:(\d{4})\s*年\s*)?(\d{1,2})\s*月\s*(\d{1,2})\s*[日号](?:\s*(?:\d{1,2}\s*[时点]|零时|零点|凌晨))?\s*(?:起|开始|正式生效|生效)/g;

/** Days a yearless date may lie before publication and still be read as next year's. */
const NEXT_YEAR_AFTER_DAYS = 180;

interface Stated {
  month: number;
  day: number;
  year?: number;
}

function pad(n: number): string {
  return String(n).padStart(2, '0');
}

function iso(year: number, s: Stated): string | undefined {
  const d = `${year}-${pad(s.month)}-${pad(s.day)}`;
  return isRealDate(d) ? d : undefined;
}

function daysBetween(a: string, b: string): number {
  return (Date.parse(`${b}T00:00:00Z`) - Date.parse(`${a}T00:00:00Z`)) / 86_400_000;
}

/** The stated date placed relative to the publication date, or undefined (see file comment). */
export function resolveDate(s: Stated, published: string): string | undefined {
  const pubYear = Number(published.slice(0, 4));
  if (s.year !== undefined) {
    const d = iso(s.year, s);
    return d && d >= published ? d : undefined;
  }
  const same = iso(pubYear, s);
  if (same && same >= published) return same;
  if (same && daysBetween(same, published) > NEXT_YEAR_AFTER_DAYS) return iso(pubYear + 1, s);
  return undefined;
}

function monthOf(word: string): number {
  return (
    MONTHS[
      word
        .toLowerCase()
        .replace(/\.$/, '')
        .slice(0, word.toLowerCase().startsWith('sept') ? 4 : 3)
    ] ?? 0
  );
}

function statedDates(text: string): Array<Stated & { index: number }> {
  const out: Array<Stated & { index: number }> = [];
  const year = (y: string | undefined) => (y ? Number(y) : undefined);
  for (const m of text.matchAll(EN_MONTH_DAY))
    out.push({ index: m.index, month: monthOf(m[1]!), day: Number(m[2]), year: year(m[3]) });
  for (const m of text.matchAll(EN_DAY_MONTH))
    out.push({ index: m.index, month: monthOf(m[2]!), day: Number(m[1]), year: year(m[3]) });
  for (const m of text.matchAll(EN_ISO))
    out.push({ index: m.index, month: Number(m[2]), day: Number(m[3]), year: Number(m[1]) });
  for (const m of text.normalize('NFKC').matchAll(ZH))
    out.push({ index: m.index, month: Number(m[2]), day: Number(m[3]), year: year(m[1]) });
  return out.sort((a, b) => a.index - b.index);
}

/** The first effective date the text states, as YYYY-MM-DD, or undefined. */
export function findEffectiveDate(text: string, published: string): string | undefined {
  for (const s of statedDates(text)) {
    const d = resolveDate(s, published);
    if (d) return d;
  }
  return undefined;
}
