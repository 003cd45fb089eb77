/** The full result list on `/search/` (the header box shows only the best few). */
import type { Locale } from '../site/i18n/define.ts';
import type { CellAnswer } from './cells.ts';
import type { SearchDoc } from './engine.ts';
import { countMsg, msg } from './locale.ts';
import { fillCell, fillResult } from './render.ts';

export interface ResultsPage {
  show(query: string, docs: SearchDoc[], total: number, cell?: CellAnswer): void;
  message(text: string): void;
}

/** The search page's result region, or undefined on every other page. */
export function findResultsPage(locale: Locale = 'en'): ResultsPage | undefined {
  const root = document.querySelector<HTMLElement>('[data-search-page]');
  const list = root?.querySelector<HTMLOListElement>('ol');
  const heading = root?.querySelector<HTMLElement>('[data-search-page-status]');
  if (!root || !list || !heading) return undefined;
  root.querySelector<HTMLElement>('[data-search-nojs]')?.setAttribute('hidden', '');
  const item = (link: HTMLAnchorElement) => {
    const li = document.createElement('li');
    li.append(link);
    return li;
  };
  return {
    show(query, docs, total, cell) {
      // The availability answer counts as a result.
      const extra = cell ? 1 : 0;
      heading.textContent = !query.trim()
        ? msg(locale, 'search.page.prompt')
        : total > docs.length
          ? msg(locale, 'search.page.best', { total: total + extra, query, shown: docs.length + extra })
          : countMsg(locale, 'search.page.all', total + extra, { query });
      const items = docs.map((doc) => item(fillResult(document.createElement('a'), doc, locale)));
      if (cell) items.unshift(item(fillCell(document.createElement('a'), cell, locale)));
      list.replaceChildren(...items);
    },
    message(text) {
      heading.textContent = text;
      list.replaceChildren();
    },
  };
}
