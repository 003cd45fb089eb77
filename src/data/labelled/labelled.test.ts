/**
 * Checks the hand-labelled feed items (README.md in this folder): row shape, value sets, known
 * provider ids, region codes, script of the Chinese rows, no duplicate titles, and the split sizes.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import * as OpenCC from 'opencc-js';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { isRegionCode } from '../../model/regions/regions';

type Row = Record<string, unknown>;

const HERE = fileURLToPath(new URL('.', import.meta.url));
const PROVIDERS_DIR = fileURLToPath(new URL('../../../content/providers/', import.meta.url));
const FILES = ['dev-en', 'dev-zh', 'holdout-en', 'holdout-zh'] as const;

const TYPES = ['restriction', 'lifting', 'incentive', 'policy', 'enforcement', 'availability', 'report'];
const SURFACES = ['api', 'app', 'cloud', 'hardware'];
const STYLES = ['wire', 'blog', 'cn-tech', 'gov', 'quote', 'question', 'social', 'other'];
const NEGATIVES = [
  'crypto',
  'non-ai-api',
  'non-ai-ban',
  'outage',
  'lawsuit',
  'earnings',
  'launch',
  'funding',
  'opinion',
  'other',
];
const RELEVANT_KEYS = [
  'title',
  'summary',
  'published',
  'language',
  'relevant',
  'type',
  'surfaces',
  'providers',
  'regions',
  'style',
];
const IRRELEVANT_KEYS = [
  'title',
  'summary',
  'published',
  'language',
  'relevant',
  'providers',
  'style',
  'hard_negative',
];

const providerIds = new Set(readdirSync(PROVIDERS_DIR).map((f) => f.replace(/\.md$/, '')));
// From OpenCC's standard traditional ('t'), not 'tw': the 'tw' table maps 著 to 着 even in 显著,
// which would flag correct simplified text.
const toSimplified = OpenCC.Converter({ from: 't', to: 'cn' });

function loadRows(name: string): Row[] {
  const rows = parse(readFileSync(`${HERE}${name}.yaml`, 'utf8'));
  if (!Array.isArray(rows)) throw new Error(`${name}.yaml: expected a YAML list of rows`);
  return rows;
}

const byFile = Object.fromEntries(FILES.map((f) => [f, loadRows(f)])) as Record<(typeof FILES)[number], Row[]>;
const all = FILES.flatMap((f) => byFile[f].map((row) => ({ file: f, row })));
const label = (file: string, row: Row) => `${file}: "${row.title}"`;

/** Every problem with one row, as readable strings; empty when the row is valid. */
function problemsOf(row: Row): string[] {
  const p: string[] = [];
  const expected = row.relevant === true ? RELEVANT_KEYS : IRRELEVANT_KEYS;
  const keys = Object.keys(row).filter((k) => k !== 'borderline');
  if (keys.join() !== expected.join()) p.push(`keys ${keys.join()} (expected ${expected.join()})`);
  if (typeof row.title !== 'string' || row.title.trim() === '') p.push('empty title');
  if (typeof row.summary !== 'string') p.push('summary is not a string');
  if (!/^202[3-6]-\d\d-\d\d$/.test(String(row.published))) p.push(`published ${row.published}`);
  if (!['en', 'zh', 'zh-Hant'].includes(String(row.language))) p.push(`language ${row.language}`);
  if (typeof row.relevant !== 'boolean') p.push('relevant is not a boolean');
  if (!STYLES.includes(String(row.style))) p.push(`style ${row.style}`);
  if ('borderline' in row && row.borderline !== true) p.push('borderline must be true when present');
  const providers = row.providers as unknown[];
  if (!Array.isArray(providers)) p.push('providers is not a list');
  else for (const id of providers) if (!providerIds.has(String(id))) p.push(`unknown provider ${id}`);
  if (row.relevant === true) {
    if (!TYPES.includes(String(row.type))) p.push(`type ${row.type}`);
    const surfaces = row.surfaces as unknown[];
    if (!Array.isArray(surfaces) || surfaces.length === 0) p.push('surfaces must be a non-empty list');
    else for (const s of surfaces) if (!SURFACES.includes(String(s))) p.push(`surface ${s}`);
    const regions = row.regions as unknown[];
    if (!Array.isArray(regions)) p.push('regions is not a list');
    else for (const r of regions) if (!isRegionCode(String(r))) p.push(`region ${r}`);
  } else if (!NEGATIVES.includes(String(row.hard_negative))) p.push(`hard_negative ${row.hard_negative}`);
  return p;
}

describe('labelled feed items', () => {
  it('every row has the documented keys, in order, with valid values', () => {
    const bad = all.flatMap(({ file, row }) => problemsOf(row).map((p) => `${label(file, row)}: ${p}`));
    expect(bad).toEqual([]);
  });

  it('no title appears twice across the four files', () => {
    const seen = new Map<string, string>();
    const dups: string[] = [];
    for (const { file, row } of all) {
      const key = String(row.title).trim().toLowerCase();
      if (seen.has(key)) dups.push(`${label(file, row)} also in ${seen.get(key)}`);
      else seen.set(key, file);
    }
    expect(dups).toEqual([]);
  });

  it('each file holds only its own language', () => {
    const misplaced = all.filter(({ file, row }) => (row.language === 'en') !== file.endsWith('-en'));
    expect(misplaced.map(({ file, row }) => label(file, row))).toEqual([]);
  });

  it('zh-Hant rows are written in traditional characters and zh rows in simplified', () => {
    const text = (row: Row) => `${row.title}${row.summary}`;
    const notTraditional = all.filter(({ row }) => row.language === 'zh-Hant' && toSimplified(text(row)) === text(row));
    const notSimplified = all.filter(({ row }) => row.language === 'zh' && toSimplified(text(row)) !== text(row));
    expect(notTraditional.map(({ file, row }) => label(file, row))).toEqual([]);
    expect(notSimplified.map(({ file, row }) => label(file, row))).toEqual([]);
  });

  it('has enough rows, enough traditional Chinese, and every type well represented', () => {
    expect(all.length).toBeGreaterThanOrEqual(1200);
    expect(all.filter(({ row }) => row.language === 'zh-Hant').length).toBeGreaterThanOrEqual(150);
    for (const type of TYPES) {
      expect(all.filter(({ row }) => row.type === type).length, type).toBeGreaterThanOrEqual(40);
    }
  });

  it('puts between 20% and 30% of the rows in the holdout files', () => {
    const holdout = byFile['holdout-en'].length + byFile['holdout-zh'].length;
    const share = holdout / all.length;
    expect(share).toBeGreaterThanOrEqual(0.2);
    expect(share).toBeLessThanOrEqual(0.3);
  });
});
