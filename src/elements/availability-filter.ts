/**
 * <availability-filter>: instant, combinable filters over the availability matrix. It reveals
 * the form, reads and writes `?continent=&provider=&status=`, and hides rows, columns and empty
 * continent groups in place. Without JavaScript the filter links still lead to filter pages.
 */
import {
  decodeStatuses,
  formatMapState,
  parseMapState,
  providerShown,
  rowShown,
  type MapState,
} from '../site/availability/facets.ts';

class AvailabilityFilter extends HTMLElement {
  private form?: HTMLFormElement;

  connectedCallback(): void {
    this.form = this.querySelector<HTMLFormElement>('[data-map-form]') ?? undefined;
    if (!this.form) return;
    this.form.hidden = false;
    this.setForm(parseMapState(this.isComplete() ? location.search : (this.dataset.state ?? ''), this.providers()));
    this.form.addEventListener('change', () => this.update());
    this.form.addEventListener('submit', (e) => {
      e.preventDefault();
      this.update();
    });
    window.addEventListener('popstate', () => {
      if (!this.isComplete()) return;
      this.setForm(parseMapState(location.search, this.providers()));
      this.apply();
    });
    this.apply();
  }

  /** True on /regions/ itself, which holds every row; filter pages hold a subset. */
  private isComplete(): boolean {
    return this.dataset.complete === 'true';
  }

  private providers(): string[] {
    return [...this.querySelectorAll<HTMLOptionElement>('select[name="provider"] option')]
      .map((o) => o.value)
      .filter(Boolean);
  }

  private readForm(): MapState {
    const data = new FormData(this.form);
    return parseMapState(new URLSearchParams(data as unknown as Record<string, string>).toString(), this.providers());
  }

  private setForm(state: MapState): void {
    for (const select of this.form!.querySelectorAll('select'))
      select.value = state[select.name as keyof MapState] ?? '';
  }

  private update(): void {
    const query = formatMapState(this.readForm());
    if (!this.isComplete()) {
      location.assign((this.dataset.home ?? '/regions/') + query);
      return;
    }
    history.replaceState(null, '', location.pathname + query);
    this.apply();
  }

  private apply(): void {
    const state = this.readForm();
    for (const el of this.querySelectorAll<HTMLElement>('[data-matrix] [data-provider]'))
      el.hidden = !providerShown(state, el.dataset.provider!);
    const rows = [...this.querySelectorAll<HTMLTableRowElement>('tr[data-region]')];
    let shown = 0;
    for (const tr of rows) {
      tr.hidden = !rowShown(state, {
        continent: tr.dataset.continent ?? '',
        statuses: decodeStatuses(tr.dataset.statuses ?? ''),
      });
      if (!tr.hidden) shown++;
    }
    for (const group of this.querySelectorAll<HTMLElement>('tbody[data-continent-group]')) {
      group.hidden = !group.querySelector('tr[data-region]:not([hidden])');
      const head = group.querySelector<HTMLTableCellElement>('.group-row th');
      if (head) head.colSpan = 1 + this.querySelectorAll('thead th[data-provider]:not([hidden])').length;
    }
    const count = this.querySelector<HTMLElement>('[data-map-count]');
    // The words come from the page (data-count-text), so the count reads in the page's language.
    const words = count?.dataset.countText ?? 'Showing {shown} of {total} regions.';
    if (count) count.textContent = words.replace('{shown}', String(shown)).replace('{total}', String(rows.length));
  }
}

if (!customElements.get('availability-filter')) customElements.define('availability-filter', AvailabilityFilter);
