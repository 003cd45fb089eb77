/** What the review prints for the possible queue. Item text comes from feeds: see `plain`. */
import type { PossibleItem } from '../ingest/write/possible-queue.ts';
import { plain } from './format.ts';

const list = (items: readonly string[]) => (items.length ? items.map(plain).join(', ') : '–');
const score = (n: number) => n.toFixed(2);

export interface PossibleRow {
  /** 1-based place in the queue, as `promote` and `dismiss` accept it. */
  index: number;
  key: string;
  source: string;
  title: string;
  published: string;
  score: number;
  cues: string[];
  type: string;
  providers: string[];
  regions: string[];
  first_seen: string;
}

/** The row `list possible --json` prints for one item. */
export function possibleRow(item: PossibleItem, i: number): PossibleRow {
  const { key, source, title, published, score: s, cues, type, providers, regions, first_seen } = item;
  return { index: i + 1, key, source, title, published, score: s, cues, type, providers, regions, first_seen };
}

/** Two lines per item: number, score and facts, then the title and URL. */
export function formatPossibleList(items: PossibleItem[]): string {
  if (!items.length) return 'No possible items (the classifier was sure about everything).\n';
  const lines = items.flatMap((item, i) => [
    `#${i + 1}  score ${score(item.score)}  ${item.published}  ${item.type}  providers: ${list(item.providers)}  regions: ${list(item.regions)}  via ${plain(item.source)}  cues: ${list(item.cues)}`,
    `    ${plain(item.title)}  ${plain(item.key)}`,
  ]);
  return `${lines.join('\n')}\n${items.length} possible item(s): promote with \`promote N\`, dismiss with \`dismiss N\`\n`;
}

/** The full view of one possible item in the interactive review. */
export function formatPossible(item: PossibleItem, position: string): string {
  return [
    '',
    `[possible ${position}] score ${score(item.score)} · found by ${plain(item.source)} on ${item.first_seen}`,
    `  ${plain(item.title)}`,
    ...(item.summary ? [`  ${plain(item.summary)}`] : []),
    `  date ${item.published} · type ${item.type}`,
    `  providers: ${list(item.providers)}`,
    `  regions:   ${list(item.regions)}`,
    `  source: ${plain(item.url)}`,
    `  why unsure: ${list(item.cues)}`,
    '',
  ].join('\n');
}
