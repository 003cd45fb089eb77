/**
 * `npm run bench search-size` or `npx tsx bench/search-size.ts [--sizes 1000,10000] [--src DIR]`:
 * the search index without a site build: its bytes (raw and gzip) at N synthetic events, as the
 * synthetic content has them and with Chinese titles and summaries added (every published event
 * has them): each event gets one of the real content's Chinese titles with its two-character pieces
 * shuffled (so titles differ as real ones do, and gzip cannot just point back to an earlier copy)
 * and that event's Chinese summary; then the time to build the engine and to run the bench
 * queries in Node. The Chinese titles are a file of their own (index-zh.json, "zh titles"),
 * fetched by Chinese pages and for Chinese queries only. `--src` points at another copy of src/search (e.g. an older
 * version exported with `git archive`) to compare. Node timings are a guide only; the browser
 * bench (bench/search.ts) is the reference.
 */
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { gzipSync } from 'node:zlib';
import { loadContent } from '../src/model/store.ts';
import { regionName } from '../src/model/regions/regions.ts';
import { BENCH_QUERIES } from './search-queries.ts';
import { percentile } from './search-measure.ts';
import { prng, writeSyntheticContent } from './synthetic.ts';

/** `text` cut into two-character pieces, shuffled by a seeded PRNG. */
function shuffledPieces(text: string, seed: number): string {
  const rand = prng(seed);
  const pieces = [...text].reduce<string[]>((out, c, i) => {
    if (i % 2 === 0) out.push(c);
    else out[out.length - 1] += c;
    return out;
  }, []);
  for (let i = pieces.length - 1; i > 0; i--) {
    const j = Math.floor(rand() * (i + 1));
    [pieces[i], pieces[j]] = [pieces[j], pieces[i]];
  }
  return pieces.join('');
}

const { values } = parseArgs({
  options: { sizes: { type: 'string', default: '1000,10000' }, src: { type: 'string', default: 'src/search' } },
});
const src = resolve(values.src!);
const { buildSearchIndex, buildSearchIndexZh } = await import(`${src}/build-index.ts`);
const { createEngine, addChineseTitles } = await import(`${src}/engine.ts`);
const { search } = await import(`${src}/query.ts`);

const real = await loadContent('content').catch(() => undefined);
const zhPool = (real?.events ?? []).filter((e) => e.data.title_zh && e.data.summary_zh).map((e) => e.data);

const kb = (n: number) => `${(n / 1024).toFixed(1)} KB`;
const rows: Record<string, unknown>[] = [];
for (const n of values.sizes!.split(',').map(Number)) {
  const root = await mkdtemp(join(tmpdir(), `aaw-search-size-${n}-`));
  try {
    await writeSyntheticContent(root, n);
    const { events, providers } = await loadContent(root);
    events.sort((a, b) => b.data.date.localeCompare(a.data.date) || a.id.localeCompare(b.id));
    providers.sort((a, b) => a.data.name.localeCompare(b.data.name, 'en'));
    const withZh = events.map((e, i) => {
      const zh = zhPool[i % Math.max(1, zhPool.length)];
      return zh && !e.data.title_zh
        ? { ...e, data: { ...e.data, title_zh: shuffledPieces(zh.title_zh ?? '', i), summary_zh: zh.summary_zh } }
        : e;
    });
    for (const [label, list] of [
      ['synthetic', events],
      ['with Chinese titles', withZh],
    ] as const) {
      const file = buildSearchIndex({ events: list, providers, regionName });
      const json = JSON.stringify(file);
      // Older search code has no separate Chinese file.
      const zhJson = buildSearchIndexZh ? JSON.stringify(buildSearchIndexZh({ events: list, providers })) : '';
      const t0 = performance.now();
      const engine = createEngine(file);
      if (addChineseTitles) addChineseTitles(engine, JSON.parse(zhJson));
      const engineMs = performance.now() - t0;
      const times = BENCH_QUERIES.map((q) => {
        const s = performance.now();
        search(engine, q, 8);
        return performance.now() - s;
      });
      rows.push({
        events: n,
        content: label,
        'index raw': kb(Buffer.byteLength(json)),
        'index gzip': kb(gzipSync(json).length),
        'zh titles gzip': zhJson ? kb(gzipSync(zhJson).length) : 'n/a',
        'engine ms': engineMs.toFixed(0),
        'query median ms': percentile(times, 50).toFixed(2),
        'query p95 ms': percentile(times, 95).toFixed(2),
      });
    }
  } finally {
    await rm(root, { recursive: true, force: true });
  }
}
console.log(`search index size, search code ${values.src}`);
console.table(rows);
