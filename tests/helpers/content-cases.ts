/**
 * A small valid content tree and malformed variants of it, for the tests that prove `check`
 * and the site's loader agree. A case changes one file (text or raw bytes), removes one, or
 * links one; `expect` names the file and field both must report.
 */
import { mkdirSync, mkdtempSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';

export const EVENT = 'events/2024/2024-06-25-openai-api-block-notice.md';
export const PROVIDER = 'providers/openai.md';
const SOURCE =
  '  - url: https://www.theregister.com/2024/06/25/openai_unsupported_countries/\n    title: OpenAI to block API traffic\n    publisher: The Register\n';

/** A provider file; `extra` lines are added to its frontmatter. */
export const providerFile = (name: string, hq: string, extra = '') =>
  `---\nname: ${name}\nhq: ${hq}\nwebsite: https://example.org/${hq}\nopenai_compatible:\n  status: unknown\n${extra}sources:\n${SOURCE}---\n`;

/** An event file; `fields` replaces or adds frontmatter lines (null removes one), `body` follows. */
export function eventFile(fields: Record<string, string | null> = {}, body = ''): string {
  const base: Record<string, string | null> = {
    title: 'title: OpenAI will block API traffic from unsupported regions',
    date: 'date: 2024-06-25',
    effective: 'effective: 2024-07-09',
    type: 'type: restriction',
    surfaces: 'surfaces: [api]',
    status: 'status: published',
    providers: 'providers: [openai]',
    regions: 'regions: [CN, HK, MO]',
    summary: 'summary: OpenAI told developers in unsupported regions that their API traffic would be blocked.',
    sources: `sources:\n${SOURCE.trimEnd()}`,
    origin: 'origin: curated',
    ...fields,
  };
  return `---\n${Object.values(base)
    .filter((l) => l !== null)
    .join('\n')}\n---\n${body ? `\n${body}\n` : ''}`;
}

export type Tree = Record<string, string | Buffer | { link: string }>;

export const VALID: Tree = {
  [PROVIDER]: providerFile('OpenAI', 'US'),
  'providers/baidu.md': providerFile('Baidu', 'CN'),
  [EVENT]: eventFile(),
  'sources.yaml':
    'sources:\n  - id: theregister\n    kind: feed\n    url: https://www.theregister.com/headlines.atom\n',
};

/** Writes `tree` into a fresh folder under the OS temp folder; `{link}` makes a symbolic link to that path (relative to the tree). */
export function writeTree(tree: Tree, prefix = 'aaw-case-'): string {
  const dir = mkdtempSync(join(tmpdir(), prefix));
  for (const [rel, content] of Object.entries(tree)) {
    const path = join(dir, rel);
    mkdirSync(dirname(path), { recursive: true });
    if (typeof content === 'object' && 'link' in content) symlinkSync(join(dir, content.link), path);
    else writeFileSync(path, content);
  }
  return dir;
}

/** The event file's bytes with `bytes` inserted into its body. */
export const eventWithBytes = (bytes: number[]) =>
  Buffer.concat([Buffer.from(eventFile({}, 'Body ')), Buffer.from(bytes), Buffer.from(' text.\n')]);
