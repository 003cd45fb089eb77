/**
 * The curators' decisions counted per month: how many candidates they published and rejected
 * (the classifier's precision as the curators saw it) and how many uncertain items they
 * promoted or dismissed (what the possible queue was worth).
 */
import type { CuratorRecord } from './curator-log.ts';

export interface MonthStats {
  /** YYYY-MM. */
  month: string;
  published: number;
  rejected: number;
  promoted: number;
  dismissed: number;
  /** published / (published + rejected); undefined when nothing was decided. */
  precision?: number;
}

/** One row per month that has decisions, oldest first. */
export function monthlyStats(records: CuratorRecord[]): MonthStats[] {
  const months = new Map<string, MonthStats>();
  for (const r of records) {
    const month = r.date.slice(0, 7);
    const m = months.get(month) ?? { month, published: 0, rejected: 0, promoted: 0, dismissed: 0 };
    const field = ({ publish: 'published', reject: 'rejected', promote: 'promoted', dismiss: 'dismissed' } as const)[
      r.decision
    ];
    m[field]++;
    months.set(month, m);
  }
  return [...months.values()]
    .sort((a, b) => a.month.localeCompare(b.month))
    .map((m) => (m.published + m.rejected ? { ...m, precision: m.published / (m.published + m.rejected) } : m));
}

const pct = (x: number | undefined) => (x === undefined ? '–' : `${(x * 100).toFixed(1)}%`);

/** The table `npm run bench -- curator` prints. */
export function formatMonthlyStats(rows: MonthStats[]): string {
  if (!rows.length) return 'No curator decisions logged yet.\n';
  const head = 'month     published  rejected  precision  promoted  dismissed';
  const lines = rows.map(
    (m) =>
      `${m.month}   ${String(m.published).padStart(9)} ${String(m.rejected).padStart(9)} ${pct(m.precision).padStart(10)} ${String(m.promoted).padStart(9)} ${String(m.dismissed).padStart(10)}`,
  );
  return `${[head, ...lines].join('\n')}\n`;
}
