/**
 * The shared corpus feeds (../shared/corpus/feeds, real feeds from other projects' tests) as
 * extra negatives: almost none of their items is about AI access, so a candidate or possible item
 * there is counted as a false positive (an upper bound: a few AI companies' posts in it, such as
 * a launch in a named country, are real access news). Absent corpus: undefined (the bench says so and goes on).
 */
import { existsSync } from 'node:fs';
import { readFile, readdir } from 'node:fs/promises';
import { join } from 'node:path';
import type { Candidate } from '../scripts/ingest/types.ts';
import { decodeBody } from '../scripts/ingest/parse/decode.ts';
import { parseFeed } from '../scripts/ingest/parse/parse.ts';
import { normalizeFeed } from '../scripts/ingest/normalize/normalize.ts';

export const CORPUS_FEEDS = new URL('../../shared/corpus/feeds/', import.meta.url);

async function listFiles(dir: string): Promise<string[]> {
  const out: string[] = [];
  for (const it of await readdir(dir, { withFileTypes: true })) {
    const p = join(dir, it.name);
    if (it.isDirectory()) out.push(...(await listFiles(p)));
    else out.push(p);
  }
  return out.sort();
}

export interface CorpusItems {
  items: Candidate[];
  files: number;
  /** Files our parser refuses (the corpus holds malformed feeds on purpose). */
  unreadable: number;
}

/** Items of the shared corpus feeds, or undefined when the corpus is absent. */
export async function loadCorpusItems(): Promise<CorpusItems | undefined> {
  const dir = CORPUS_FEEDS.pathname;
  if (!existsSync(dir)) return undefined;
  const out: CorpusItems = { items: [], files: 0, unreadable: 0 };
  for (const file of await listFiles(dir)) {
    out.files++;
    try {
      const raw = await parseFeed(decodeBody(await readFile(file)));
      out.items.push(...normalizeFeed(raw, { sourceId: 'corpus', feedUrl: 'https://example.org/feed' }).candidates);
    } catch {
      // a malformed feed is counted as unreadable, not an item source
      out.unreadable++;
    }
  }
  return out;
}
