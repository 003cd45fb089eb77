/**
 * What the Chinese site lacks: published events without `title_zh` or `summary_zh`, providers
 * without `description_zh`. `npm run check` prints these as warnings (the pages fall back to
 * English with a note), never as errors: a new event may be published before it is translated.
 */
import { relative } from 'node:path';
import type { ContentProblem, LoadedContent } from './store.ts';

export function translationWarnings(
  root: string,
  content: Pick<LoadedContent, 'events' | 'providers'>,
): ContentProblem[] {
  const warnings: ContentProblem[] = [];
  const message = 'no Simplified Chinese text yet; the Chinese site shows the English';
  for (const e of content.events) {
    if (e.data.status !== 'published') continue;
    for (const field of ['title_zh', 'summary_zh'] as const)
      if (!e.data[field]) warnings.push({ file: relative(root, e.file), field, message });
  }
  for (const p of content.providers)
    if (!p.data.description_zh) warnings.push({ file: relative(root, p.file), field: 'description_zh', message });
  return warnings;
}
