/**
 * Synthetic content for benchmarks: N realistic events (fixed-seed PRNG, so every run writes the
 * same files) about the real providers, written as a CONTENT_DIR tree. Titles mix providers,
 * models, regions, product code names and topics, in English and (one in five) Chinese; most
 * events are published, some candidates, a few rejected. Everything is valid per the schema.
 */
import { copyFile, mkdir, readdir, readFile, writeFile } from 'node:fs/promises';
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { parseMarkdown, stringifyYaml } from '../src/model/frontmatter.ts';
import { regionName } from '../src/model/regions/regions.ts';
import { providerSchema, type EventData, type ProviderData } from '../src/model/schema/index.ts';
import { eventId, uniqueId } from '../src/model/event-file.ts';
import { EN_TEMPLATES, PUBLISHERS, REGIONS, SYLLABLES, TOPICS, ZH_TEMPLATES } from './synthetic-words.ts';

type Rand = () => number;
interface Provider {
  id: string;
  data: ProviderData;
}

/** mulberry32: a small seeded PRNG, uniform in [0, 1). */
export function prng(seed: number): Rand {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const pick = <T>(rand: Rand, list: readonly T[]): T => list[Math.floor(rand() * list.length)];

/** The providers to copy: content/providers when it has any, else the search fixture's. */
export async function providerFolder(): Promise<string> {
  const real = 'content/providers';
  const hasReal = existsSync(real) && (await readdir(real)).some((f) => f.endsWith('.md'));
  return hasReal ? real : 'tests/fixtures/search-content/providers';
}

async function copyProviders(from: string, to: string): Promise<Provider[]> {
  await mkdir(to, { recursive: true });
  const out: Provider[] = [];
  for (const file of (await readdir(from)).filter((f) => f.endsWith('.md')).sort()) {
    await copyFile(join(from, file), join(to, file));
    const data = providerSchema.parse(parseMarkdown(await readFile(join(from, file), 'utf8')).data);
    out.push({ id: file.replace(/\.md$/, ''), data });
  }
  return out;
}

function codeName(rand: Rand): string {
  const n = 2 + Math.floor(rand() * 3);
  const word = Array.from({ length: n }, () => pick(rand, SYLLABLES)).join('');
  return word.charAt(0).toUpperCase() + word.slice(1);
}

function isoDay(rand: Rand): string {
  const start = Date.UTC(2022, 0, 1);
  const days = Math.floor(rand() * 1642); // 2022-01-01 … 2026-06-30
  return new Date(start + days * 86400000).toISOString().slice(0, 10);
}

/** One event, with its id made the ingester's way (`taken` keeps ids unique). */
function syntheticEvent(
  rand: Rand,
  providers: Provider[],
  codes: string[],
  i: number,
  taken: Set<string>,
): { id: string; data: EventData } {
  const [p, q] = [pick(rand, providers), pick(rand, providers)];
  const region = pick(rand, REGIONS);
  const zh = rand() < 0.2;
  const [type, template] = pick(rand, zh ? ZH_TEMPLATES : EN_TEMPLATES);
  const model = p.data.models.length ? pick(rand, p.data.models).name : p.data.name;
  const fill: Record<string, string> = {
    p: p.data.name,
    q: q.data.name,
    pz: p.data.name_zh ?? p.data.name,
    qz: q.data.name_zh ?? q.data.name,
    m: model,
    r: regionName(region, 'en'),
    rz: regionName(region, 'zh'),
    code: pick(rand, codes),
    topic: pick(rand, TOPICS),
    n: String(5 + Math.floor(rand() * 95)),
  };
  const title = template.replace(/\{(\w+)\}/g, (_, k: string) => fill[k]);
  const month = rand() < 0.05;
  const date = month ? `${isoDay(rand).slice(0, 8)}01` : isoDay(rand);
  const roll = rand();
  const status = roll < 0.65 ? 'published' : roll < 0.95 ? 'candidate' : 'rejected';
  const publisher = pick(rand, PUBLISHERS);
  const id = uniqueId(eventId(date, title), (x) => taken.has(x));
  taken.add(id);
  const data: EventData = {
    title,
    date,
    date_precision: month ? 'month' : 'day',
    type,
    surfaces: ['api'],
    status,
    providers: /\{qz?\}/.test(template) ? [...new Set([p.id, q.id])] : [p.id],
    regions: [region],
    models: [model],
    summary: `${title}. ${publisher} reported the move, which concerns ${fill.r} and follows earlier ${fill.topic} measures.`,
    sources: [
      {
        url: `https://www.reuters.com/technology/${date.slice(0, 4)}/synthetic-${i}/`,
        title,
        publisher,
        published: date,
        ...(status === 'published' ? {} : { via: 'synthetic-feed' }),
      },
    ],
    origin: status === 'published' ? 'curated' : 'feed:synthetic-feed',
  };
  return { id, data };
}

/** Writes providers and `count` events under `root`; returns the number of events written. */
export async function writeSyntheticContent(root: string, count: number, seed = 20240625): Promise<number> {
  const providers = await copyProviders(await providerFolder(), join(root, 'providers'));
  if (!providers.length) throw new Error('synthetic content: no provider files to copy');
  const rand = prng(seed);
  const codes = Array.from({ length: Math.max(50, Math.floor(count / 4)) }, () => codeName(rand));
  const taken = new Set<string>();
  for (let i = 0; i < count; i++) {
    const { id, data } = syntheticEvent(rand, providers, codes, i, taken);
    const dir = join(root, 'events', data.date.slice(0, 4));
    await mkdir(dir, { recursive: true });
    const { date_precision, ...rest } = data;
    const frontmatter = date_precision === 'month' ? data : rest;
    await writeFile(join(dir, `${id}.md`), `---\n${stringifyYaml(frontmatter)}---\n`);
  }
  return count;
}
