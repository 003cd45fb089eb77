/**
 * `npm run bench search` or `npx tsx bench/search.ts [--sizes 1000,10000]`: builds the site
 * from N synthetic events (bench/synthetic.ts) in a temporary folder, serves it on 127.0.0.1,
 * and in headless Chromium measures the search box: per-query time from input to rendered
 * results (median, p95), and the bytes the search downloads (raw and gzip). Budget at 10,000
 * events: p95 < 16 ms and < 500 KB gzip.
 */
import { mkdir, mkdtemp, readdir, rm } from 'node:fs/promises';
import { loadavg, tmpdir } from 'node:os';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { gzipSync } from 'node:zlib';
import { buildSite } from '../tests/helpers/build-site.ts';
import { serveStatic } from '../tests/helpers/static-server.ts';
import { launchBrowser, localContext } from '../tests/helpers/browser.ts';
import { writeSyntheticContent } from './synthetic.ts';
import { BENCH_QUERIES } from './search-queries.ts';
import { keystrokes, percentile, recordResponses, timeQueries } from './search-measure.ts';

const BUDGET = { events: 10_000, p95Ms: 16, gzipBytes: 500 * 1024 };

interface Row {
  events: number;
  buildS: number;
  msPerEventPage: number;
  readyMs: number;
  median: number;
  p95: number;
  typingP95: number;
  searchRaw: number;
  searchGzip: number;
  homeRaw: number;
  homeGzip: number;
}

const sum = (bufs: Buffer[], gz: boolean) => bufs.reduce((n, b) => n + (gz ? gzipSync(b).length : b.length), 0);

async function countEventPages(outDir: string): Promise<number> {
  return (await readdir(join(outDir, 'events'), { withFileTypes: true })).filter((d) => d.isDirectory()).length;
}

async function measureBrowser(url: string): Promise<Omit<Row, 'events' | 'buildS' | 'msPerEventPage'>> {
  const browser = await launchBrowser();
  try {
    const { context, blocked } = await localContext(browser);
    const page = await context.newPage();
    const responses = recordResponses(page);
    await page.goto(`${url}/`, { waitUntil: 'networkidle' });
    const homePaths = [...responses.paths];
    const readyMs = await page.evaluate(async () => {
      const form = document.querySelector<HTMLFormElement>('form[data-site-search]')!;
      const t0 = performance.now();
      const ready = new Promise((r) => form.addEventListener('search-rendered', r, { once: true }));
      form.querySelector('input')!.focus();
      await ready;
      return performance.now() - t0;
    });
    // The search's share: its boot script on every page, then all that the first use fetched.
    const searchPaths = [...homePaths.filter((p) => /SearchBox/.test(p)), ...responses.paths.slice(homePaths.length)];
    if (!searchPaths.some((p) => p.endsWith('/search/index.json')))
      throw new Error(`the search index was not fetched: ${searchPaths.join(', ')}`);
    const [home, search] = [await responses.bodies(homePaths), await responses.bodies(searchPaths)];
    const times = await timeQueries(page, [...BENCH_QUERIES, ...BENCH_QUERIES, ...BENCH_QUERIES]);
    const typing = await timeQueries(page, keystrokes(BENCH_QUERIES));
    if (blocked.length) throw new Error(`the page requested other hosts: ${blocked.join(', ')}`);
    return {
      readyMs,
      median: percentile(times, 50),
      p95: percentile(times, 95),
      typingP95: percentile(typing, 95),
      searchRaw: sum(search, false),
      searchGzip: sum(search, true),
      homeRaw: sum(home, false),
      homeGzip: sum(home, true),
    };
  } finally {
    await browser.close();
  }
}

/**
 * The content goes to the system temp folder. The build goes to a fresh folder under `.bench/`
 * (git-ignored): with an outDir outside the project, Astro puts its intermediate server build in
 * the project's shared `.astro/`, where two concurrent builds delete each other's files.
 */
async function benchSize(events: number): Promise<Row> {
  const root = await mkdtemp(join(tmpdir(), `aaw-search-bench-${events}-`));
  await mkdir('.bench', { recursive: true });
  const build = await mkdtemp(join('.bench', `search-${events}-`));
  try {
    await writeSyntheticContent(join(root, 'content'), events);
    const outDir = join(build, 'dist');
    const buildMs = await buildSite({ outDir, contentDir: join(root, 'content'), cacheDir: join(build, 'cache') });
    const server = await serveStatic(outDir);
    try {
      const measured = await measureBrowser(server.url);
      return { events, buildS: buildMs / 1000, msPerEventPage: buildMs / (await countEventPages(outDir)), ...measured };
    } finally {
      await server.close();
    }
  } finally {
    await rm(root, { recursive: true, force: true });
    await rm(build, { recursive: true, force: true });
  }
}

const kb = (n: number) => `${(n / 1024).toFixed(0)} KB`;

function printTable(rows: Row[]): void {
  console.table(
    rows.map((r) => ({
      events: r.events,
      'build s': r.buildS.toFixed(1),
      'ms/event page': r.msPerEventPage.toFixed(1),
      'index ready ms': r.readyMs.toFixed(0),
      'query median ms': r.median.toFixed(2),
      'query p95 ms': r.p95.toFixed(2),
      'keystroke p95 ms': r.typingP95.toFixed(2),
      'search raw': kb(r.searchRaw),
      'search gzip': kb(r.searchGzip),
      'home raw': kb(r.homeRaw),
      'home gzip': kb(r.homeGzip),
    })),
  );
}

const { values } = parseArgs({ options: { sizes: { type: 'string', default: '1000,10000' } } });
const sizes = values.sizes!.split(',').map(Number);
if (sizes.some((n) => !Number.isInteger(n) || n < 1))
  throw new Error(`--sizes: expected positive integers separated by commas, got "${values.sizes}"`);
console.log(
  `search bench: ${BENCH_QUERIES.length} queries × 3 rounds, then ${keystrokes(BENCH_QUERIES).length} keystrokes, at ${sizes.join(', ')} events (load average ${loadavg()[0].toFixed(1)})`,
);
const rows: Row[] = [];
for (const n of sizes) rows.push(await benchSize(n));
printTable(rows);
const big = rows.find((r) => r.events === BUDGET.events);
if (big) {
  const ok = big.p95 < BUDGET.p95Ms && big.typingP95 < BUDGET.p95Ms && big.searchGzip < BUDGET.gzipBytes;
  console.log(
    `budget at ${BUDGET.events} events (query and keystroke p95 < ${BUDGET.p95Ms} ms, search < ${kb(BUDGET.gzipBytes)} gzip): ${ok ? 'MET' : 'NOT MET'}`,
  );
  process.exitCode = ok ? 0 : 1;
}
