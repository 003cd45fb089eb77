/**
 * One search result as DOM: title, then a line with kind, date, providers and an
 * "unreviewed" badge for candidates. Text only (textContent): titles come from feeds.
 */
import type { SearchDoc } from './engine.ts';
import { eventHref, providerHref } from '../site/urls.ts';

export function resultHref(doc: SearchDoc): string {
  return doc.kind === 'provider' ? providerHref(doc.id) : eventHref(doc.id);
}

function span(className: string, text: string): HTMLSpanElement {
  const el = document.createElement('span');
  el.className = className;
  el.textContent = text;
  return el;
}

function kindLabel(doc: SearchDoc): string {
  return doc.kind === 'provider' ? 'Provider' : doc.type.charAt(0).toUpperCase() + doc.type.slice(1);
}

/** Fills `link` (an `<a>`) with the result's text and points it at the result's page. */
export function fillResult(link: HTMLAnchorElement, doc: SearchDoc): HTMLAnchorElement {
  link.href = resultHref(doc);
  link.dataset.kind = doc.kind;
  const meta = span('result-meta', '');
  meta.append(span(`result-kind type-${doc.type}`, kindLabel(doc)));
  if (doc.date) meta.append(' · ', span('result-date', doc.month ? doc.date.slice(0, 7) : doc.date));
  if (doc.providers.length) meta.append(' · ', span('result-providers', doc.providers.join(', ')));
  if (doc.candidate) meta.append(' ', span('result-badge', 'Unreviewed'));
  link.replaceChildren(span('result-title', doc.title), meta);
  return link;
}
