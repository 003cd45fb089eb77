/**
 * `npm run bench -- watch`: how fast the page watcher turns a country-list page into a verdict.
 * Pages of every ISO country by display name (HTML with a selector, markdown with a pattern)
 * go through extract → map → judge; reports the median time per page and the mapping coverage
 * (every name must map: a miss means the name table needs a row).
 */
import { isoCodes, regionName } from '../src/model/regions/regions.ts';
import { judge } from '../scripts/watch/diff.ts';
import { extractList } from '../scripts/watch/watch.ts';
import type { SourceConfig } from '../src/model/schema/index.ts';

const ROUNDS = 30;
const names = isoCodes().map((c) => regionName(c));
const html = `<!doctype html><html><body><nav><ul><li>Docs</li></ul></nav><main><ul>${names.map((n) => `<li>${n}</li>`).join('\n')}</ul></main></body></html>`;
const markdown = `# Supported\n\n${names.map((n) => `- ${n}`).join('\n')}\n`;
const source = (extract: SourceConfig['extract']) =>
  ({
    id: 'bench',
    kind: 'page',
    url: 'https://bench.invalid/',
    provider: 'bench',
    extract,
    enabled: true,
    tags: [],
  }) as SourceConfig;

function measure(label: string, text: string, s: SourceConfig): void {
  const times: number[] = [];
  let x = extractList(text, s);
  for (let i = 0; i < ROUNDS; i++) {
    const t0 = performance.now();
    x = extractList(text, s);
    judge(undefined, x, 120);
    times.push(performance.now() - t0);
  }
  times.sort((a, b) => a - b);
  const median = times[Math.floor(times.length / 2)]!;
  console.log(
    `${label.padEnd(10)} ${String(x.names.length).padStart(4)} items  ${String(x.codes.length).padStart(4)} codes  ${x.unknown.length} unknown  median ${median.toFixed(2)} ms/page`,
  );
  if (x.unknown.length) console.log(`  unknown: ${x.unknown.join(', ')}`);
}

measure('html', html, source({ selector: 'main li' }));
measure('markdown', markdown, source({ pattern: '^\\s*[-*]\\s+(.+?)\\s*$' }));
