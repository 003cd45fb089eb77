/**
 * `npm run train`: fits the ingest classifier's model on every labelled row that exists
 * (scripts/ingest/classify/training-data.ts) and writes src/data/classifier-model.json. Same rows, same
 * rules, same providers → byte-identical file. Flags: `--labelled DIR` (default
 * src/data/labelled), `--content DIR` (whose providers the features name), `--out FILE`.
 */
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { writeFileAtomic } from '../src/model/atomic-write.ts';
import { contentDir } from '../src/model/content-dir.ts';
import { loadRuleTables } from './ingest/classify/tables.ts';
import { exampleOf } from './ingest/classify/examples.ts';
import { MODEL_FILE, serializeModel } from './ingest/classify/model-file.ts';
import { trainModel } from './ingest/classify/train-model.ts';
import { loadTrainingRows } from './ingest/classify/training-data.ts';

const { values } = parseArgs({
  options: { labelled: { type: 'string' }, content: { type: 'string' }, out: { type: 'string' } },
});
const out = values.out ?? fileURLToPath(MODEL_FILE);

// read: the rule tables (with this content's providers) and every labelled row
const tables = await loadRuleTables(contentDir(values.content));
const rows = await loadTrainingRows({ labelledDir: values.labelled });
// fit: relevance and type, thresholds from out-of-fold probabilities
const model = trainModel(rows.map((r) => exampleOf(r, tables)));
// write: atomically, and only when it changed
const text = serializeModel(model);
const changed = await writeFileAtomic(out, text);
const counts = new Map<string, number>();
for (const r of rows) counts.set(r.split, (counts.get(r.split) ?? 0) + 1);
const bySplit = [...counts].map(([split, n]) => `${split} ${n}`);
console.log(`trained on ${rows.length} rows (${bySplit.join(', ')}; ${model.rows.relevant} relevant)`);
console.log(
  `thresholds: candidate ${model.thresholds.candidate}, possible ${model.thresholds.possible}; ${Object.keys(model.relevance.weights).length} relevance weights, ${Object.keys(model.type.weights).length} type weights; ${(text.length / 1024).toFixed(0)} KB`,
);
console.log(`${changed ? 'wrote' : 'unchanged:'} ${out}`);
