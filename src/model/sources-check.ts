/**
 * Rules for sources.yaml beyond its schema, used by `npm run check`: a watched page names a
 * provider that has a file in providers/, and its CSS selector parses with the engine the page
 * watcher uses (cheerio), so a typo fails the check instead of every scheduled run.
 */
import * as cheerio from 'cheerio';
import { relative } from 'node:path';
import type { ContentProblem } from './store.ts';
import type { SourceConfig } from './schema/index.ts';

const EMPTY = cheerio.load('');

/** Why `selector` does not parse, or undefined when it does. */
export function selectorProblem(selector: string): string | undefined {
  try {
    EMPTY(selector);
    return undefined;
  } catch (err) {
    return `not a valid CSS selector: ${(err as Error).message}`;
  }
}

/** Problems of the sources in `sourcesPath` against the loaded providers, as `file: field: message`. */
export function checkSources(
  root: string,
  sourcesPath: string,
  sources: SourceConfig[],
  providerIds: Set<string>,
): ContentProblem[] {
  const file = relative(root, sourcesPath);
  const problems: ContentProblem[] = [];
  sources.forEach((s, i) => {
    const at = (field: string) => `sources[${i}] (${s.id}).${field}`;
    if (s.kind === 'page' && s.provider && !providerIds.has(s.provider)) {
      problems.push({
        file,
        field: at('provider'),
        message: `unknown provider "${s.provider}": no providers/${s.provider}.md`,
      });
    }
    const problem = s.extract && 'selector' in s.extract ? selectorProblem(s.extract.selector) : undefined;
    if (problem) problems.push({ file, field: at('extract.selector'), message: problem });
  });
  return problems;
}
