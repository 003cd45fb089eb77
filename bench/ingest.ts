/**
 * `npm run bench -- ingest`: 200 feeds × 50 items served by 20 local fault servers, ingested by
 * the real command (a child process) into a scratch copy of the providers. Run 1 reads them all;
 * run 2 gets 304 Not Modified from every feed. Reports wall time, the child's peak RSS (the CLI
 * bench/ingest-child.ts prints process.resourceUsage().maxRSS) and how many event files each run wrote.
 * Targets: run 1 < 10 s, run 2 < 2 s with no event file written, peak RSS < 300 MB.
 */
import { spawn } from 'node:child_process';
import { cp, mkdir, mkdtemp, readdir, rm, stat, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { startFaultServer } from '../tests/helpers/fault-server.ts';

const FEEDS = 200;
const ITEMS = 50;
/** The feeds are spread over this many local servers (distinct host:port), as real feeds sit on many
 * hosts; the ingester sends at most one request at a time to each host. */
const HOSTS = 20;
const ROOT = new URL('..', import.meta.url).pathname;
const PROVIDERS = ['OpenAI', 'Baidu', 'Alibaba Cloud', 'Zhipu AI', 'DeepSeek', 'Moonshot AI', 'MiniMax', 'Anthropic'];
const PLACES = ['China', 'Hong Kong', 'Russia', 'Iran', 'Italy', 'South Korea', 'Taiwan', 'Australia'];

/** Item i of feed f: one in five is an access story (several feeds share each story), the rest off-topic. */
function itemXml(f: number, i: number): string {
  const story = (f * 7 + i) % 40;
  const relevant = i % 5 === 0;
  const title = relevant
    ? `${PROVIDERS[story % 8]} blocks API access in ${PLACES[(story >> 3) % 8]} for developers (${story})`
    : `Quarterly results of company ${f}-${i} beat expectations`;
  const day = String(1 + (story % 27)).padStart(2, '0');
  return `<item><title>${title}</title><link>https://feed${f}.example/${i}</link><description>${relevant ? 'The provider said API traffic from unsupported regions will be blocked.' : 'Revenue rose on strong demand.'}</description><pubDate>${day} Jun 2024 10:00:00 GMT</pubDate></item>`;
}

async function writeFeeds(dir: string): Promise<void> {
  await mkdir(dir, { recursive: true });
  for (let f = 0; f < FEEDS; f++) {
    const items = Array.from({ length: ITEMS }, (_, i) => itemXml(f, i)).join('\n');
    await writeFile(
      join(dir, `feed-${f}.xml`),
      `<?xml version="1.0" encoding="utf-8"?><rss version="2.0"><channel><title>Bench feed ${f}</title><link>https://feed${f}.example/</link><description>bench</description>\n${items}\n</channel></rss>`,
    );
  }
}

async function mtimes(dir: string): Promise<Map<string, number>> {
  const out = new Map<string, number>();
  const walk = async (d: string): Promise<void> => {
    const items = await readdir(d, { withFileTypes: true }).catch((e: NodeJS.ErrnoException) => {
      if (e.code === 'ENOENT') return [];
      throw e;
    });
    for (const it of items) {
      const p = join(d, it.name);
      if (it.isDirectory()) await walk(p);
      else out.set(p, (await stat(p)).mtimeMs);
    }
  };
  await walk(dir);
  return out;
}

interface RunResult {
  ms: number;
  cpuMs: number;
  rssMb: number;
  code: number | null;
  summary: string;
}

function runIngest(content: string): Promise<RunResult> {
  const started = performance.now();
  const child = spawn(
    process.execPath,
    [
      ...(process.env.BENCH_PROF ? ['--cpu-prof', '--cpu-prof-dir', process.env.BENCH_PROF] : []),
      '--import',
      'tsx',
      'bench/ingest-child.ts',
      '--content',
      content,
    ],
    { cwd: ROOT, env: process.env },
  );
  let out = '';
  let err = '';
  child.stdout.on('data', (d) => (out += d));
  child.stderr.on('data', (d) => (err += d));
  return new Promise((resolve) =>
    child.on('close', (code) => {
      const rss = Number(/maxrss_kb=(\d+)/.exec(err)?.[1] ?? 0);
      const cpuMs = Number(/cpu_ms=(\d+)/.exec(err)?.[1] ?? 0);
      resolve({
        ms: performance.now() - started,
        cpuMs,
        rssMb: rss / 1024,
        code,
        summary: out.trim().split('\n').at(-1) ?? err,
      });
    }),
  );
}

await mkdir(join(ROOT, '.bench'), { recursive: true });
const work = await mkdtemp(join(ROOT, '.bench', 'ingest-'));
const content = join(work, 'content');
await cp(join(ROOT, 'content', 'providers'), join(content, 'providers'), { recursive: true });
await writeFeeds(join(work, 'feeds'));
const servers = await Promise.all(
  Array.from({ length: HOSTS }, () => startFaultServer({ fixturesDir: join(work, 'feeds') })),
);
const sources = Array.from(
  { length: FEEDS },
  (_, f) =>
    `  - id: feed-${f}\n    kind: feed\n    url: "${servers[f % HOSTS]!.url}/fixtures/feed-${f}.xml?etag=%22v${f}%22"\n`,
);
await writeFile(
  join(content, 'sources.yaml'),
  `defaults:\n  allow_private_addresses: true\nsources:\n${sources.join('')}`,
);

const rows: string[] = [];
let ok = true;
for (const [name, limitMs] of [
  ['first run', 10_000],
  ['second run (304)', 2_000],
] as const) {
  const before = await mtimes(join(content, 'events'));
  const r = await runIngest(content);
  const after = await mtimes(join(content, 'events'));
  const written = [...after].filter(([p, m]) => before.get(p) !== m).length;
  const pass = r.code === 0 && r.ms < limitMs && r.rssMb < 300 && (name === 'first run' || written === 0);
  ok &&= pass;
  rows.push(
    `${name.padEnd(17)} ${(r.ms / 1000).toFixed(2).padStart(7)} s ${(r.cpuMs / 1000).toFixed(2).padStart(7)} s ${r.rssMb.toFixed(0).padStart(6)} MB ${String(written).padStart(8)}   ${pass ? 'ok' : 'MISSED'}   ${r.summary}`,
  );
}
await Promise.all(servers.map((s) => s.close()));
await rm(work, { recursive: true, force: true });

console.log(
  `${FEEDS} feeds × ${ITEMS} items on ${HOSTS} local hosts (targets: first < 10 s, second < 2 s with 0 files, peak RSS < 300 MB); load average ${(await import('node:os')).loadavg()[0]!.toFixed(1)} on ${(await import('node:os')).cpus().length} CPUs`,
);
console.log(
  `${'run'.padEnd(17)} ${'wall'.padStart(9)} ${'CPU'.padStart(9)} ${'peak RSS'.padStart(9)} ${'written'.padStart(8)}   target`,
);
for (const r of rows) console.log(r);
process.exitCode = ok ? 0 : 1;
