/**
 * `npm run bench -- same-story`: how often the cluster stage would tie distinct stories together.
 * Leave-one-out over the knowledge base: every source headline of every event is offered, as a
 * fresh report with that event's providers, regions, type and date, to an index of all the other
 * events. Curated events are distinct stories, so each join is a false merge and each
 * `likely_same_as` a hint a curator has to dismiss. `--verbose` lists them.
 */
import { contentDir } from '../src/model/content-dir.ts';
import { loadContent } from '../src/model/store.ts';
import { buildIndex, decide } from '../scripts/ingest/cluster/cluster.ts';
import type { ClassifiedCandidate } from '../scripts/ingest/types.ts';

const verbose = process.argv.includes('--verbose');
const events = (await loadContent(contentDir(process.env.BENCH_CONTENT_DIR))).events.map((e) => ({
  id: e.id,
  data: e.data,
}));
let probes = 0;
let joins = 0;
let hints = 0;
const started = performance.now();
for (const e of events) {
  const index = buildIndex(events.filter((x) => x !== e));
  for (const s of e.data.sources) {
    probes++;
    const { date, type, providers, regions } = e.data;
    const triage = { outcome: 'candidate' as const, score: 1 };
    const report: ClassifiedCandidate = {
      ...triage,
      title: s.title ?? e.data.title,
      summary: '',
      url: `https://probe.invalid/${e.id}/${probes}`,
      published: date,
      publisher: 'probe',
      sourceId: 'probe',
      relevant: true,
      matched: [],
      type,
      providers,
      regions,
      models: [],
    };
    const d = decide(report, index);
    const other = d.kind === 'join' ? d.event.id : d.kind === 'new' ? d.likely?.id : undefined;
    if (!other) continue;
    if (d.kind === 'join') joins++;
    else hints++;
    if (verbose) console.log(`  ${d.kind === 'join' ? 'join  ' : 'likely'} ${e.id} → ${other}: ${report.title}`);
  }
}
const ms = performance.now() - started;
console.log(
  `${events.length} events, ${probes} headlines: ${joins} joined another event (false merges), ${hints} marked likely_same_as · ${ms.toFixed(0)} ms`,
);
