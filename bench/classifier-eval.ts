/**
 * Scores the ingest classifier against the labelled headlines (tests/fixtures/labelled-headlines.yaml)
 * and, when the shared corpus exists, against its feed items as extra negatives. Used by
 * bench/classifier.ts (prints) and tests/unit/ingest-classify.test.ts (asserts the targets).
 */
import { readFile, readdir } from 'node:fs/promises';
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'yaml';
import { classify } from '../scripts/ingest/classify.ts';
import type { ClassifierTables } from '../scripts/ingest/classifier-tables.ts';
import type { Candidate, Classification } from '../scripts/ingest/types.ts';
import { decodeBody } from '../scripts/ingest/decode.ts';
import { parseFeed } from '../scripts/ingest/parse.ts';
import { normalizeFeed } from '../scripts/ingest/normalize.ts';

export const LABELLED_FILE = new URL('../tests/fixtures/labelled-headlines.yaml', import.meta.url);
export const CORPUS_FEEDS = new URL('../../shared/corpus/feeds/', import.meta.url);
export const TARGETS = { precision: 0.9, recall: 0.85, providerAccuracy: 0.95 };

export interface LabelledRow {
  title: string;
  summary: string;
  published: string;
  language: 'en' | 'zh';
  relevant: boolean;
  type?: Classification['type'];
  providers?: string[];
  regions?: string[];
  effective?: string;
}

export interface Scores {
  rows: number;
  tp: number;
  fp: number;
  fn: number;
  tn: number;
  precision: number;
  recall: number;
  typeAccuracy: number;
  providerAccuracy: number;
  /** Rows whose labelled regions are all found. */
  regionRecall: number;
  effectiveAccuracy: number;
  mistakes: string[];
}

export async function loadLabelled(): Promise<LabelledRow[]> {
  const rows = parse(await readFile(LABELLED_FILE, 'utf8')) as LabelledRow[];
  return rows.map((r) => ({ ...r, published: String(r.published), effective: r.effective && String(r.effective) }));
}

/** Every 4th row is held out from tuning. */
export const isHeldOut = (index: number) => index % 4 === 3;

export function toCandidate(row: LabelledRow): Candidate {
  return { title: row.title, summary: row.summary, url: 'https://example.org/x', published: row.published, publisher: 'Labelled', language: row.language, sourceId: 'labelled' };
}

const sameSet = (a: string[], b: string[]) => a.length === b.length && a.every((x) => b.includes(x));
const ratio = (n: number, d: number) => (d === 0 ? 1 : n / d);

/** Scores one set of rows. */
export function score(rows: LabelledRow[], tables: ClassifierTables): Scores {
  const s = { tp: 0, fp: 0, fn: 0, tn: 0, typeOk: 0, provOk: 0, regOk: 0, regN: 0, effOk: 0, effN: 0 };
  const mistakes: string[] = [];
  for (const row of rows) {
    const c = classify(toCandidate(row), tables);
    if (!row.relevant) {
      if (c.relevant) (s.fp++, mistakes.push(`FP  ${row.title}  [${c.matched.join(', ')}]`));
      else s.tn++;
      continue;
    }
    if (!c.relevant) {
      s.fn++;
      mistakes.push(`FN  ${row.title}`);
      continue;
    }
    s.tp++;
    if (c.type === row.type) s.typeOk++;
    else mistakes.push(`TYPE ${c.type} ≠ ${row.type}  ${row.title}`);
    if (sameSet(c.providers, row.providers ?? [])) s.provOk++;
    else mistakes.push(`PROV [${c.providers}] ≠ [${row.providers}]  ${row.title}`);
    if (row.regions) {
      s.regN++;
      if (row.regions.every((r) => c.regions.includes(r))) s.regOk++;
      else mistakes.push(`REG  [${c.regions}] ⊉ [${row.regions}]  ${row.title}`);
    }
    if (row.effective) {
      s.effN++;
      if (c.effective === row.effective) s.effOk++;
      else mistakes.push(`EFF  ${c.effective} ≠ ${row.effective}  ${row.title}`);
    }
  }
  return {
    rows: rows.length, tp: s.tp, fp: s.fp, fn: s.fn, tn: s.tn,
    precision: ratio(s.tp, s.tp + s.fp),
    recall: ratio(s.tp, s.tp + s.fn),
    typeAccuracy: ratio(s.typeOk, s.tp),
    providerAccuracy: ratio(s.provOk, s.tp),
    regionRecall: ratio(s.regOk, s.regN),
    effectiveAccuracy: ratio(s.effOk, s.effN),
    mistakes,
  };
}

async function listFiles(dir: string): Promise<string[]> {
  const out: string[] = [];
  for (const it of await readdir(dir, { withFileTypes: true })) {
    const p = join(dir, it.name);
    if (it.isDirectory()) out.push(...(await listFiles(p)));
    else out.push(p);
  }
  return out.sort();
}

export interface CorpusItems {
  items: Candidate[];
  files: number;
  /** Files our parser refuses (the corpus holds malformed feeds on purpose). */
  unreadable: number;
}

/** Items of the shared corpus feeds, or undefined when the corpus is absent. */
export async function loadCorpusItems(): Promise<CorpusItems | undefined> {
  const dir = CORPUS_FEEDS.pathname;
  if (!existsSync(dir)) return undefined;
  const out: CorpusItems = { items: [], files: 0, unreadable: 0 };
  for (const file of await listFiles(dir)) {
    out.files++;
    try {
      const raw = await parseFeed(decodeBody(await readFile(file)));
      out.items.push(...normalizeFeed(raw, { sourceId: 'corpus', feedUrl: 'https://example.org/feed' }).candidates);
    } catch {
      out.unreadable++;
    }
  }
  return out;
}

/** Corpus items the classifier calls relevant (all treated as negatives). */
export function corpusFalsePositives(items: Candidate[], tables: ClassifierTables): string[] {
  return items.filter((c) => classify(c, tables).relevant).map((c) => `${c.title}  [${classify(c, tables).matched.join(', ')}]`);
}
