/** Sorting table rows by a column's cell values (used by the <sortable-table> element). */
export type SortType = 'text' | 'number';
export type SortDirection = 'ascending' | 'descending';

const collator = new Intl.Collator('en', { numeric: true, sensitivity: 'base' });

/** Compares two cell values; empty values always sort last, whatever the direction. */
export function compareValues(a: string, b: string, type: SortType, direction: SortDirection): number {
  if (!a || !b) return a === b ? 0 : a ? -1 : 1;
  const order = type === 'number' ? Number(a) - Number(b) : collator.compare(a, b);
  return direction === 'ascending' ? order : -order;
}

/** The direction after a click: a new column starts ascending, the same column flips. */
export function nextDirection(current: SortDirection | 'none' | null): SortDirection {
  return current === 'ascending' ? 'descending' : 'ascending';
}

/** Row indexes in sorted order (stable: equal values keep their original order). */
export function sortOrder(values: string[], type: SortType, direction: SortDirection): number[] {
  return values
    .map((v, i) => ({ v, i }))
    .sort((x, y) => compareValues(x.v, y.v, type, direction) || x.i - y.i)
    .map(({ i }) => i);
}
