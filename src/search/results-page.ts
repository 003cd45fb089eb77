/** The full result list on `/search/` (the header box shows only the best few). */
import type { SearchDoc } from './engine.ts';
import { fillResult } from './render.ts';

export interface ResultsPage {
  show(query: string, docs: SearchDoc[], total: number): void;
  message(text: string): void;
}

/** The search page's result region, or undefined on every other page. */
export function findResultsPage(): ResultsPage | undefined {
  const root = document.querySelector<HTMLElement>('[data-search-page]');
  const list = root?.querySelector<HTMLOListElement>('ol');
  const heading = root?.querySelector<HTMLElement>('[data-search-page-status]');
  if (!root || !list || !heading) return undefined;
  root.querySelector<HTMLElement>('[data-search-nojs]')?.setAttribute('hidden', '');
  return {
    show(query, docs, total) {
      heading.textContent = !query.trim()
        ? 'Type in the search box to find events and providers.'
        : total > docs.length
          ? `${total} results for “${query}”; the best ${docs.length} are shown.`
          : `${total} result${total === 1 ? '' : 's'} for “${query}”.`;
      list.replaceChildren(
        ...docs.map((doc) => {
          const li = document.createElement('li');
          li.append(fillResult(document.createElement('a'), doc));
          return li;
        }),
      );
    },
    message(text) {
      heading.textContent = text;
      list.replaceChildren();
    },
  };
}
