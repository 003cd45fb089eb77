/**
 * The curators' decisions as training data: every publish, reject, promote and dismiss in
 * `npm run review` appends one JSON line to `src/data/labelled/curator.jsonl` (in the
 * repository, beside the other labelled data, not in content/). The classifier's training
 * script reads it; `npm run bench -- curator` counts it per month.
 */
import { appendFile, mkdir, readFile } from 'node:fs/promises';
import { dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { EventData } from '../../src/model/schema/index.ts';
import type { PossibleItem } from '../ingest/write/possible-queue.ts';

/** The repository's log (the CLI's default; library callers pass their own path or none). */
export const CURATOR_LOG = fileURLToPath(new URL('../../src/data/labelled/curator.jsonl', import.meta.url));
const REPO_CONTENT = fileURLToPath(new URL('../../content', import.meta.url));

/**
 * Where the CLI logs: `--curator-log FILE` when given; else the repository's log, but only when
 * the review works on the repository's own content/ (a review of a scratch copy or a test tree
 * must not add its decisions to the training data).
 */
export function defaultLogPath(contentDir: string, given: string | undefined): string | undefined {
  if (given) return given;
  return resolve(contentDir) === REPO_CONTENT ? CURATOR_LOG : undefined;
}

export const DECISIONS = ['publish', 'reject', 'promote', 'dismiss'] as const;
export type Decision = (typeof DECISIONS)[number];

export interface CuratorRecord {
  /** The day of the decision, YYYY-MM-DD. */
  date: string;
  decision: Decision;
  /** The event id (publish, reject, promote); a dismissed item has none. */
  id?: string;
  title: string;
  summary: string;
  language?: string;
  type?: string;
  providers?: string[];
  regions?: string[];
}

/** Where and when decisions are logged; without `path` nothing is logged. */
export interface CuratorLog {
  path?: string;
  /** YYYY-MM-DD (default: today, UTC). */
  today?: string;
}

const today = (log: CuratorLog) => log.today ?? new Date().toISOString().slice(0, 10);

/** The record of a decision on an event (a candidate published or rejected, an item promoted). */
export function eventRecord(log: CuratorLog, decision: Decision, id: string, d: EventData): CuratorRecord {
  const language = d.sources.find((s) => s.language)?.language;
  return {
    date: today(log),
    decision,
    id,
    title: d.title,
    summary: d.summary,
    ...(language ? { language } : {}),
    type: d.type,
    providers: d.providers,
    regions: d.regions,
  };
}

/** The record of a decision on a possible item that became no event (dismissed). */
export function itemRecord(log: CuratorLog, decision: Decision, item: PossibleItem): CuratorRecord {
  return {
    date: today(log),
    decision,
    title: item.title,
    summary: item.summary,
    ...(item.language ? { language: item.language } : {}),
    type: item.type,
    providers: item.providers,
    regions: item.regions,
  };
}

/**
 * Appends the records, one JSON line each, in a single O_APPEND write, so two curators'
 * sessions never interleave inside a line and a crash never leaves half a line.
 */
export async function appendCuratorLog(log: CuratorLog, records: CuratorRecord[]): Promise<void> {
  if (!log.path || !records.length) return;
  await mkdir(dirname(log.path), { recursive: true });
  await appendFile(log.path, records.map((r) => `${JSON.stringify(r)}\n`).join(''), { flag: 'a' });
}

/** Reads a log; a line that is not a decision is an error naming the file and line. */
export async function readCuratorLog(path: string): Promise<CuratorRecord[]> {
  const text = await readFile(path, 'utf8').catch((err: NodeJS.ErrnoException) => {
    if (err.code === 'ENOENT') return '';
    throw err;
  });
  return text.split('\n').flatMap((line, i) => {
    if (!line.trim()) return [];
    let r: CuratorRecord;
    try {
      r = JSON.parse(line) as CuratorRecord;
    } catch (err) {
      throw new Error(`${path}:${i + 1}: not JSON: ${(err as Error).message}`);
    }
    if (!DECISIONS.includes(r.decision) || !/^\d{4}-\d{2}-\d{2}$/.test(r.date ?? '')) {
      throw new Error(`${path}:${i + 1}: needs a date (YYYY-MM-DD) and a decision (${DECISIONS.join(', ')})`);
    }
    return [r];
  });
}
