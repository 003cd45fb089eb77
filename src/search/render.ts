/**
 * One search result as DOM, in the page's language: title, then a line with kind, date,
 * providers and an "unreviewed" badge for candidates; links go to the page in that language.
 * A Chinese page shows an event's Chinese title (the English one, marked `lang="en"`, when there
 * is none). Text only (textContent): titles come from feeds.
 */
import type { Locale } from '../site/i18n/define.ts';
import { eventHref, providerHref, regionHref } from '../site/urls.ts';
import type { CellAnswer } from './cells.ts';
import type { SearchDoc } from './engine.ts';
import { humanDate, labelMsg, msg } from './locale.ts';

export function resultHref(doc: SearchDoc, locale: Locale = 'en'): string {
  return doc.kind === 'provider' ? providerHref(doc.id, locale) : eventHref(doc.id, locale);
}

function span(className: string, text: string, lang?: string): HTMLSpanElement {
  const el = document.createElement('span');
  el.className = className;
  el.textContent = text;
  if (lang) el.lang = lang;
  return el;
}

function kindLabel(doc: SearchDoc, locale: Locale): string {
  if (doc.kind === 'provider') return msg(locale, 'search.kind.provider');
  return labelMsg(locale, `type.${doc.type}`) ?? doc.type;
}

/** The title line: an event's title in the page's language; a provider's names, the page's first. */
function titleLine(doc: SearchDoc, locale: Locale): HTMLSpanElement {
  const title = span('result-title', '');
  if (doc.kind === 'provider') {
    const names = [span('', doc.title, locale === 'zh' ? 'en' : undefined)];
    if (doc.titleZh && doc.titleZh !== doc.title) {
      const zh = span('', doc.titleZh, locale === 'zh' ? undefined : 'zh-Hans');
      if (locale === 'zh') names.unshift(zh);
      else names.push(zh);
    }
    title.append(names[0]);
    for (const n of names.slice(1)) title.append(' · ', n);
  } else if (locale === 'zh' && doc.titleZh) title.textContent = doc.titleZh;
  else {
    title.textContent = doc.title;
    if (locale === 'zh') title.lang = 'en';
  }
  return title;
}

/** Fills `link` (an `<a>`) with the result's text and points it at the result's page. */
export function fillResult(link: HTMLAnchorElement, doc: SearchDoc, locale: Locale = 'en'): HTMLAnchorElement {
  link.href = resultHref(doc, locale);
  link.dataset.kind = doc.kind;
  const meta = span('result-meta', '');
  meta.append(span(`result-kind type-${doc.type}`, kindLabel(doc, locale)));
  if (doc.date) meta.append(' · ', span('result-date', humanDate(doc.date, locale, doc.month)));
  if (doc.providers.length)
    meta.append(
      ' · ',
      span('result-providers', locale === 'zh' ? doc.providersZh.join('、') : doc.providers.join(', ')),
    );
  if (doc.candidate) meta.append(' ', span('result-badge', msg(locale, 'search.unreviewed')));
  link.replaceChildren(titleLine(doc, locale), meta);
  return link;
}

/** The provider's or region's name in the page's language. */
const nameIn = (e: { name: string; nameZh: string }, locale: Locale) => (locale === 'zh' && e.nameZh) || e.name;

/**
 * Fills `link` with an availability answer ("Anthropic in Hong Kong · API: Not supported · list
 * checked 28 November 2026") and points it at the region page.
 */
export function fillCell(link: HTMLAnchorElement, answer: CellAnswer, locale: Locale = 'en'): HTMLAnchorElement {
  link.href = regionHref(answer.region.id, locale);
  link.dataset.kind = 'cell';
  const title = span(
    'result-title',
    msg(locale, 'search.cell.title', {
      provider: nameIn(answer.provider, locale),
      region: nameIn(answer.region, locale),
    }),
  );
  const meta = span('result-meta', '');
  meta.append(span('result-kind type-cell', msg(locale, 'search.kind.availability')));
  if (!answer.cells.length) meta.append(' · ', msg(locale, 'search.cell.none'));
  for (const cell of answer.cells) {
    const surface = labelMsg(locale, `surface.${cell.surface}`) ?? cell.surface;
    const status = span(`result-status status-${cell.status}`, labelMsg(locale, `cell.${cell.status}`) ?? cell.status);
    meta.append(' · ', `${surface}${locale === 'zh' ? '：' : ': '}`, status);
    if (cell.checked)
      meta.append(
        locale === 'zh' ? '' : ' ',
        msg(locale, 'search.cell.checked', { date: humanDate(cell.checked, locale) }),
      );
  }
  link.replaceChildren(title, meta);
  return link;
}
