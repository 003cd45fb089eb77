/**
 * `scripts/check.ts` as a command: run on a small valid content tree it exits 0; on broken
 * copies it exits 1 and its stderr names the broken file and field. Trees live in os.tmpdir().
 */
import { afterAll, describe, expect, test } from 'vitest';
import { spawn } from 'node:child_process';
import { mkdtempSync, mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const REPO = fileURLToPath(new URL('../..', import.meta.url));
const EVENT = 'events/2024/2024-06-25-openai-api-block-notice.md';
const SOURCE = '  - url: https://www.theregister.com/2024/06/25/openai_unsupported_countries/\n    title: OpenAI to block API traffic\n    publisher: The Register\n';

type Tree = Record<string, string>;

const provider = (name: string, hq: string) =>
  `---\nname: ${name}\nhq: ${hq}\nwebsite: https://example.org/${hq}\nopenai_compatible:\n  status: unknown\nsources:\n${SOURCE}---\n`;

/** An event file; `fields` replaces or adds frontmatter lines (null removes one). */
function eventFile(fields: Record<string, string | null> = {}): string {
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
  return `---\n${Object.values(base).filter((l) => l !== null).join('\n')}\n---\n`;
}

const SOURCES_YAML = 'sources:\n  - id: theregister\n    kind: feed\n    url: https://www.theregister.com/headlines.atom\n';

const VALID: Tree = {
  'providers/openai.md': provider('OpenAI', 'US'),
  'providers/baidu.md': provider('Baidu', 'CN'),
  [EVENT]: eventFile(),
  'sources.yaml': SOURCES_YAML,
};

const dirs: string[] = [];
afterAll(() => dirs.forEach((d) => rmSync(d, { recursive: true, force: true })));

interface Run { status: number | null; stdout: string; stderr: string }

/** Writes `tree` into a fresh temp folder and runs the check script on it. */
function runCheck(tree: Tree): Promise<Run> {
  const dir = mkdtempSync(join(tmpdir(), 'aaw-check-'));
  dirs.push(dir);
  for (const [rel, text] of Object.entries(tree)) {
    mkdirSync(dirname(join(dir, rel)), { recursive: true });
    writeFileSync(join(dir, rel), text);
  }
  const child = spawn(process.execPath, ['--import', 'tsx', 'scripts/check.ts', '--content', dir], { cwd: REPO });
  const out = { stdout: '', stderr: '' };
  child.stdout.on('data', (b: Buffer) => (out.stdout += b.toString('utf8')));
  child.stderr.on('data', (b: Buffer) => (out.stderr += b.toString('utf8')));
  return new Promise((resolve, reject) => {
    child.on('error', reject);
    child.on('close', (status) => resolve({ status, ...out }));
  });
}

describe.concurrent('scripts/check.ts', { timeout: 60000 }, () => {
  test('accepts a small valid content tree and exits 0', async () => {
    const r = await runCheck(VALID);
    expect(r.stderr).toBe('');
    expect(r.status).toBe(0);
    expect(r.stdout).toContain('1 events and 2 providers');
  });

  test.each<[string, Tree, string, string]>([
    ['an unknown provider id', { [EVENT]: eventFile({ providers: 'providers: [open-ai]' }) }, EVENT, 'providers.0'],
    ['a bad region code "XX"', { [EVENT]: eventFile({ regions: 'regions: [CN, XX]' }) }, EVENT, 'regions.1'],
    ['missing sources', { [EVENT]: eventFile({ sources: null }) }, EVENT, 'sources'],
    ['an empty sources list', { [EVENT]: eventFile({ sources: 'sources: []' }) }, EVENT, 'sources'],
    [
      'a javascript: source URL',
      { [EVENT]: eventFile({ sources: 'sources:\n  - url: javascript:alert(1)\n    title: x\n    publisher: y' }) },
      EVENT,
      'sources.0.url',
    ],
    ['a file name whose date differs from date', { [EVENT]: eventFile({ date: 'date: 2024-06-26' }) }, EVENT, 'date'],
    ['effective before date without effective_note', { [EVENT]: eventFile({ effective: 'effective: 2024-06-20' }) }, EVENT, 'effective'],
    ['malformed YAML frontmatter', { [EVENT]: eventFile({ regions: 'regions: [CN, HK' }) }, EVENT, '(frontmatter)'],
    // the later of two files with one id is reported, naming the earlier one
    ['a duplicate id', { 'events/2023/2024-06-25-openai-api-block-notice.md': eventFile() }, EVENT, '(id)'],
    ['a provider with a bad hq code', { 'providers/baidu.md': provider('Baidu', 'XX') }, 'providers/baidu.md', 'hq'],
  ])('rejects %s: exits 1 and names the file and field', async (_name, change, file, field) => {
    const r = await runCheck({ ...VALID, ...change });
    expect(r.status).toBe(1);
    const line = r.stderr.split('\n').find((l) => l.startsWith(`${file}: ${field}:`));
    expect(line, r.stderr).toBeDefined();
  });

  test('reports a broken sources.yaml entry by its id and field', async () => {
    const broken = `${SOURCES_YAML}  - id: openai-countries\n    kind: page\n    url: https://platform.openai.com/docs/supported-countries\n`;
    const r = await runCheck({ ...VALID, 'sources.yaml': broken });
    expect(r.status).toBe(1);
    expect(r.stderr).toMatch(/sources\.yaml: sources\[1\] \(openai-countries\)\.provider: /);
  });
});
