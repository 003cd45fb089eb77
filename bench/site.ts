/**
 * `npm run bench -- site` or `npx tsx bench/site.ts [--sizes 2000,10000]`: builds the whole site
 * from N synthetic events (bench/synthetic.ts) in a temporary folder and reports what the scale
 * budget asks for: the home page's size (HTML alone, and with its CSS and JS, gzip), the build's
 * wall and CPU time, the mean render time of one event page (from Astro's own per-page timings,
 * wall clock, and the CPU the build spent while writing event pages, which a busy machine skews
 * less) and the build's peak memory (max RSS, from GNU time). Budget at 10,000 events: home < 60 KB
 * gzip, ≤ 7.5 ms per event page, peak RSS < 2 GB.
 */
import { BUILD_HEAP } from '../scripts/update/child-steps.ts';
import { spawn } from 'node:child_process';
import { cp, mkdtemp, readFile, rm } from 'node:fs/promises';
import { existsSync, readFileSync } from 'node:fs';
import { loadavg, tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { gzipSync } from 'node:zlib';
import { inProjectOutDir } from '../tests/helpers/build-site.ts';
import { writeSyntheticContent } from './synthetic.ts';

const BUDGET = { events: 10_000, homeGzip: 60 * 1024, msPerEventPage: 7.5, peakRssBytes: 2 * 1024 ** 3 };
const PROJECT = resolve(new URL('..', import.meta.url).pathname);

interface Row {
  events: number;
  pages: number;
  eventPages: number;
  wallS: number;
  cpuS: number;
  msPerEventPage: number;
  cpuMsPerEventPage: number;
  peakRssMb: number;
  homeHtmlGzip: number;
  homeAllGzip: number;
  /** `/data/timeline-index.json`, gzip: what the filters download on first use. */
  indexGzip: number;
}

interface BuildRun {
  log: string;
  wallS: number;
  cpuS: number;
  maxRssKb: number;
  /** CPU seconds the build process spent writing event pages (both languages), between output chunks of event pages only. */
  eventPhaseCpuS: number;
}

/** The build process's CPU time so far (user + system), from /proc; 0 when unreadable. */
function cpuSeconds(pid: number): number {
  try {
    const stat = readFileSync(`/proc/${pid}/stat`, 'utf8');
    const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
    return (Number(fields[11]) + Number(fields[12])) / 100; // utime + stime, in clock ticks (CLK_TCK 100)
  } catch {
    return 0;
  }
}

/** The node process GNU time started (its only child). */
function childPid(pid: number): number | undefined {
  try {
    return Number(readFileSync(`/proc/${pid}/task/${pid}/children`, 'utf8').trim().split(' ')[0]) || undefined;
  } catch {
    return undefined;
  }
}

/** `astro build` under GNU time (`%e %U %S %M`: wall, user, system, max RSS in KB). */
function timedBuild(contentDir: string, outDir: string): Promise<BuildRun> {
  const env = {
    ...process.env,
    ASTRO_TELEMETRY_DISABLED: '1',
    CONTENT_DIR: contentDir,
    OUT_DIR: outDir,
    CACHE_DIR: `${outDir}-cache`,
  };
  // The same heap cap as `npm run build` and the scheduled update.
  const args = [
    '-f',
    'TIME %e %U %S %M',
    process.execPath,
    BUILD_HEAP,
    join(PROJECT, 'node_modules/astro/astro.js'),
    'build',
  ];
  return new Promise((ok, fail) => {
    const child = spawn('/usr/bin/time', args, { env, cwd: PROJECT });
    let log = '';
    // The shared machine's load skews wall-clock page times; the CPU the build spends while it
    // writes event pages does not depend on it (much). Event pages come in two runs (/events/ and
    // /zh/events/) with other routes between them, so CPU is summed only across output chunks that
    // hold event pages and nothing else.
    let eventCpu = 0;
    let since: number | undefined;
    child.stdout.on('data', (d) => {
      log += d;
      const pages = [...String(d).matchAll(/(\/\S*index\.html) \(\+/g)].map((m) => m[1]);
      if (pages.length === 0) return;
      const pid = childPid(child.pid!);
      if (!pid) return;
      const now = cpuSeconds(pid);
      const events = pages.filter((p) => EVENT_PAGE.test(p)).length;
      if (events === pages.length && since !== undefined) eventCpu += now - since;
      since = EVENT_PAGE.test(pages[pages.length - 1]) ? now : undefined;
    });
    child.stderr.on('data', (d) => (log += d));
    child.on('close', (code) => {
      const m = log.match(/TIME ([\d.]+) ([\d.]+) ([\d.]+) (\d+)/);
      if (code !== 0 || !m) return fail(new Error(`astro build failed (${code}):\n${log.slice(-3000)}`));
      const eventPhaseCpuS = eventCpu;
      ok({ log, wallS: Number(m[1]), cpuS: Number(m[2]) + Number(m[3]), maxRssKb: Number(m[4]), eventPhaseCpuS });
    });
  });
}

/** An event page in either language. */
const EVENT_PAGE = /^(\/zh)?\/events\//;

/** Astro prints `/events/<id>/index.html (+12ms)` per generated page: the mean over event pages (both languages). */
export function pageTimes(log: string): { pages: number; eventPages: number; msPerEventPage: number } {
  const plain = log.replace(/\x1b\[[0-9;]*m/g, '');
  const lines = [...plain.matchAll(/(\/\S*index\.html) \(\+(\d+(?:\.\d+)?)(ms|s)\)/g)];
  const events = lines.filter((m) => EVENT_PAGE.test(m[1]));
  const ms = (m: RegExpMatchArray) => Number(m[2]) * (m[3] === 's' ? 1000 : 1);
  const total = events.reduce((n, m) => n + ms(m), 0);
  return { pages: lines.length, eventPages: events.length, msPerEventPage: events.length ? total / events.length : 0 };
}

/** The home page's HTML gzip size, and with every stylesheet and script it links (each gzipped). */
async function homeSize(outDir: string): Promise<{ html: number; all: number }> {
  const html = await readFile(join(outDir, 'index.html'));
  const assets = [...html.toString().matchAll(/(?:href|src)="(\/_astro\/[^"]+\.(?:css|js))"/g)].map((m) => m[1]);
  let all = gzipSync(html).length;
  for (const a of new Set(assets)) all += gzipSync(await readFile(join(outDir, a))).length;
  return { html: gzipSync(html).length, all };
}

async function measure(events: number): Promise<Row> {
  const root = await mkdtemp(join(tmpdir(), 'aiaw-site-bench-'));
  const target = join(root, 'dist');
  const outDir = inProjectOutDir(target);
  try {
    await writeSyntheticContent(join(root, 'content'), events);
    const run = await timedBuild(join(root, 'content'), outDir);
    const home = await homeSize(outDir);
    const indexGzip = gzipSync(await readFile(join(outDir, 'data/timeline-index.json'))).length;
    const times = pageTimes(run.log);
    if (process.env.BENCH_KEEP) await cp(outDir, target, { recursive: true });
    return {
      events,
      ...times,
      wallS: run.wallS,
      cpuS: run.cpuS,
      cpuMsPerEventPage: times.eventPages ? (run.eventPhaseCpuS * 1000) / times.eventPages : 0,
      peakRssMb: Math.round(run.maxRssKb / 1024),
      homeHtmlGzip: home.html,
      homeAllGzip: home.all,
      indexGzip,
    };
  } finally {
    await rm(outDir, { recursive: true, force: true });
    await rm(`${outDir}-cache`, { recursive: true, force: true });
    if (!process.env.BENCH_KEEP) await rm(root, { recursive: true, force: true });
    else console.log(`kept ${target}`);
  }
}

async function main(): Promise<void> {
  const { values } = parseArgs({ options: { sizes: { type: 'string', default: '2000,10000' } } });
  const sizes = values.sizes!.split(',').map(Number);
  if (!existsSync('/usr/bin/time')) throw new Error('bench site needs GNU time at /usr/bin/time');
  const kb = (n: number) => `${(n / 1024).toFixed(1)} KB`;
  const rows: Row[] = [];
  for (const n of sizes) {
    const load = loadavg()[0].toFixed(1);
    const row = await measure(n);
    rows.push(row);
    console.log(
      `${n} events: ${row.pages} pages (${row.eventPages} event pages) · build ${row.wallS.toFixed(1)} s wall, ` +
        `${row.cpuS.toFixed(1)} s CPU · ${row.msPerEventPage.toFixed(2)} ms per event page (wall; ` +
        `${row.cpuMsPerEventPage.toFixed(2)} ms CPU) · ` +
        `peak RSS ${row.peakRssMb} MB · home ${kb(row.homeHtmlGzip)} gzip HTML, ${kb(row.homeAllGzip)} with CSS+JS ` +
        `· filter index ${kb(row.indexGzip)} gzip ` +
        `(load average ${load})`,
    );
  }
  const at = rows.find((r) => r.events === BUDGET.events);
  if (!at) return;
  const checks = [
    [`home ≤ ${kb(BUDGET.homeGzip)} gzip`, at.homeAllGzip <= BUDGET.homeGzip],
    [`≤ ${BUDGET.msPerEventPage} ms per event page (wall)`, at.msPerEventPage <= BUDGET.msPerEventPage],
    [`≤ ${BUDGET.msPerEventPage} ms CPU per event page`, at.cpuMsPerEventPage <= BUDGET.msPerEventPage],
    ['peak RSS < 2 GB', at.peakRssMb * 1024 ** 2 < BUDGET.peakRssBytes],
  ] as const;
  for (const [name, ok] of checks) console.log(`${ok ? 'within' : 'OVER'} budget at ${BUDGET.events} events: ${name}`);
  if (checks.some(([, ok]) => !ok)) process.exitCode = 1;
}

await main();
