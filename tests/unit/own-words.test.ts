/**
 * Everything we write in content/ is in our own words: no event title, summary or body (nor their
 * Chinese versions) and no provider text (body, description_zh, model notes, offers, claims, notes)
 * shares 12 consecutive words (or 12 consecutive Chinese characters) with the research notes in
 * ../shared/facts. Source titles are exempt: they are the pages' real headlines, quoted. Skipped
 * with a notice when the notes are absent (SHARED_DIR moves them).
 */
import { beforeAll, describe, expect, test } from 'vitest';
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { loadContent } from '../../src/model/store.ts';
import type { LoadedContent } from '../../src/model/store.ts';
import type { EventData, ProviderData } from '../../src/model/schema/index.ts';
import { firstShared, indexShingles, shingles } from '../helpers/shared-words.ts';
import { sharedPath, sharedPresent } from '../helpers/shared-dir.ts';

const REPO = fileURLToPath(new URL('../..', import.meta.url));
const FACTS = sharedPath('facts');
const ROOT = join(REPO, 'content');
const RUN = 12;
const present = sharedPresent(FACTS, 'own-words');

/** Every file below `dir`, recursively. */
function filesBelow(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    return statSync(path).isDirectory() ? filesBelow(path) : [path];
  });
}

type Field = [field: string, text: string];

function eventFields(d: EventData, body: string): Field[] {
  const opt = (field: string, text: string | undefined): Field[] => (text ? [[field, text]] : []);
  return [
    ['title', d.title],
    ['summary', d.summary],
    ...opt('title_zh', d.title_zh),
    ...opt('summary_zh', d.summary_zh),
    ...(body.trim() ? [['(body)', body] as Field] : []),
  ];
}

function providerFields(d: ProviderData, body: string): Field[] {
  const opt = (field: string, text: string | undefined): Field[] => (text ? [[field, text]] : []);
  return [
    ...opt('(body)', body.trim() ? body : undefined),
    ...opt('description_zh', d.description_zh),
    ...opt('openai_compatible.note', d.openai_compatible.note),
    ...d.models.flatMap((m, i) => opt(`models.${i}.notes`, m.notes)),
    ...d.incentives.flatMap((x, i) => [
      [`incentives.${i}.title`, x.title] as Field,
      [`incentives.${i}.offer`, x.offer] as Field,
      ...opt(`incentives.${i}.eligibility`, x.eligibility),
    ]),
    ...d.benchmark_claims.map((c, i): Field => [`benchmark_claims.${i}.claim`, c.claim]),
    ...d.availability.flatMap((a, i) => opt(`availability.${i}.note`, a.note)),
  ];
}

describe.skipIf(!present)('own words', () => {
  let index: Set<string>;
  let content: LoadedContent;
  beforeAll(async () => {
    index = indexShingles(
      filesBelow(FACTS).map((f) => readFileSync(f, 'utf8')),
      RUN,
    );
    content = await loadContent(ROOT);
  });

  test('the check finds a copied run of 12 words and of 12 Chinese characters', () => {
    const local = indexShingles(
      ['One two three four five six seven eight nine ten eleven twelve thirteen. 一二三四五六七八九十百千万'],
      RUN,
    );
    expect(firstShared('Zero, ONE two three four five six seven eight nine ten eleven twelve!', local, RUN)).toBe(
      'one two three four five six seven eight nine ten eleven twelve',
    );
    expect(firstShared('前言：一二三四五六七八九十，百千', local, RUN)).toBe('#一二三四五六七八九十百千');
    expect(firstShared('one two three four five six seven eight nine ten eleven', local, RUN)).toBeUndefined();
    expect(shingles('a b', RUN)).toEqual([]);
  });

  test('no event or provider text repeats 12 consecutive words of the facts notes', () => {
    const copied: string[] = [];
    const scan = (file: string, fields: Field[]) => {
      for (const [field, text] of fields) {
        const run = firstShared(text, index, RUN);
        if (run) copied.push(`${relative(ROOT, file)}: ${field}: "${run.replace(/^#/, '')}"`);
      }
    };
    for (const e of content.events) scan(e.file, eventFields(e.data, e.body));
    for (const p of content.providers) scan(p.file, providerFields(p.data, p.body));
    expect(copied, `rewrite these in our own words:\n${copied.join('\n')}`).toEqual([]);
  });
});
