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
const SOURCE =
  '  - url: https://www.theregister.com/2024/06/25/openai_unsupported_countries/\n    title: OpenAI to block API traffic\n    publisher: The Register\n';

type Tree = Record<string, string>;

const provider = (name: string, hq: string) =>
  `---\nname: ${name}\nhq: ${hq}\ndescription_zh: 测试用服务商\nwebsite: https://example.org/${hq}\nopenai_compatible:\n  status: unknown\nsources:\n${SOURCE}---\n`;

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
    title_zh: 'title_zh: OpenAI 将封锁来自不支持地区的 API 流量',
    summary_zh: 'summary_zh: OpenAI 通知不支持地区的开发者，其 API 流量将被封锁。',
    sources: `sources:\n${SOURCE.trimEnd()}`,
    origin: 'origin: curated',
    ...fields,
  };
  return `---\n${Object.values(base)
    .filter((l) => l !== null)
    .join('\n')}\n---\n`;
}

const SOURCES_YAML =
  'sources:\n  - id: theregister\n    kind: feed\n    url: https://www.theregister.com/headlines.atom\n';

const VALID: Tree = {
  'providers/openai.md': provider('OpenAI', 'US'),
  'providers/baidu.md': provider('Baidu', 'CN'),
  [EVENT]: eventFile(),
  'sources.yaml': SOURCES_YAML,
};

const dirs: string[] = [];
afterAll(() => {
  for (const d of dirs) rmSync(d, { recursive: true, force: true });
});

interface Run {
  status: number | null;
  stdout: string;
  stderr: string;
}

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

  test('warns, without failing, about a published event and a provider without their Chinese text', async () => {
    const r = await runCheck({ ...VALID, [EVENT]: eventFile({ title_zh: null, summary_zh: null }) });
    expect(r.status).toBe(0);
    expect(r.stderr).toMatch(/^warning: events\/2024\/2024-06-25-openai-api-block-notice\.md: title_zh: /m);
    expect(r.stderr).toMatch(/^warning: events\/2024\/2024-06-25-openai-api-block-notice\.md: summary_zh: /m);
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
    [
      'effective before date without effective_note',
      { [EVENT]: eventFile({ effective: 'effective: 2024-06-20' }) },
      EVENT,
      'effective',
    ],
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

  const page = (extract: string, provider = 'openai') =>
    `  - id: openai-countries\n    kind: page\n    url: https://platform.openai.com/docs/supported-countries\n    provider: ${provider}\n    extract: ${extract}\n`;
  test.each([
    [
      'a duplicate source id',
      `${SOURCES_YAML}${SOURCES_YAML.replace('sources:\n', '')}`,
      /sources\.yaml: sources\[1\] \(theregister\)\.id: duplicate id "theregister": also used by sources\[0\]/,
    ],
    [
      'a page whose provider has no file',
      page('{ selector: "main li" }', 'nobody'),
      /sources\.yaml: sources\[1\] \(openai-countries\)\.provider: unknown provider "nobody": no providers\/nobody\.md/,
    ],
    [
      'a pattern that is not a regular expression',
      page(`{ pattern: '^- (.+$' }`),
      /sources\.yaml: sources\[1\] \(openai-countries\)\.extract\.pattern: not a valid regular expression: /,
    ],
    [
      'a selector that does not parse',
      page('{ selector: "main li[" }'),
      /sources\.yaml: sources\[1\] \(openai-countries\)\.extract\.selector: not a valid CSS selector: /,
    ],
  ])('rejects %s in sources.yaml, naming the entry and field', async (_name, extra, message) => {
    const yaml = extra.startsWith('sources:') ? extra : `${SOURCES_YAML}${extra}`;
    const r = await runCheck({ ...VALID, 'sources.yaml': yaml });
    expect(r.status).toBe(1);
    expect(r.stderr).toMatch(message);
  });

  test('accepts a valid watched page', async () => {
    const r = await runCheck({
      ...VALID,
      'sources.yaml': `${SOURCES_YAML}${page('{ selector: "main li:not(.note)" }')}`,
    });
    expect(r.stderr).toBe('');
    expect(r.status).toBe(0);
  });

  const cite = (url: string, extra = '') => `sources:\n  - url: ${url}\n    publisher: Someone\n${extra}`.trimEnd();
  const REGISTER =
    '  - url: https://www.theregister.com/2024/06/25/openai_unsupported_countries/\n    publisher: The Register\n';

  test.each<[string, string]>([
    ['a refused domain', 'https://haiti24news.com/openai-china'],
    ['a subdomain of a refused domain', 'https://newsar.codejungle.org/2024/openai'],
    ['a refused domain written with www. and upper case', 'https://WWW.StonecroftFolk.com/index-633.html'],
  ])('fails on %s, naming file, field and domain', async (_name, url) => {
    const r = await runCheck({ ...VALID, [EVENT]: eventFile({ sources: cite(url, REGISTER) }) });
    expect(r.status).toBe(1);
    const line = r.stderr.split('\n').find((l) => l.startsWith(`${EVENT}: sources.0.url:`));
    expect(line, r.stderr).toMatch(/is a refused source/);
    expect(line).toContain(new URL(url).hostname.toLowerCase().replace(/^www\./, ''));
  });

  test('fails on a refused domain in a provider file', async () => {
    const p = provider('Baidu', 'CN').replace(
      'https://www.theregister.com/2024/06/25/openai_unsupported_countries/',
      'https://dailyexpertnews.com/x',
    );
    const r = await runCheck({ ...VALID, 'providers/baidu.md': p });
    expect(r.status).toBe(1);
    expect(r.stderr).toMatch(/^providers\/baidu\.md: sources\.0\.url: dailyexpertnews\.com is a refused source/m);
  });

  test('warns on a domain the table does not know, and still exits 0', async () => {
    const r = await runCheck({
      ...VALID,
      [EVENT]: eventFile({ sources: cite('https://blog.unknown-outlet.example/openai', REGISTER) }),
    });
    expect(r.status, r.stderr).toBe(0);
    expect(r.stderr).toMatch(
      /^warning: events\/2024\/2024-06-25-openai-api-block-notice\.md: sources\.0\.url: blog\.unknown-outlet\.example is not in src\/data\/source-quality\.yaml/m,
    );
  });

  test('fails on a published event whose only sources are unvetted', async () => {
    const r = await runCheck({
      ...VALID,
      [EVENT]: eventFile({ sources: cite('https://blog.unknown-outlet.example/openai') }),
    });
    expect(r.status).toBe(1);
    expect(r.stderr).toMatch(
      /^events\/2024\/2024-06-25-openai-api-block-notice\.md: sources: a published event needs at least one primary or established source/m,
    );
  });

  test('only warns on a refused domain in an unreviewed candidate', async () => {
    const r = await runCheck({
      ...VALID,
      [EVENT]: eventFile({ status: 'status: candidate', sources: cite('https://cointeeth.com/x') }),
    });
    expect(r.status, r.stderr).toBe(0);
    expect(r.stderr).toMatch(/^warning: .*sources\.0\.url: cointeeth\.com is a refused source/m);
  });

  test('reports a broken sources.yaml entry by its id and field', async () => {
    const broken = `${SOURCES_YAML}  - id: openai-countries\n    kind: page\n    url: https://platform.openai.com/docs/supported-countries\n`;
    const r = await runCheck({ ...VALID, 'sources.yaml': broken });
    expect(r.status).toBe(1);
    expect(r.stderr).toMatch(/sources\.yaml: sources\[1\] \(openai-countries\)\.provider: /);
  });
});
