/**
 * `npm run bench search-quality` or `npx tsx bench/search-quality.ts [--content DIR] [--src DIR]`:
 * how well search answers the questions readers ask, over a content folder (default `content`).
 * Every expected set is computed from the content, so the table holds for any knowledge base:
 * - "<provider> ban" / "<provider> 禁止": the provider's restriction events;
 * - "<provider> free" / "<provider> 免费": its incentive events;
 * - "<provider> migrate" / "<provider> 迁移": its events whose texts speak of migrating;
 * - a provider by its name, Chinese name, pinyin and a one-letter typo (top result);
 * - "<provider> <region>" (English and Chinese): the availability answer names that pair.
 * Recall is over the first 25 results (the search page's list), precision over the first
 * |expected|. `--src` points at another copy of src/search (e.g. an older version exported with
 * `git archive`) to compare: a version without some capability shows "n/a" for it.
 */
import { resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { pinyin } from 'pinyin-pro';
import { loadContent, type LoadedContent } from '../src/model/store.ts';

const { values } = parseArgs({
  options: { content: { type: 'string', default: 'content' }, src: { type: 'string', default: 'src/search' } },
});
const src = resolve(values.src!);
const contentIndex = await import(`${src}/content-index.ts`);
const { createEngine } = await import(`${src}/engine.ts`);
const { search } = await import(`${src}/query.ts`);
const cells = await import(`${src}/cells.ts`).catch(() => undefined);

type Doc = { kind: string; id: string };
const content: LoadedContent = await loadContent(values.content!);
// With the Chinese titles (a Chinese page, or an English one after a Chinese query).
const engine = contentIndex.engineOfContentDir
  ? await contentIndex.engineOfContentDir(values.content!)
  : createEngine(await contentIndex.indexContentDir(values.content!));
const live = content.events.filter((e) => e.data.status !== 'rejected');
const LIMIT = 25;

interface Case {
  query: string;
  expected: Set<string>;
}

function rate(cases: Case[]): { queries: number; recall: string; precision: string; perfect: string } {
  let recall = 0;
  let precision = 0;
  let perfect = 0;
  for (const { query, expected } of cases) {
    const ids = (search(engine, query, LIMIT).docs as Doc[]).filter((d) => d.kind === 'event').map((d) => d.id);
    const found = ids.filter((id) => expected.has(id)).length;
    recall += found / expected.size;
    precision += ids.slice(0, expected.size).filter((id) => expected.has(id)).length / expected.size;
    if (found === expected.size) perfect++;
  }
  const pct = (n: number) => `${((100 * n) / Math.max(1, cases.length)).toFixed(0)}%`;
  return { queries: cases.length, recall: pct(recall), precision: pct(precision), perfect: pct(perfect) };
}

/** One case per provider (English and Chinese name) whose events pass `test`. */
function perProvider(word: string, zhWord: string, test: (e: (typeof live)[number]) => boolean): [Case[], Case[]] {
  const en: Case[] = [];
  const zh: Case[] = [];
  for (const p of content.providers) {
    const expected = new Set(live.filter((e) => e.data.providers.includes(p.id) && test(e)).map((e) => e.id));
    if (!expected.size) continue;
    en.push({ query: `${p.data.name} ${word}`, expected });
    zh.push({ query: `${p.data.name_zh ?? p.data.name} ${zhWord}`, expected });
  }
  return [en, zh];
}

const speaks = (re: RegExp) => (e: (typeof live)[number]) =>
  [e.data.title, e.data.title_zh, e.data.summary, e.data.summary_zh].some((t) => !!t && re.test(t));
const [banEn, banZh] = perProvider('ban', '禁止', (e) => e.data.type === 'restriction');
const [freeEn, freeZh] = perProvider('free', '免费', (e) => e.data.type === 'incentive');
const [migEn, migZh] = perProvider('migrate', '迁移', speaks(/migrat|迁移|搬家/i));

const rows: Record<string, ReturnType<typeof rate>> = {
  '<provider> ban': rate(banEn),
  '<provider zh> 禁止': rate(banZh),
  '<provider> free': rate(freeEn),
  '<provider zh> 免费': rate(freeZh),
  '<provider> migrate': rate(migEn),
  '<provider zh> 迁移': rate(migZh),
};
console.log(`search quality over ${values.content} (${live.length} events), search code ${values.src}`);
console.table(rows);

/** Share of providers found first by each spelling. */
function typo(word: string): string {
  const i = Math.floor(word.length / 2);
  return word.slice(0, i) + word[i + 1] + word[i] + word.slice(i + 2);
}
const names: Record<string, (p: (typeof content.providers)[number]) => string | undefined> = {
  name: (p) => p.data.name,
  'Chinese name': (p) => p.data.name_zh,
  'pinyin of the Chinese name': (p) =>
    p.data.name_zh && /[\u4e00-\u9fff]/.test(p.data.name_zh)
      ? pinyin(p.data.name_zh.replace(/[^\u4e00-\u9fff]/g, ''), { toneType: 'none', separator: '' })
      : undefined,
  'a swapped pair of letters': (p) => (p.data.name.length >= 5 ? typo(p.data.name.toLowerCase()) : undefined),
};
const providerRows: Record<string, { providers: number; 'found first': string }> = {};
for (const [label, spell] of Object.entries(names)) {
  const qs = content.providers.map((p) => [p.id, spell(p)] as const).filter(([, q]) => q);
  const hits = qs.filter(([id, q]) => {
    const first = (search(engine, q!, 1).docs as Doc[])[0];
    return first?.kind === 'provider' && first.id === id;
  }).length;
  providerRows[label] = {
    providers: qs.length,
    'found first': `${((100 * hits) / Math.max(1, qs.length)).toFixed(0)}%`,
  };
}
console.table(providerRows);

// Availability answers: every provider × the regions of its API records (English and Chinese names).
if (cells) {
  const { regionName } = await import('../src/model/regions/regions.ts');
  let asked = 0;
  let answered = 0;
  let askedZh = 0;
  let answeredZh = 0;
  for (const p of content.providers) {
    for (const a of p.data.availability.filter((x) => x.surface === 'api').slice(0, 40)) {
      const ok = (q: string) => {
        const found = cells.findCell(engine, q);
        return found?.provider.id === p.id && found.region.id === a.region;
      };
      asked++;
      if (ok(`${p.data.name} ${regionName(a.region)}`)) answered++;
      if (p.data.name_zh) {
        askedZh++;
        if (ok(`${p.data.name_zh} ${regionName(a.region, 'zh')}`)) answeredZh++;
      }
    }
  }
  console.table({
    '<provider> <region>': { queries: asked, 'answered with the cell': `${((100 * answered) / asked).toFixed(0)}%` },
    '<provider zh> <region zh>': {
      queries: askedZh,
      'answered with the cell': `${((100 * answeredZh) / Math.max(1, askedZh)).toFixed(0)}%`,
    },
  });
} else console.log('availability answers: n/a (this search code has none)');
