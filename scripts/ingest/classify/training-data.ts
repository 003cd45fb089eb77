/**
 * The labelled rows the model is trained and measured on: the original headline fixture, the
 * labelled sets in src/data/labelled/ (dev-*.yaml, holdout-*.yaml; see the README there) and the
 * curators' review decisions (src/data/labelled/curator.jsonl, written by the review tool).
 * Whatever of these exists is read; a malformed row is an error naming its file and row.
 */
import { existsSync } from 'node:fs';
import { readFile, readdir } from 'node:fs/promises';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parse } from 'yaml';
import { z } from 'astro/zod';
import { EVENT_TYPES } from '../../../src/model/schema/index.ts';

export const FIXTURE_FILE = fileURLToPath(new URL('../../../tests/fixtures/labelled-headlines.yaml', import.meta.url));
export const LABELLED_DIR = fileURLToPath(new URL('../../src/data/labelled/', import.meta.url));

const date = z
  .union([z.string(), z.date()])
  .transform((d) => (d instanceof Date ? d.toISOString().slice(0, 10) : d))
  .pipe(z.string().regex(/^\d{4}-\d\d-\d\d$/));
const rowSchema = z.object({
  title: z.string().min(1),
  summary: z
    .string()
    .nullish()
    .transform((s) => s ?? ''),
  published: date,
  language: z.enum(['en', 'zh', 'zh-Hant']),
  relevant: z.boolean(),
  type: z.enum(EVENT_TYPES).optional(),
  providers: z.array(z.string()).optional(),
  regions: z.array(z.string()).optional(),
  effective: date.optional(),
  hard_negative: z.string().optional(),
});

const curatorSchema = z.object({
  date,
  decision: z.enum(['publish', 'reject', 'promote', 'dismiss']),
  title: z.string().min(1),
  summary: z
    .string()
    .nullish()
    .transform((s) => s ?? ''),
  language: z.string().optional(),
  type: z.enum(EVENT_TYPES).optional(),
  providers: z.array(z.string()).optional(),
  regions: z.array(z.string()).optional(),
});

/** Where a row comes from: `holdout` rows are never used to tune (the bench trains without them). */
export type Split = 'fixture' | 'dev' | 'holdout' | 'curator';

export type LabelledRow = z.infer<typeof rowSchema> & { split: Split; file: string };

function check<T>(schema: z.ZodType<T, z.ZodTypeDef, unknown>, value: unknown, where: string): T {
  const r = schema.safeParse(value);
  if (r.success) return r.data;
  throw new Error(`${where}: ${r.error.issues.map((i) => `${i.path.join('.') || '(row)'}: ${i.message}`).join('; ')}`);
}

async function readYamlRows(file: string, split: Split): Promise<LabelledRow[]> {
  const rows = parse(await readFile(file, 'utf8')) as unknown;
  if (!Array.isArray(rows)) throw new Error(`${file}: expected a YAML list of rows`);
  return rows.map((r, i) => ({ ...check(rowSchema, r, `${file} row ${i + 1}`), split, file }));
}

/** Curator decisions (scripts/review/curator-log.ts): publish and promote are relevant, reject and dismiss are not. */
async function readCuratorRows(file: string): Promise<LabelledRow[]> {
  const lines = (await readFile(file, 'utf8')).split('\n').filter((l) => l.trim());
  return lines.map((line, i) => {
    const d = check(curatorSchema, JSON.parse(line), `${file} line ${i + 1}`);
    const language =
      d.language === 'zh-Hant' || d.language === 'zh' ? d.language : /\p{Script=Han}/u.test(d.title) ? 'zh' : 'en';
    return {
      title: d.title,
      summary: d.summary,
      published: d.date,
      language,
      relevant: d.decision === 'publish' || d.decision === 'promote',
      type: d.type,
      providers: d.providers,
      regions: d.regions,
      split: 'curator' as const,
      file,
    };
  });
}

export interface TrainingSources {
  fixture?: string;
  labelledDir?: string;
}

/** Every labelled row that exists, in a fixed order (fixture, then files by name, then curator lines). */
export async function loadTrainingRows(src: TrainingSources = {}): Promise<LabelledRow[]> {
  const dir = src.labelledDir ?? LABELLED_DIR;
  const rows = await readYamlRows(src.fixture ?? FIXTURE_FILE, 'fixture');
  const files = existsSync(dir)
    ? (await readdir(dir)).filter((f) => /^(dev|holdout)-[\w-]+\.yaml$/.test(f)).sort()
    : [];
  for (const f of files) rows.push(...(await readYamlRows(join(dir, f), f.startsWith('holdout') ? 'holdout' : 'dev')));
  const curator = join(dir, 'curator.jsonl');
  if (existsSync(curator)) rows.push(...(await readCuratorRows(curator)));
  return rows;
}
