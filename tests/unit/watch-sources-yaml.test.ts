/**
 * The watched pages in content/sources.yaml: valid, owned by a provider that exists, with extract
 * rules that compile and that read a page of the structure the catalogue describes.
 */
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import { loadSourcesFile } from '../../src/model/store.ts';
import { isoCodes, regionName } from '../../src/model/regions/regions.ts';
import { extractList } from '../../scripts/watch/watch.ts';

const ROOT = join(import.meta.dirname, '../../content');
const file = await loadSourcesFile(join(ROOT, 'sources.yaml'));
const pages = file.sources.filter((s) => s.kind === 'page');
const regionPages = pages.filter((s) => (s.list ?? 'regions') === 'regions');

/** A page in the documented shape listing every ISO country by its display name. */
function samplePage(rule: { selector: string } | { pattern: string }): string {
  const names = isoCodes().map((c) => regionName(c));
  if ('pattern' in rule) return `# Supported countries\n\nIntro text.\n\n${names.map((n) => `- ${n}`).join('\n')}\n`;
  return `<!doctype html><html><body><nav><ul><li>Docs</li></ul></nav><main><h1>Supported</h1><ul>${names.map((n) => `<li>${n}</li>`).join('')}</ul></main></body></html>`;
}

describe('watched pages in content/sources.yaml', () => {
  test('there are availability pages for OpenAI, Anthropic and Google, and offer pages for Chinese providers', () => {
    expect(
      regionPages
        .filter((s) => s.enabled)
        .map((s) => s.provider)
        .sort(),
    ).toEqual(['anthropic', 'google', 'openai']);
    expect(pages.filter((s) => s.list === 'offers' && s.enabled).length).toBeGreaterThanOrEqual(3);
  });

  test.each(pages.map((s) => [s.id, s] as const))(
    '%s names an existing provider and a positive expect_min',
    (_id, s) => {
      expect(existsSync(join(ROOT, 'providers', `${s.provider}.md`))).toBe(true);
      expect(s.expect_min).toBeGreaterThan(0);
      expect(s.url).toMatch(/^https:\/\//);
    },
  );

  test.each(regionPages.filter((s) => s.enabled).map((s) => [s.id, s] as const))(
    '%s reads a page of the documented structure',
    (_id, s) => {
      const x = extractList(samplePage(s.extract!), s);
      expect(x.codes.length).toBeGreaterThanOrEqual(s.expect_min!);
      expect(x.unknown).toEqual([]);
    },
  );
});
