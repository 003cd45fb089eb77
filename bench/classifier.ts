/**
 * `npm run bench -- classifier`: relevance precision and recall, type and provider accuracy of
 * the ingest classifier on the labelled headlines (tuning part, held-out part, all), plus the
 * shared corpus feed items as extra negatives. `--verbose` lists every mistake.
 * Targets: precision ≥ 0.9, recall ≥ 0.85, provider accuracy ≥ 0.95 (on all rows).
 */
import { contentDir } from '../src/lib/content-dir.ts';
import { loadClassifierTables } from '../scripts/ingest/classifier-tables.ts';
import { TARGETS, corpusFalsePositives, isHeldOut, loadCorpusItems, loadLabelled, score } from './classifier-eval.ts';
import type { Scores } from './classifier-eval.ts';

const verbose = process.argv.includes('--verbose');
const tables = await loadClassifierTables(contentDir(process.env.BENCH_CONTENT_DIR));
const rows = await loadLabelled();
const parts: Record<string, Scores> = {
  tuning: score(rows.filter((_, i) => !isHeldOut(i)), tables),
  'held-out': score(rows.filter((_, i) => isHeldOut(i)), tables),
  all: score(rows, tables),
};

const pct = (x: number) => `${(x * 100).toFixed(1)}%`.padStart(7);
console.log(`${'part'.padEnd(10)} rows  precision  recall  type acc  provider acc  regions  effective`);
for (const [name, s] of Object.entries(parts)) {
  console.log(`${name.padEnd(10)} ${String(s.rows).padStart(4)}  ${pct(s.precision)}    ${pct(s.recall)} ${pct(s.typeAccuracy)}   ${pct(s.providerAccuracy)}      ${pct(s.regionRecall)} ${pct(s.effectiveAccuracy)}`);
}

const all = parts.all!;
const corpus = await loadCorpusItems();
let precisionWithCorpus = all.precision;
if (corpus) {
  const fps = corpusFalsePositives(corpus.items, tables);
  precisionWithCorpus = all.tp / (all.tp + all.fp + fps.length);
  console.log(`\ncorpus: ${corpus.items.length} items from ${corpus.files - corpus.unreadable}/${corpus.files} readable files, ${fps.length} judged relevant`);
  console.log(`precision with corpus negatives: ${pct(precisionWithCorpus)}`);
  if (verbose) fps.forEach((t) => console.log(`  corpus FP  ${t}`));
} else {
  console.log('\ncorpus: ../shared/corpus/feeds not found, skipped');
}

if (verbose) all.mistakes.forEach((m) => console.log(`  ${m}`));
const misses = [
  precisionWithCorpus < TARGETS.precision && `precision ${pct(precisionWithCorpus)} < ${TARGETS.precision}`,
  all.recall < TARGETS.recall && `recall ${pct(all.recall)} < ${TARGETS.recall}`,
  all.providerAccuracy < TARGETS.providerAccuracy && `provider accuracy ${pct(all.providerAccuracy)} < ${TARGETS.providerAccuracy}`,
].filter(Boolean);
console.log(misses.length ? `\ntargets MISSED: ${misses.join('; ')}` : '\ntargets met (precision ≥ 0.9, recall ≥ 0.85, provider accuracy ≥ 0.95)');
process.exitCode = misses.length ? 1 : 0;
