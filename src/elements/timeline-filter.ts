/**
 * <timeline-filter>: instant, combinable timeline filters. The server-rendered filter links
 * keep working without JavaScript; with it, a click toggles the value in the URL query
 * (`?type=&provider=&region=&year=`) and hides non-matching events in place. On a filter page
 * (which holds only part of the events) a click goes to the home page with the combined query.
 */
import {
  FILTER_KEYS,
  formatState,
  isFilterKey,
  matchesState,
  parseState,
  toggleValue,
  type Facets,
  type FilterState,
} from '../site/filter-state.ts';

function facetsOf(el: HTMLElement): Facets {
  const list = (key: string) => (el.dataset[key] ?? '').split(' ').filter(Boolean);
  return { type: list('type'), provider: list('provider'), region: list('region'), year: list('year') };
}

class TimelineFilter extends HTMLElement {
  private state: FilterState = {};

  connectedCallback(): void {
    this.state = this.isComplete() ? parseState(location.search) : parseState(this.dataset.state ?? '');
    this.addEventListener('click', (e) => this.onClick(e));
    window.addEventListener('popstate', () => {
      if (!this.isComplete()) return;
      this.state = parseState(location.search);
      this.apply();
    });
    if (this.isComplete()) this.apply();
  }

  /** True on the page that holds every event (the home page). */
  private isComplete(): boolean {
    return this.dataset.complete === 'true';
  }

  private onClick(e: MouseEvent): void {
    if (e.button !== 0 || e.metaKey || e.ctrlKey || e.shiftKey || e.altKey) return;
    const link = (e.target as Element).closest<HTMLAnchorElement>(
      'a[data-filter-key], a[data-filter-clear], a[data-filter-reset]',
    );
    if (!link) return;
    e.preventDefault();
    const { filterKey, filterValue, filterClear } = link.dataset;
    let next: FilterState = {};
    if (filterKey && filterValue && isFilterKey(filterKey)) next = toggleValue(this.state, filterKey, filterValue);
    else if (filterClear && isFilterKey(filterClear)) next = { ...this.state, [filterClear]: undefined };
    this.go(next);
  }

  private go(next: FilterState): void {
    const query = formatState(next);
    const home = this.dataset.home ?? '/';
    if (!this.isComplete()) {
      location.assign(home + query);
      return;
    }
    this.state = parseState(query);
    history.pushState(null, '', home + query);
    this.apply();
  }

  /** Shows matching events, hides empty months, marks the active links, updates the count. */
  private apply(): void {
    const cards = [...this.querySelectorAll<HTMLElement>('[data-event]')];
    let shown = 0;
    for (const card of cards) {
      const match = matchesState(facetsOf(card), this.state);
      card.closest('li')!.hidden = !match;
      if (match) shown++;
    }
    for (const month of this.querySelectorAll<HTMLElement>('[data-month]')) {
      month.hidden = !month.querySelector(':scope > ol > li:not([hidden])');
    }
    this.markLinks();
    const filtered = FILTER_KEYS.some((k) => this.state[k]);
    // The words come from the page (data-count-*), so the count reads in the page's language.
    const count = this.querySelector<HTMLElement>('[data-count]')!;
    const n = (shown === 1 ? count.dataset.countOne : count.dataset.countMany)?.replace('{n}', String(shown));
    count.textContent = (count.dataset.countText ?? '{shown} / {total}')
      .replace('{shown}', n ?? String(shown))
      .replace('{total}', String(cards.length));
    this.querySelector<HTMLElement>('[data-status-reset]')!.hidden = !filtered;
    this.querySelector<HTMLElement>('[data-empty]')!.hidden = shown > 0;
  }

  private markLinks(): void {
    for (const link of this.querySelectorAll<HTMLAnchorElement>('a[data-filter-key]')) {
      const active = this.state[link.dataset.filterKey as keyof FilterState] === link.dataset.filterValue;
      if (active) link.setAttribute('aria-current', 'true');
      else link.removeAttribute('aria-current');
    }
    for (const link of this.querySelectorAll<HTMLAnchorElement>('a[data-filter-clear]')) {
      if (this.state[link.dataset.filterClear as keyof FilterState]) link.removeAttribute('aria-current');
      else link.setAttribute('aria-current', 'true');
    }
  }
}

if (!customElements.get('timeline-filter')) customElements.define('timeline-filter', TimelineFilter);
