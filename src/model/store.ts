/**
 * Reads `content/` from disk with plain Node (no Astro): used by `npm run check`, the ingester,
 * the review tool and the tests. Files are parsed and validated against the shared schema.
 */
import { lstat, readdir, readFile, stat } from 'node:fs/promises';
import { join, relative, basename } from 'node:path';
import { parseMarkdown, parseYaml } from './frontmatter.ts';
import { ContentFileError, readContentFile } from './content-file.ts';
import { eventSchema, providerSchema, sourcesFileSchema } from './schema/index.ts';
import type { EventData, ProviderData, SourcesFile } from './schema/index.ts';
import type { z } from 'astro/zod';

export interface Entry<T> {
  /** File name without `.md`. */
  id: string;
  /** Absolute path. */
  file: string;
  /** Parsed, validated frontmatter (defaults applied). */
  data: T;
  /** Raw frontmatter as written (before defaults). */
  raw: Record<string, unknown>;
  body: string;
}

export interface ContentProblem {
  file: string;
  field: string;
  message: string;
}

export interface LoadedContent {
  events: Entry<EventData>[];
  providers: Entry<ProviderData>[];
  problems: ContentProblem[];
}

/** What a walk of a content folder found: regular `.md` files, and symbolic links (refused). */
export interface MarkdownListing {
  files: string[];
  links: { path: string; folder: boolean }[];
}

/**
 * Every `.md` file below `dir` (sorted, hidden and temp files ignored), and every symbolic link
 * to a `.md` file or a folder, `dir` itself included: links are listed, never followed, so the
 * site and `check` never read a file from outside the content tree.
 */
export async function walkMarkdown(dir: string): Promise<MarkdownListing> {
  const out: MarkdownListing = { files: [], links: [] };
  const top = await lstat(dir).catch(() => undefined);
  if (top?.isSymbolicLink()) return { files: [], links: [{ path: dir, folder: true }] };
  const walk = async (d: string): Promise<void> => {
    const items = await readdir(d, { withFileTypes: true }).catch((err: NodeJS.ErrnoException) => {
      if (err.code === 'ENOENT') return [];
      throw err;
    });
    for (const it of items) {
      if (it.name.startsWith('.')) continue;
      const p = join(d, it.name);
      if (it.isSymbolicLink()) {
        const folder = (await stat(p).catch(() => undefined))?.isDirectory() ?? false;
        if (folder || it.name.endsWith('.md')) out.links.push({ path: p, folder });
      } else if (it.isDirectory()) await walk(p);
      else if (it.isFile() && it.name.endsWith('.md')) out.files.push(p);
    }
  };
  await walk(dir);
  out.files.sort();
  out.links.sort((a, b) => a.path.localeCompare(b.path));
  return out;
}

/** Every regular `.md` file below `dir` (sorted; symbolic links left out, see walkMarkdown). */
export async function listMarkdown(dir: string): Promise<string[]> {
  return (await walkMarkdown(dir)).files;
}

/** Zod issues as problems naming the file and the field. */
export function issuesToProblems(file: string, error: z.ZodError): ContentProblem[] {
  return error.issues.map((i) => ({ file, field: i.path.join('.') || '(file)', message: i.message }));
}

async function loadCollection<T>(
  root: string,
  dir: string,
  schema: z.ZodType<T, z.ZodTypeDef, unknown>,
  problems: ContentProblem[],
): Promise<Entry<T>[]> {
  const entries: Entry<T>[] = [];
  const { files, links } = await walkMarkdown(dir);
  for (const link of links) {
    const what = link.folder ? 'a folder' : 'a content file';
    problems.push({
      file: relative(root, link.path),
      field: link.folder ? '(folder)' : '(file)',
      message: `is a symbolic link to ${what}; content must be regular files inside the content folder`,
    });
  }
  for (const file of files) {
    const rel = relative(root, file);
    let doc: ReturnType<typeof parseMarkdown>;
    try {
      doc = parseMarkdown(await readContentFile(file));
    } catch (err) {
      const field = err instanceof ContentFileError ? err.field : '(frontmatter)';
      problems.push({ file: rel, field, message: (err as Error).message });
      continue;
    }
    const result = schema.safeParse(doc.data);
    if (!result.success) {
      problems.push(...issuesToProblems(rel, result.error));
      continue;
    }
    entries.push({ id: basename(file, '.md'), file, data: result.data, raw: doc.data, body: doc.body });
  }
  return entries;
}

/** Loads and schema-validates events and providers (cross-file rules live in validate.ts). */
export async function loadContent(root: string): Promise<LoadedContent> {
  const problems: ContentProblem[] = [];
  const events = await loadCollection(root, join(root, 'events'), eventSchema, problems);
  const providers = await loadCollection(root, join(root, 'providers'), providerSchema, problems);
  return { events, providers, problems };
}

/** Reads and validates `sources.yaml`; throws an error naming the file, entry and field. */
export async function loadSourcesFile(path: string): Promise<SourcesFile> {
  const text = await readFile(path, 'utf8');
  let raw: unknown;
  try {
    raw = parseYaml(text);
  } catch (err) {
    throw new Error(`${path}: ${(err as Error).message}`);
  }
  const result = sourcesFileSchema.safeParse(raw);
  if (result.success) return result.data;
  const lines = result.error.issues.map((i) => {
    const [head, index, ...rest] = i.path;
    const items = (raw as { sources?: { id?: string }[] })?.sources;
    const entry =
      head === 'sources' && typeof index === 'number'
        ? `sources[${index}]${items?.[index]?.id ? ` (${items[index].id})` : ''}`
        : String(head ?? '(file)');
    return `${path}: ${[entry, ...rest].join('.')}: ${i.message}`;
  });
  throw new Error(lines.join('\n'));
}
