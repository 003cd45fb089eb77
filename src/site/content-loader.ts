/**
 * The site's content loader (Astro content layer): reads content/ through readContent, the
 * same function `npm run check` uses, instead of Astro's glob loader, whose YAML 1.1 parser
 * (js-yaml) reads `2024-06-25` as a date and `0b101` as a number where we write YAML 1.2, and
 * which knows none of the cross-file rules. Any problem fails the sync, so the build stops with
 * check's own `file: field: message` lines. Bodies are rendered by Astro's markdown pipeline
 * (with astro.config's rehype-sanitize), only when non-empty and changed.
 */
import type { Loader, LoaderContext } from 'astro/loaders';
import { relative } from 'node:path';
import type { Entry } from '../model/store.ts';
import { formatReport, problemCount, readContent } from '../model/read-content.ts';
import type { ContentReport } from '../model/read-content.ts';

export type CollectionName = 'events' | 'providers';

/** Thrown when the content has problems; the message is check's output. */
export class ContentError extends Error {
  override name = 'ContentError';
}

/** Reads the tree, throwing a ContentError listing every problem when there is any. */
export async function readValidContent(root: string): Promise<ContentReport> {
  const report = await readContent(root);
  if (problemCount(report)) {
    throw new ContentError(
      `${problemCount(report)} problem(s) in ${root} (the same as npm run check reports):\n${formatReport(report)}`,
    );
  }
  return report;
}

/** Puts one entry into the store, rendering its body unless the stored digest says unchanged. */
async function storeEntry(ctx: LoaderContext, entry: Entry<unknown>): Promise<void> {
  const digest = ctx.generateDigest(`${JSON.stringify(entry.raw)}\n${entry.body}`);
  if (ctx.store.get(entry.id)?.digest === digest) return;
  const filePath = relative(process.cwd(), entry.file).split('\\').join('/');
  const data = await ctx.parseData({ id: entry.id, data: entry.raw, filePath });
  const rendered = entry.body.trim() ? await ctx.renderMarkdown(entry.body) : undefined;
  ctx.store.set({ id: entry.id, data, body: entry.body, filePath, digest, ...(rendered ? { rendered } : {}) });
}

/** Replaces the collection's entries with those of `report`, dropping entries whose file is gone. */
async function syncCollection(ctx: LoaderContext, name: CollectionName, report: ContentReport): Promise<void> {
  const entries: Entry<unknown>[] = report[name];
  const ids = new Set(entries.map((e) => e.id));
  for (const id of ctx.store.keys()) if (!ids.has(id)) ctx.store.delete(id);
  for (const entry of entries) await storeEntry(ctx, entry);
}

/**
 * A loader for one collection of the tree at `root`. In a build both collections share one
 * read (the tree cannot change during it); under `astro dev` every sync re-reads, and a change
 * to any content file re-syncs, since one file's change can break a rule across files.
 */
export function contentLoader(name: CollectionName, root: string): Loader {
  return {
    name: `aaw-${name}`,
    async load(ctx) {
      const read = ctx.watcher ? () => readValidContent(root) : () => shared.get(root) ?? remember(root);
      await syncCollection(ctx, name, await read());
      if (!ctx.watcher || watching.has(name)) return;
      watching.add(name);
      ctx.watcher.add(root);
      ctx.watcher.on('all', async (_event, path) => {
        if (!relative(root, path).startsWith('..') && /\.(?:md|yaml)$/.test(path)) {
          // A broken file is reported and the last good entries kept, as the dev server expects.
          await readValidContent(root)
            .then((report) => syncCollection(ctx, name, report))
            .catch((err: Error) => ctx.logger.error(err.message));
        }
      });
    },
  };
}

/** Collections whose dev watcher is registered (once: load runs again on every sync). */
const watching = new Set<CollectionName>();
const shared = new Map<string, Promise<ContentReport>>();

function remember(root: string): Promise<ContentReport> {
  const read = readValidContent(root);
  shared.set(root, read);
  return read;
}
