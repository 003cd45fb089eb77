/**
 * <availability-filter>: the table's chips, applied in place where that is honest. A provider or
 * status chip filters the rows and columns already on the page when the page holds every row for
 * it (a continent or filter page, the app table), combined with the page's own filter; the state
 * is kept in `?provider=&status=` (and `continent=` on the app table), and the caption is rewritten
 * from what is on screen. Other chips are plain links to their filter pages, as without JavaScript.
 */
import { CELL_STATUSES, type CellStatus } from '../model/availability.ts';
import {
  formatMapState,
  isMapFacet,
  parseMapState,
  providerShown,
  rowShown,
  writeCaption,
  type CaptionWords,
  type MapFacet,
  type MapState,
} from '../site/availability/facets.ts';

class AvailabilityFilter extends HTMLElement {
  private state: MapState = {};

  connectedCallback(): void {
    this.state = this.inPlaceOnly(parseMapState(location.search, this.providers()));
    this.addEventListener('click', (e) => {
      const chip = (e.target as Element | null)?.closest?.('a[data-facet]') as HTMLAnchorElement | null;
      if (!chip || e.button !== 0 || e.metaKey || e.ctrlKey || e.shiftKey || e.altKey) return;
      const facet = chip.dataset.facet ?? '';
      if (!isMapFacet(facet) || !this.inPlace(facet)) return;
      e.preventDefault();
      const value = chip.dataset.value ?? '';
      this.state = { ...this.state, [facet]: value && this.state[facet] !== value ? value : undefined };
      for (const f of Object.keys(this.state) as MapFacet[]) if (!this.state[f]) delete this.state[f];
      history.replaceState(null, '', location.pathname + formatMapState(this.state));
      this.apply();
    });
    window.addEventListener('popstate', () => {
      this.state = this.inPlaceOnly(parseMapState(location.search, this.providers()));
      this.apply();
    });
    if (Object.keys(this.state).length > 0) this.apply();
  }

  /** `key` (the key-regions page), `none` (a complete table) or the facet the page is filtered by. */
  private get pageFacet(): string {
    return this.dataset.pageFacet ?? 'key';
  }

  private inPlace(facet: MapFacet): boolean {
    return this.pageFacet !== 'key' && facet !== this.pageFacet;
  }

  private inPlaceOnly(state: MapState): MapState {
    const out: MapState = {};
    for (const f of Object.keys(state) as MapFacet[]) if (this.inPlace(f)) out[f] = state[f];
    return out;
  }

  private providers(): string[] {
    return [...this.querySelectorAll<HTMLElement>('thead th[data-provider]')].map((th) => th.dataset.provider ?? '');
  }

  private apply(): void {
    const columns = this.providers();
    const showColumn = columns.map((p) => providerShown(this.state, p));
    for (const [i, th] of [...this.querySelectorAll<HTMLElement>('thead th[data-provider]')].entries())
      th.hidden = !showColumn[i];
    let shown = 0;
    const rows = [...this.querySelectorAll<HTMLTableRowElement>('tr[data-region]')];
    for (const tr of rows) {
      const cells = [...tr.querySelectorAll<HTMLTableCellElement>('td.c')];
      const statuses: Record<string, CellStatus> = {};
      cells.forEach((td, i) => {
        td.hidden = !showColumn[i];
        const status = CELL_STATUSES.find((s) => td.classList.contains(`s-${s}`));
        if (status && columns[i]) statuses[columns[i]] = status;
      });
      tr.hidden = !rowShown(this.state, { continent: tr.dataset.continent ?? '', statuses });
      if (!tr.hidden) shown++;
    }
    const visibleColumns = showColumn.filter(Boolean).length;
    for (const group of this.querySelectorAll<HTMLElement>('tbody[data-continent-group]')) {
      group.hidden = !group.querySelector('tr[data-region]:not([hidden])');
      const head = group.querySelector<HTMLTableCellElement>('.group-row th');
      if (head) head.colSpan = 1 + visibleColumns;
    }
    for (const chip of this.querySelectorAll<HTMLAnchorElement>('a[data-facet]')) {
      const facet = chip.dataset.facet as MapFacet;
      if (!this.inPlace(facet)) continue;
      const on = (this.state[facet] ?? '') === (chip.dataset.value ?? '');
      if (on) chip.setAttribute('aria-current', 'true');
      else chip.removeAttribute('aria-current');
    }
    const empty = this.querySelector<HTMLElement>('[data-matrix-empty]');
    if (empty) empty.hidden = shown > 0;
    const caption = this.querySelector('[data-matrix-caption]');
    if (caption && this.dataset.caption) {
      const words = JSON.parse(this.dataset.caption) as CaptionWords;
      const labels = [
        ...(JSON.parse(this.dataset.pageLabels ?? '[]') as string[]),
        ...(['continent', 'provider', 'status'] as const)
          .filter((f) => this.state[f])
          .map(
            (f) =>
              this.querySelector<HTMLElement>(`a[data-facet="${f}"][data-value="${this.state[f]}"]`)?.dataset.label ??
              '',
          ),
      ].filter(Boolean);
      caption.textContent = writeCaption(words, visibleColumns, shown, labels);
    }
  }
}

if (!customElements.get('availability-filter')) customElements.define('availability-filter', AvailabilityFilter);
