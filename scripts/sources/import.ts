/**
 * Adds OPML feeds to sources.yaml. The YAML is edited as a document (comments, anchors and
 * layout kept), new entries are appended at the end, and the result is validated with the
 * shared schema before it is written atomically.
 */
import { readFile } from 'node:fs/promises';
import { isSeq, parseDocument } from 'yaml';
import { uniqueId as nextFreeId } from '../../src/model/event-file.ts';
import { slugWords } from '../../src/model/slug.ts';
import { primaryLanguage, sourcesFileSchema } from '../../src/model/schema/index.ts';
import { writeFileAtomic } from '../../src/model/atomic-write.ts';
import type { OpmlFeed } from './opml.ts';

export interface ImportReport {
  added: { id: string; url: string }[];
  skipped: { url: string; reason: string }[];
}

const MAX_ID = 40;

/** A kebab-case id from a title (the model's slug rule: Chinese via pinyin, accents dropped), or undefined. */
export function slugify(title: string): string | undefined {
  return slugWords(title, MAX_ID) || undefined;
}

/** `base`, or `base-2`…, by the model's clash rule; the id is added to `taken`. */
function uniqueId(base: string, taken: Set<string>): string {
  const id = nextFreeId(base, (x) => taken.has(x));
  taken.add(id);
  return id;
}

function httpUrl(raw: string): string | undefined {
  try {
    const u = new URL(raw);
    return u.protocol === 'http:' || u.protocol === 'https:' ? u.href : undefined;
  } catch {
    return undefined; // reported by the caller as "not an absolute http(s) URL"
  }
}

/** Merges `feeds` into the YAML text of a sources file; returns the new text and a report. */
export function mergeFeeds(yamlText: string, feeds: OpmlFeed[], file: string): { text: string; report: ImportReport } {
  const doc = parseDocument(yamlText, { version: '1.2' });
  if (doc.errors.length) throw new Error(`${file}: not valid YAML: ${doc.errors[0]!.message}`);
  if (!doc.has('sources')) doc.set('sources', doc.createNode([]));
  const seq = doc.get('sources');
  if (!isSeq(seq)) throw new Error(`${file}: "sources" must be a list`);
  const current = sourcesFileSchema.parse(doc.toJS());
  const ids = new Set(current.sources.map((s) => s.id));
  const urls = new Set(current.sources.map((s) => httpUrl(s.url)));
  const report: ImportReport = { added: [], skipped: [] };
  for (const feed of feeds) {
    const url = httpUrl(feed.xmlUrl);
    if (!url) report.skipped.push({ url: feed.xmlUrl, reason: 'not an absolute http(s) URL' });
    else if (urls.has(url)) report.skipped.push({ url, reason: 'already in the sources' });
    else {
      urls.add(url);
      const id = uniqueId(slugify(feed.title) ?? slugify(new URL(url).hostname) ?? 'feed', ids);
      const node = doc.createNode(entryFor(feed, id, url));
      const tags = node.get('tags', true);
      if (isSeq(tags)) tags.flow = true; // the file's style: tags: [a, b]
      seq.add(node);
      report.added.push({ id, url });
    }
  }
  const checked = sourcesFileSchema.safeParse(doc.toJS());
  if (!checked.success)
    throw new Error(`${file}: the merged sources would not validate: ${checked.error.issues[0]?.message}`);
  return { text: doc.toString({ lineWidth: 0, flowCollectionPadding: false }), report };
}

function entryFor(feed: OpmlFeed, id: string, url: string): Record<string, unknown> {
  const tags = feed.folders.map((f) => slugify(f)).filter((t): t is string => !!t);
  const language = primaryLanguage(feed.language);
  return {
    id,
    ...(feed.title && { name: feed.title }),
    kind: 'feed',
    url,
    ...(language && { language }),
    tags,
    enabled: true,
  };
}

/** Reads `sourcesPath`, merges, and writes it back atomically when anything was added. */
export async function importFeeds(sourcesPath: string, feeds: OpmlFeed[]): Promise<ImportReport> {
  const text = await readFile(sourcesPath, 'utf8').catch((err: NodeJS.ErrnoException) => {
    if (err.code === 'ENOENT') return 'sources: []\n';
    throw new Error(`${sourcesPath}: cannot read: ${err.message}`);
  });
  const merged = mergeFeeds(text, feeds, sourcesPath);
  if (merged.report.added.length) await writeFileAtomic(sourcesPath, merged.text);
  return merged.report;
}
