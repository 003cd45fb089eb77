/**
 * `npm run bench [-- NAME…]`: runs each benchmark suite in its own process, one after another
 * (so one suite's memory and JIT state never skew another's). Suites: bench/<name>.ts.
 */
import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';

const SUITES = [
  'search',
  'search-quality',
  'search-size',
  'classifier',
  'ingest',
  'watch',
  'same-story',
  'curator',
  'site',
];
const wanted = process.argv.slice(2).filter((a) => !a.startsWith('-'));
const names = wanted.length ? wanted : SUITES.filter((n) => existsSync(`bench/${n}.ts`));
let failed = 0;
for (const name of names) {
  if (!existsSync(`bench/${name}.ts`)) {
    console.error(`bench: no suite bench/${name}.ts (known: ${SUITES.join(', ')})`);
    failed++;
    continue;
  }
  console.log(`\n=== bench: ${name} ===`);
  const r = spawnSync(process.execPath, ['--import', 'tsx', `bench/${name}.ts`], {
    stdio: 'inherit',
    env: { ...process.env, ASTRO_TELEMETRY_DISABLED: '1' },
  });
  if (r.status !== 0) failed++;
}
process.exit(failed ? 1 : 0);
