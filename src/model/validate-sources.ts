/**
 * The source policy applied to loaded content (see `src/data/source-quality.yaml`):
 * a refused site is a problem wherever it is cited (rejected events excepted: they keep their
 * history); a published event needs at least one primary or established source; a site the
 * table does not list is a warning, so a curator vets it by adding a row.
 */
import { relative } from 'node:path';
import type { ContentProblem, LoadedContent } from './store.ts';
import type { ProviderData, Source } from './schema/index.ts';
import { classOfSource, hostOf, isVetted, lookupSource } from './source-quality.ts';
import type { SourceQualityTable } from './source-quality.ts';

export interface SourcePolicyResult {
  problems: ContentProblem[];
  warnings: ContentProblem[];
}

type Cited = [field: string, source: Source];

/** Every source a provider file cites, with its field path. */
export function providerSources(p: ProviderData): Cited[] {
  return [
    ...p.sources.map((s, i): Cited => [`sources.${i}`, s]),
    ...(p.openai_compatible.source ? [['openai_compatible.source', p.openai_compatible.source] as Cited] : []),
    ...p.incentives.map((x, i): Cited => [`incentives.${i}.source`, x.source]),
    ...p.benchmark_claims.map((x, i): Cited => [`benchmark_claims.${i}.source`, x.source]),
    ...p.availability.map((x, i): Cited => [`availability.${i}.source`, x.source]),
  ];
}

/** Problems and warnings for every cited URL in `content`. */
export function checkSourcePolicy(root: string, content: LoadedContent, table: SourceQualityTable): SourcePolicyResult {
  const result: SourcePolicyResult = { problems: [], warnings: [] };
  const unknownSeen = new Set<string>();
  const visit = (file: string, cited: Cited[], strict: boolean) => {
    const rel = relative(root, file);
    for (const [field, s] of cited) {
      const row = lookupSource(table, s.url);
      const host = hostOf(s.url);
      if (row?.class === 'refused') {
        const entry = {
          file: rel,
          field: `${field}.url`,
          message: `${host} is a refused source (${row.name}${row.note ? `: ${row.note}` : ''}); cite the original report`,
        };
        (strict ? result.problems : result.warnings).push(entry);
      } else if (!row && !unknownSeen.has(`${rel} ${host}`)) {
        unknownSeen.add(`${rel} ${host}`);
        result.warnings.push({
          file: rel,
          field: `${field}.url`,
          message: `${host} is not in src/data/source-quality.yaml; vet it and add a row`,
        });
      }
    }
  };
  for (const e of content.events) {
    if (e.data.status === 'rejected') continue;
    const cited = e.data.sources.map((s, i): Cited => [`sources.${i}`, s]);
    visit(e.file, cited, e.data.status === 'published');
    if (e.data.status === 'published' && !e.data.sources.some((s) => isVetted(classOfSource(table, s.url)))) {
      result.problems.push({
        file: relative(root, e.file),
        field: 'sources',
        message:
          'a published event needs at least one primary or established source (see src/data/source-quality.yaml)',
      });
    }
  }
  for (const p of content.providers) visit(p.file, providerSources(p.data), true);
  return result;
}

/**
 * Why an event with these sources may not be published, or [] when it may: the same rule
 * `checkSourcePolicy` applies to published events, so review refuses what the build would refuse.
 */
export function publishProblems(sources: Source[], table: SourceQualityTable): string[] {
  const problems = sources
    .filter((s) => lookupSource(table, s.url)?.class === 'refused')
    .map((s) => `${hostOf(s.url)} is a refused source; cite the original report instead`);
  if (!sources.some((s) => isVetted(classOfSource(table, s.url)))) {
    const hosts = [...new Set(sources.map((s) => hostOf(s.url)))].join(', ');
    problems.push(
      `no primary or established source (${hosts}): merge it into an event that has one, or vet the site in src/data/source-quality.yaml`,
    );
  }
  return problems;
}
