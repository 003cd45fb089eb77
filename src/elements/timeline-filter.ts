/**
 * <timeline-filter>: multi-select timeline filters. The server-rendered filter links keep working
 * without JavaScript (each goes to a pre-rendered page); with it, a click toggles the value in
 * the URL query (`?type=a,b&region=cn`): values of one facet combine with OR, facets with AND.
 *
 * On the home page (`data-in-place="true"`), which lists only the latest events, the element
 * loads the JSON index of every published event (`data-index`) on the first choice (or at once
 * when the URL already holds one), draws the matching events in place, updates each link's count
 * to what it would match given the other facets, and shows the choices as removable pills.
 * Elsewhere a choice goes to the home page with the page's own filter and the new choice combined.
 * Every text comes from the page (data-msg-* attributes, link labels), so it speaks the page's language.
 */
import {
  FILTER_KEYS,
  formatState,
  isEmptyState,
  isFilterKey,
  matchesState,
  parseState,
  selectionCounts,
  toggleValue,
  clearFacet,
  type Facets,
  type FilterKey,
  type FilterState,
} from '../site/filter-state.ts';
import { formatDate, type Precision } from '../site/format.ts';
import type { IndexedEvent } from '../site/timeline-view.ts';
import { eventHref, providerHref, regionHref } from '../site/urls.ts';

/** How many matching events are drawn at once; a button draws the next batch. */
const BATCH = 50;

function facetsOf(e: IndexedEvent): Facets {
  return {
    type: [e.type],
    provider: e.providers,
    region: e.regions.map((r) => r.toLowerCase()),
    year: [e.date.slice(0, 4)],
    surface: e.surfaces,
  };
}

function el<K extends keyof HTMLElementTagNameMap>(
  tag: K,
  props: Partial<Record<string, string>> = {},
  ...children: (Node | string)[]
): HTMLElementTagNameMap[K] {
  const node = document.createElement(tag);
  for (const [k, v] of Object.entries(props)) if (v !== undefined) node.setAttribute(k, v);
  node.append(...children);
  return node;
}

const fill = (text: string, vars: Record<string, string | number>) =>
  text.replace(/\{(\w+)\}/g, (whole, name: string) => (name in vars ? String(vars[name]) : whole));

class TimelineFilter extends HTMLElement {
  private state: FilterState = {};
  private events?: IndexedEvent[];
  private facets?: Facets[];
  private loading?: Promise<void>;
  private drawn = 0;
  private hits: IndexedEvent[] = [];

  connectedCallback(): void {
    // With JavaScript every link combines, so the no-JS note and its references are moot.
    this.querySelector('[data-nojs-note]')?.setAttribute('hidden', '');
    for (const a of this.querySelectorAll('[aria-describedby="nojs-note"]')) a.removeAttribute('aria-describedby');
    this.state = this.inPlace() ? parseState(location.search) : parseState(this.dataset.state ?? '');
    this.addEventListener('click', (e) => this.onClick(e));
    if (!this.inPlace()) return;
    window.addEventListener('popstate', () => {
      this.state = parseState(location.search);
      void this.update();
    });
    if (!isEmptyState(this.state)) void this.update();
  }

  private inPlace(): boolean {
    return this.dataset.inPlace === 'true';
  }

  private msg(name: string, vars: Record<string, string | number> = {}): string {
    return fill(this.getAttribute(`data-msg-${name}`) ?? '', vars);
  }

  private onClick(e: MouseEvent): void {
    if (e.button !== 0 || e.metaKey || e.ctrlKey || e.shiftKey || e.altKey) return;
    const target = e.target as Element;
    if (target.closest('[data-more]')) {
      this.drawMore();
      return;
    }
    const link = target.closest<HTMLAnchorElement>('a[data-filter-key], a[data-filter-clear], a[data-filter-reset]');
    if (!link) return;
    e.preventDefault();
    const { filterKey, filterValue, filterClear } = link.dataset;
    let next: FilterState = {};
    if (filterKey && filterValue && isFilterKey(filterKey)) next = toggleValue(this.state, filterKey, filterValue);
    else if (filterClear && isFilterKey(filterClear)) next = clearFacet(this.state, filterClear);
    // A pill or "clear all" disappears when used: the keyboard moves to the filter link it stood for.
    const gone = link.closest('[data-active]');
    this.go(next, () => {
      if (!gone) return;
      const to = filterKey && filterValue ? this.link(filterKey, filterValue) : this.querySelector('.filters a');
      (to as HTMLElement | null)?.focus();
    });
  }

  private go(next: FilterState, after: () => void = () => {}): void {
    const query = formatState(next);
    const home = this.dataset.home ?? '/';
    if (!this.inPlace()) {
      location.assign(home + query);
      return;
    }
    this.state = parseState(query);
    history.pushState(null, '', home + query);
    void this.update().then(after);
  }

  private load(): Promise<void> {
    this.loading ??= (async () => {
      const response = await fetch(this.dataset.index!);
      if (!response.ok) throw new Error(`timeline index: HTTP ${response.status}`);
      const index = (await response.json()) as { events: IndexedEvent[] };
      this.events = index.events;
      this.facets = index.events.map(facetsOf);
    })();
    return this.loading;
  }

  /** Loads the index if needed, then redraws counts, pills, the status line and the list. */
  private async update(): Promise<void> {
    this.markLinks();
    this.drawPills();
    const status = this.querySelector<HTMLElement>('[data-status]')!;
    if (!this.events) {
      status.textContent = this.msg('loading');
      this.setAttribute('aria-busy', 'true');
      try {
        await this.load();
      } catch {
        this.loading = undefined;
        status.textContent = this.msg('failed');
        this.removeAttribute('aria-busy');
        return;
      }
      this.removeAttribute('aria-busy');
    }
    const empty = isEmptyState(this.state);
    this.updateCounts();
    this.hits = this.events!.filter((_, i) => matchesState(this.facets![i], this.state));
    const serverList = this.querySelector<HTMLElement>('[data-server-list]')!;
    const results = this.querySelector<HTMLElement>('[data-results]')!;
    serverList.hidden = !empty;
    results.hidden = empty;
    this.querySelector<HTMLElement>('[data-empty]')!.hidden = this.hits.length > 0;
    if (empty) {
      const listed = serverList.querySelectorAll('[data-event]').length;
      status.textContent =
        listed < this.events!.length
          ? this.msg('latest', { shown: listed, total: this.events!.length })
          : this.msg('showing', { shown: listed, total: this.events!.length });
      results.replaceChildren();
      return;
    }
    status.textContent = this.msg('showing', { shown: this.hits.length, total: this.events!.length });
    results.replaceChildren(el('ol', { class: 'months' }));
    this.drawn = 0;
    this.drawMore();
  }

  /** Draws the next batch of matching events, grouped by month, and the "show more" button. */
  private drawMore(): void {
    const results = this.querySelector<HTMLElement>('[data-results]')!;
    const months = results.querySelector('ol.months')!;
    results.querySelector('[data-more]')?.remove();
    const batch = this.hits.slice(this.drawn, this.drawn + BATCH);
    const firstNew = batch[0];
    for (const e of batch) {
      const key = e.date.slice(0, 7);
      let month = months.lastElementChild as HTMLElement | null;
      if (month?.dataset.month !== key) {
        const list = el('ol', { class: 'events' });
        month = el('li', { class: 'month', 'data-month': key }, el('h2', {}, this.monthLabel(key)), list);
        months.append(month);
      }
      month.querySelector('ol')!.append(el('li', {}, this.card(e)));
    }
    this.drawn += batch.length;
    const left = this.hits.length - this.drawn;
    if (left > 0) {
      results.append(
        el(
          'p',
          { class: 'more' },
          el('button', { type: 'button', 'data-more': '' }, this.msg('more', { count: Math.min(left, BATCH) })),
        ),
      );
    }
    if (firstNew && this.drawn > BATCH) results.querySelector<HTMLElement>(`[data-event="${firstNew.id}"] a`)?.focus();
  }

  private get zh(): boolean {
    return this.dataset.locale === 'zh';
  }

  private date(iso: string, precision: Precision = 'day'): string {
    return formatDate(iso, precision, this.zh ? 'zh' : 'en');
  }

  private monthLabel(key: string): string {
    return this.date(`${key}-01`, 'month');
  }

  /** The visible label of a facet value, read from its filter link (so it is in the page's language). */
  private label(key: FilterKey, value: string): string {
    return this.link(key, value)?.dataset.label ?? value;
  }

  private link(key: string, value: string): HTMLAnchorElement | null {
    return this.querySelector<HTMLAnchorElement>(
      `.filters a[data-filter-key="${key}"][data-filter-value="${CSS.escape(value)}"]`,
    );
  }

  /** One event card, as EventCard.astro draws it (text only through textContent). */
  private card(e: IndexedEvent): HTMLElement {
    const locale = this.zh ? 'zh' : 'en';
    const facets = facetsOf(e);
    const title = (this.zh && e.title_zh) || e.title;
    const summary = (this.zh && e.summary_zh) || e.summary;
    const time = (iso: string, precision: Precision = 'day') =>
      el('time', { datetime: precision === 'month' ? iso.slice(0, 7) : iso }, this.date(iso, precision));
    const meta = el(
      'p',
      { class: 'card-meta' },
      el('span', { class: `type-badge type-${e.type}` }, this.label('type', e.type)),
      ' ',
      el('span', {}, `${this.msg('announced')} `, time(e.date, e.precision)),
    );
    if (e.effective) meta.append(' ', el('span', {}, `· ${this.msg('effective')} `, time(e.effective)));
    const entities = el('div', { class: 'card-entities' });
    if (e.providers.length)
      entities.append(
        el(
          'ul',
          { class: 'chips', 'aria-label': this.facetName('provider') },
          ...e.providers.map((p) =>
            el('li', {}, el('a', { class: 'chip', href: providerHref(p, locale) }, this.label('provider', p))),
          ),
        ),
      );
    if (e.regions.length)
      entities.append(
        el(
          'ul',
          { class: 'chips', 'aria-label': this.facetName('region') },
          ...e.regions.map((r) =>
            el(
              'li',
              {},
              el(
                'a',
                { class: 'chip chip-region', href: regionHref(r, locale) },
                this.label('region', r.toLowerCase()),
              ),
            ),
          ),
        ),
      );
    return el(
      'article',
      {
        class: 'event-card',
        'data-event': e.id,
        'data-type': facets.type.join(' '),
        'data-provider': facets.provider.join(' '),
        'data-region': facets.region.join(' '),
        'data-year': facets.year.join(' '),
        'data-surface': facets.surface.join(' '),
      },
      meta,
      el(
        'h3',
        { class: 'card-title' },
        el('a', { href: eventHref(e.id, locale), lang: this.zh && !e.title_zh ? 'en' : undefined }, title),
      ),
      el('p', { class: 'summary', lang: this.zh && !e.summary_zh ? 'en' : undefined }, summary),
      entities,
    );
  }

  private facetName(key: FilterKey): string {
    return this.querySelector(`[data-facet-name="${key}"]`)?.textContent?.trim() ?? key;
  }

  /** Each link's count becomes what it would match given the other facets' choices. */
  private updateCounts(): void {
    const counts = selectionCounts(this.facets!, this.state);
    for (const link of this.querySelectorAll<HTMLAnchorElement>('.filters a[data-filter-key]')) {
      const n = counts[link.dataset.filterKey as FilterKey]?.get(link.dataset.filterValue!) ?? 0;
      const span = link.querySelector('[data-count]');
      if (span) span.textContent = `(${n})`;
      link.classList.toggle('is-empty', n === 0);
    }
  }

  private markLinks(): void {
    for (const link of this.querySelectorAll<HTMLAnchorElement>('.filters a[data-filter-key]')) {
      const active = this.state[link.dataset.filterKey as FilterKey]?.includes(link.dataset.filterValue!) ?? false;
      if (active) link.setAttribute('aria-current', 'true');
      else link.removeAttribute('aria-current');
    }
    for (const link of this.querySelectorAll<HTMLAnchorElement>('.filters a[data-filter-clear]')) {
      if (this.state[link.dataset.filterClear as FilterKey]?.length) link.removeAttribute('aria-current');
      else link.setAttribute('aria-current', 'true');
    }
  }

  /** The choices as pills; each removes its value. */
  private drawPills(): void {
    const wrap = this.querySelector<HTMLElement>('[data-active]')!;
    const list = wrap.querySelector('[data-pills]')!;
    const pills: HTMLElement[] = [];
    for (const key of FILTER_KEYS) {
      for (const value of this.state[key] ?? []) {
        const remaining = formatState(toggleValue(this.state, key, value));
        pills.push(
          el(
            'li',
            {},
            el(
              'a',
              {
                class: 'pill',
                href: (this.dataset.home ?? '/') + remaining,
                'data-filter-key': key,
                'data-filter-value': value,
              },
              el('span', { class: 'visually-hidden' }, `${this.msg('remove')} `),
              `${this.facetName(key)}: ${this.label(key, value)}`,
              el('span', { 'aria-hidden': 'true' }, ' ×'),
            ),
          ),
        );
      }
    }
    list.replaceChildren(...pills);
    wrap.hidden = pills.length === 0;
  }
}

if (!customElements.get('timeline-filter')) customElements.define('timeline-filter', TimelineFilter);
