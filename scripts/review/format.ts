/**
 * What the review tool prints. Titles, publishers, terms and even file names (ids) come from
 * outside, so each field goes through `terminalText` (an ANSI escape in a headline must not
 * repaint the curator's screen, a U+202E must not reverse it); review.ts makes whole messages
 * safe once more where they leave the program.
 */
import type { ReviewEvent } from './store.ts';
import { terminalText } from '../cli/terminal.ts';

/** One field on one line, every control and bidi character made visible (see cli/terminal.ts). */
export const plain = (text: string): string => terminalText(text);

const list = (items: readonly string[] | undefined) => (items?.length ? items.map(plain).join(', ') : '–');

export interface CandidateRow {
  id: string;
  title: string;
  date: string;
  type: string;
  providers: string[];
  regions: string[];
  sources: number;
  matched_terms: string[];
  /** The event the ingester judged it likely the same story as. */
  likely_same_as?: string;
}

/** The row `list --json` prints for one candidate. */
export function candidateRow(e: ReviewEvent): CandidateRow {
  const d = e.data;
  return {
    id: e.id,
    title: d.title,
    date: d.date,
    type: d.type,
    providers: d.providers,
    regions: d.regions,
    sources: d.sources.length,
    matched_terms: d.matched_terms ?? [],
    ...(d.likely_same_as ? { likely_same_as: d.likely_same_as } : {}),
  };
}

/** Two lines per candidate: the facts, then the title. */
export function formatList(events: ReviewEvent[]): string {
  if (!events.length) return 'No candidates to review.\n';
  const lines = events.flatMap((e) => {
    const r = candidateRow(e);
    const n = `${r.sources} source${r.sources === 1 ? '' : 's'}`;
    return [
      `${plain(r.id)}  ${r.date}  ${r.type}  providers: ${list(r.providers)}  regions: ${list(r.regions)}  ${n}  matched: ${list(r.matched_terms)}`,
      `    ${plain(r.title)}`,
      ...(r.likely_same_as ? [`    likely the same story as ${r.likely_same_as}`] : []),
    ];
  });
  return `${lines.join('\n')}\n${events.length} candidate(s)\n`;
}

/** The full view of one candidate in the interactive review. */
export function formatCandidate(e: ReviewEvent, position: string): string {
  const d = e.data;
  const dates = [`date ${d.date}`, d.effective ? `effective ${d.effective}` : '', `type ${d.type}`].filter(Boolean);
  return [
    '',
    `[${position}] ${plain(e.id)}`,
    `  ${plain(d.title)}`,
    `  ${plain(d.summary)}`,
    `  ${dates.join(' · ')}`,
    `  providers: ${list(d.providers)}`,
    `  regions:   ${list(d.regions)}`,
    '  sources:',
    ...d.sources.map((s) => `    - ${plain(s.publisher)}: ${plain(s.url)}`),
    `  why relevant: ${list(d.matched_terms)}`,
    ...(d.likely_same_as ? [`  likely the same story as ${d.likely_same_as}: m merges it there`] : []),
    '',
  ].join('\n');
}
