/**
 * The one way content is read, by `npm run check` and by the site's loader alike: every file
 * read as strict UTF-8 and parsed as YAML 1.2 (content-file.ts, frontmatter.ts), validated
 * against the shared schema, then across files (validate.ts) and against the source policy
 * (validate-sources.ts), plus `sources.yaml` (its schema,
 * then page providers and selectors: sources-check.ts). A file is
 * valid for both or for neither, whatever its status: a rejected candidate is validated like
 * any other file, because the site loads it too (its problems are reported the same way).
 */
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { loadContent, loadSourcesFile } from './store.ts';
import type { LoadedContent } from './store.ts';
import { crossCheck, formatProblems } from './validate.ts';
import { checkSources } from './sources-check.ts';
import { checkSourcePolicy } from './validate-sources.ts';
import { loadSourceQuality } from './source-quality.ts';
import type { ContentProblem } from './store.ts';

export interface ContentReport extends LoadedContent {
  /** `sources.yaml` problems, each a block of `file: entry.field: message` lines. */
  sourcesErrors: string[];
  /** What the source policy only warns about (an unlisted site, a refused site on a candidate). */
  warnings: ContentProblem[];
}

/** Reads, parses and validates the content tree at `root`; problems are returned, never thrown. */
export async function readContent(root: string): Promise<ContentReport> {
  const content = await loadContent(root);
  // the source policy (src/data/source-quality.yaml): a refused site fails, an unlisted one warns
  const policy = checkSourcePolicy(root, content, loadSourceQuality());
  const problems = [...content.problems, ...crossCheck(root, content), ...policy.problems];
  const sourcesErrors: string[] = [];
  const sourcesPath = join(root, 'sources.yaml');
  if (existsSync(sourcesPath)) {
    const providerIds = new Set(content.providers.map((p) => p.id));
    await loadSourcesFile(sourcesPath).then(
      (config) => problems.push(...checkSources(root, sourcesPath, config.sources, providerIds)),
      (err: Error) => sourcesErrors.push(err.message),
    );
  }
  return { ...content, problems, sourcesErrors, warnings: policy.warnings };
}

/** How many problems a report holds (a broken `sources.yaml` counts once). */
export const problemCount = (r: ContentReport): number => r.problems.length + r.sourcesErrors.length;

/** Every problem as `file: field: message` lines, content first, then `sources.yaml`. */
export function formatReport(r: ContentReport): string {
  return [r.problems.length ? formatProblems(r.problems) : '', ...r.sourcesErrors].filter(Boolean).join('\n');
}
