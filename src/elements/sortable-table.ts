/**
 * <sortable-table>: wraps a <table> whose sortable header cells carry `data-sort-type`
 * (text | number). Adds a button to each, sorts the body rows by the cells' `data-sort` value
 * (or their text) and states the order with aria-sort. Without JavaScript the table is unchanged.
 */
import { nextDirection, sortOrder, type SortDirection, type SortType } from '../site/sort.ts';

const cellValue = (cell: Element | undefined) =>
  (cell as HTMLElement | undefined)?.dataset.sort ?? cell?.textContent?.trim() ?? '';

class SortableTable extends HTMLElement {
  connectedCallback(): void {
    const headers = [...this.querySelectorAll<HTMLTableCellElement>('thead th[data-sort-type]')];
    for (const th of headers) {
      const button = document.createElement('button');
      button.type = 'button';
      button.className = 'sort-button';
      button.append(...th.childNodes);
      th.append(button);
      button.addEventListener('click', () => this.sortBy(th, headers));
    }
    this.querySelector('[data-sort-hint]')?.removeAttribute('hidden');
  }

  private sortBy(th: HTMLTableCellElement, headers: HTMLTableCellElement[]): void {
    const direction: SortDirection = nextDirection(th.getAttribute('aria-sort') as SortDirection | null);
    const body = this.querySelector('tbody')!;
    const rows = [...body.rows];
    const values = rows.map((row) => cellValue(row.cells[th.cellIndex]));
    const order = sortOrder(values, (th.dataset.sortType ?? 'text') as SortType, direction);
    body.append(...order.map((i) => rows[i]));
    for (const h of headers) h.removeAttribute('aria-sort');
    th.setAttribute('aria-sort', direction);
  }
}

if (!customElements.get('sortable-table')) customElements.define('sortable-table', SortableTable);
