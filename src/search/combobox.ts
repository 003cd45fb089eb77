/**
 * The header box as an ARIA combobox (https://www.w3.org/WAI/ARIA/apg/patterns/combobox/):
 * focus stays in the input, `aria-activedescendant` names the highlighted option, ArrowUp and
 * ArrowDown move, Enter opens the highlighted result, Escape closes the list. Options are
 * links (`<a role="option">`), so a click, a middle-click or "copy link" work as usual.
 */
import type { Locale } from '../site/i18n/define.ts';
import { href } from '../site/urls.ts';
import type { CellAnswer } from './cells.ts';
import type { SearchDoc } from './engine.ts';
import { countMsg, msg } from './locale.ts';
import { fillCell, fillResult } from './render.ts';

export interface Combobox {
  /** Shows the results, after the availability answer when the query names a provider and a place. */
  show(query: string, docs: SearchDoc[], total: number, cell?: CellAnswer): void;
  setOpen(open: boolean): void;
  isOpen(): boolean;
  /** A message instead of results (loading, failure). */
  message(text: string): void;
  onKey(e: KeyboardEvent): void;
}

function part<T extends Element>(form: HTMLFormElement, selector: string): T {
  const el = form.querySelector<T>(selector);
  if (!el) throw new Error(`search box: missing ${selector}`);
  return el;
}

function moreLine(more: HTMLElement, locale: Locale, query: string, shown: number, total: number, cell: boolean): void {
  more.replaceChildren();
  if (total === 0 && !cell) more.textContent = msg(locale, 'search.noResults', { query });
  else if (total > shown) {
    const link = document.createElement('a');
    link.href = `${href('search/', locale)}?q=${encodeURIComponent(query)}`;
    link.textContent = msg(locale, 'search.allResults', { count: total });
    more.append(link);
  }
}

export function createCombobox(form: HTMLFormElement, input: HTMLInputElement, locale: Locale = 'en'): Combobox {
  const popup = part<HTMLElement>(form, '[data-search-popup]');
  const listbox = part<HTMLElement>(form, '[role="listbox"]');
  const more = part<HTMLElement>(form, '[data-search-more]');
  const status = part<HTMLElement>(form, '[data-search-status]');
  let options: HTMLAnchorElement[] = [];
  let active = -1;

  const setActive = (i: number) => {
    options[active]?.setAttribute('aria-selected', 'false');
    active = i;
    const option = options[i];
    if (!option) return input.removeAttribute('aria-activedescendant');
    option.setAttribute('aria-selected', 'true');
    input.setAttribute('aria-activedescendant', option.id);
    option.scrollIntoView({ block: 'nearest' });
  };
  const setOpen = (open: boolean) => {
    popup.hidden = !open;
    input.setAttribute('aria-expanded', String(open));
    if (!open) setActive(-1);
  };
  const move = (step: number) => {
    if (popup.hidden) setOpen(true);
    if (options.length)
      setActive(active < 0 ? (step > 0 ? 0 : options.length - 1) : (active + step + options.length) % options.length);
  };

  return {
    show(query, docs, total, cell) {
      setActive(-1);
      const option = (i: number) => {
        const a = document.createElement('a');
        a.id = `site-search-option-${i}`;
        a.setAttribute('role', 'option');
        a.setAttribute('aria-selected', 'false');
        a.tabIndex = -1;
        return a;
      };
      options = docs.map((doc, i) => fillResult(option(i + (cell ? 1 : 0)), doc, locale));
      if (cell) options.unshift(fillCell(option(0), cell, locale));
      listbox.replaceChildren(...options);
      moreLine(more, locale, query, docs.length, total, !!cell);
      status.textContent = query.trim() ? countMsg(locale, 'search.count', total + (cell ? 1 : 0)) : '';
    },
    setOpen,
    isOpen: () => !popup.hidden,
    message(text) {
      listbox.replaceChildren();
      options = [];
      more.textContent = text;
      status.textContent = text;
    },
    onKey(e) {
      if (e.key === 'ArrowDown' || e.key === 'ArrowUp') {
        e.preventDefault();
        move(e.key === 'ArrowDown' ? 1 : -1);
      } else if (e.key === 'Enter' && !popup.hidden && options[active]) {
        e.preventDefault();
        location.assign(options[active].href);
      } else if (e.key === 'Escape' && !popup.hidden) {
        e.preventDefault();
        setOpen(false);
      }
    },
  };
}
