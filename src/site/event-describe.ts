/** An event in words, for feed items: type, dates, providers, regions, then the summary (in the feed's language). */
import type { EventData } from '../model/schema/index.ts';
import { formatDate } from './format.ts';
import { eventSummary } from './i18n/content.ts';
import { type Locale, t } from './i18n/index.ts';
import { placeName, typeLabel } from './i18n/names.ts';

export function describeEvent(d: EventData, providerNames: Record<string, string>, locale: Locale = 'en'): string {
  const comma = locale === 'zh' ? '、' : ', ';
  const stop = locale === 'zh' ? '。' : '. ';
  const date = (iso: string, precision?: EventData['date_precision']) => formatDate(iso, precision, locale);
  let head = t(locale, 'feed.announced', { type: typeLabel(d.type, locale), date: date(d.date, d.date_precision) });
  if (d.effective) head += t(locale, 'feed.effective', { date: date(d.effective) });
  const parts = [head];
  if (d.providers.length)
    parts.push(t(locale, 'feed.providers', { list: d.providers.map((p) => providerNames[p] ?? p).join(comma) }));
  if (d.regions.length)
    parts.push(t(locale, 'feed.regions', { list: d.regions.map((r) => placeName(r, locale)).join(comma) }));
  return `${parts.join(stop)}${stop}${eventSummary(d, locale).text}`.replace(/ $/, '');
}
