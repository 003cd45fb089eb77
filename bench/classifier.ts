/**
 * `npm run bench -- classifier`: how well the ingest classifier finds AI-access news, measured
 * on rows the judging model never saw:
 * - 5-fold cross-validation over every labelled row except the holdout files (each fold's model
 *   picks its thresholds from its own inner folds);
 * - the holdout rows (src/data/labelled/holdout-*.yaml), judged by a model trained on all the rest;
 * - the shared corpus feeds as extra negatives (model trained on all non-holdout rows).
 * Per language and per type; candidate precision and recall, candidate-or-possible recall, type
 * and provider accuracy. `BENCH_VERBOSE=1` lists the cross-validation mistakes (never the
 * holdout's). `BENCH_LABELLED_DIR` reads another labelled folder.
 */
import { contentDir } from '../src/model/content-dir.ts';
import { loadRuleTables } from '../scripts/ingest/classify/tables.ts';
import { loadTrainingRows } from '../scripts/ingest/classify/training-data.ts';
import { TARGETS, crossValidate, judge, mistakes, score } from './classifier-eval.ts';
import type { Judged, Scores } from './classifier-eval.ts';
import { loadCorpusItems } from './classifier-corpus.ts';
import { classify } from '../scripts/ingest/classify/classify.ts';
import { fromFile } from '../scripts/ingest/classify/model-file.ts';
import { trainModel } from '../scripts/ingest/classify/train-model.ts';
import { exampleOf } from '../scripts/ingest/classify/examples.ts';
import { EVENT_TYPES } from '../src/model/schema/index.ts';

const verbose = process.argv.includes('--verbose') || process.env.BENCH_VERBOSE === '1';
const tables = await loadRuleTables(contentDir(process.env.BENCH_CONTENT_DIR));
const rows = await loadTrainingRows({ labelledDir: process.env.BENCH_LABELLED_DIR });
const open = rows.filter((r) => r.split !== 'holdout');
const holdout = rows.filter((r) => r.split === 'holdout');

const pct = (x: number) => (Number.isNaN(x) ? '    -' : `${(x * 100).toFixed(1)}%`).padStart(7);
const header = `${'part'.padEnd(22)} rows  relev  precision  recall  cand|poss  type acc  prov acc  FP cand  FP poss`;
const line = (name: string, s: Scores) =>
  `${name.padEnd(22)} ${String(s.rows).padStart(4)}  ${String(s.relevant).padStart(5)}    ${pct(s.precision)} ${pct(s.recall)}    ${pct(s.keptRecall)}   ${pct(s.typeAccuracy)}   ${pct(s.providerAccuracy)}  ${String(s.falseCandidates).padStart(7)}  ${String(s.falsePossible).padStart(7)}`;

function breakdown(title: string, judged: Judged[]): Scores {
  console.log(`\n${title}\n${header}`);
  const all = score(judged);
  console.log(line('all', all));
  for (const lang of ['en', 'zh', 'zh-Hant']) {
    const part = judged.filter((j) => j.row.language === lang);
    if (part.length) console.log(line(`language ${lang}`, score(part)));
  }
  for (const t of EVENT_TYPES) {
    const part = judged.filter((j) => j.row.type === t);
    if (part.length) console.log(line(`type ${t}`, score(part)));
  }
  return all;
}

console.log(`labelled rows: ${rows.length} (${open.length} for cross-validation, ${holdout.length} holdout)`);
const cv = crossValidate(open, tables);
const all = breakdown('5-fold cross-validation (rows outside the holdout files)', cv);
if (holdout.length) breakdown('holdout rows (model trained on every other row)', judge(open, holdout, tables));
else console.log('\nholdout: no holdout-*.yaml rows yet, skipped');

const corpus = await loadCorpusItems();
if (corpus) {
  const model = fromFile(trainModel(open.map((r) => exampleOf(r, tables))));
  const outcomes = corpus.items.map((c) => ({ c, out: classify(c, { ...tables, model }) }));
  const cand = outcomes.filter((o) => o.out.outcome === 'candidate');
  const poss = outcomes.filter((o) => o.out.outcome === 'possible');
  console.log(
    `\ncorpus: ${corpus.items.length} items from ${corpus.files - corpus.unreadable}/${corpus.files} readable files, counted as off-topic (a few AI companies' own posts in it are real access news, e.g. a launch in a country): ${cand.length} candidates (${pct(cand.length / corpus.items.length)}), ${poss.length} possible (${pct(poss.length / corpus.items.length)})`,
  );
  if (verbose)
    for (const o of [...cand, ...poss])
      console.log(`  corpus ${o.out.outcome.padEnd(9)} ${o.out.score.toFixed(2)} ${o.c.title}`);
} else {
  console.log('\ncorpus: ../shared/corpus/feeds not found, skipped');
}

if (verbose) for (const m of mistakes(cv)) console.log(`  ${m}`);
const languages = ['en', 'zh', 'zh-Hant']
  .map((l) => [l, score(cv.filter((j) => j.row.language === l))] as const)
  .filter(([, s]) => s.relevant > 0);
const misses = [
  all.precision < TARGETS.precision && `precision ${pct(all.precision)} < ${TARGETS.precision}`,
  all.recall < TARGETS.recall && `recall ${pct(all.recall)} < ${TARGETS.recall}`,
  ...languages.map(
    ([l, s]) => s.recall < TARGETS.languageRecall && `${l} recall ${pct(s.recall)} < ${TARGETS.languageRecall}`,
  ),
  all.keptRecall < TARGETS.keptRecall && `candidate-or-possible recall ${pct(all.keptRecall)} < ${TARGETS.keptRecall}`,
  all.providerAccuracy < TARGETS.providerAccuracy &&
    `provider accuracy ${pct(all.providerAccuracy)} < ${TARGETS.providerAccuracy}`,
].filter(Boolean);
console.log(
  misses.length
    ? `\ntargets MISSED (cross-validation): ${misses.join('; ')}`
    : '\ntargets met by cross-validation (precision, recall ≥ 0.9; per language ≥ 0.85; kept ≥ 0.97; providers ≥ 0.95)',
);
process.exitCode = misses.length ? 1 : 0;
