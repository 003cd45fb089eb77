/**
 * The provider the page-watcher and availability-import tests start from: Acme AI in a temporary
 * content folder (`providers/acme.md`), optionally with a stated block of its API in mainland
 * China and hand-written notes below the frontmatter.
 */
import { mkdir, mkdtemp, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

const CN_BLOCK = `availability:
  - region: CN
    surface: api
    status: blocked
    since: 2024-07-09
    source: { url: "https://acme.example/block", title: Acme blocks traffic, publisher: Acme }
`;

/** The text of providers/acme.md. */
export function acmeProvider(opts: { cnBlock?: boolean; notes?: string } = {}): string {
  return `---
name: Acme AI
hq: US
website: https://acme.example
openai_compatible: { status: unknown }
${opts.cnBlock ? CN_BLOCK : ''}sources:
  - { url: "https://acme.example/about", title: About, publisher: Acme }
---
${opts.notes ? `\n${opts.notes}\n` : ''}`;
}

/** A new temporary content folder (named after `prefix`) holding providers/acme.md with `text`. */
export async function acmeContent(prefix: string, text: string): Promise<string> {
  const dir = await mkdtemp(join(tmpdir(), prefix));
  await mkdir(join(dir, 'providers'));
  await writeFile(join(dir, 'providers', 'acme.md'), text);
  return dir;
}
