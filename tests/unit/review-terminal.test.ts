/**
 * Nothing the review prints can steer the curator's terminal: ESC sequences (screen clearing,
 * OSC 52 clipboard writes) and bidi overrides in titles, file names and typed ids are shown,
 * never passed through, on every print path (list, list --json, commands, errors, interactive).
 */
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { cp, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { spawnSync } from 'node:child_process';
import { PassThrough } from 'node:stream';
import { terminalJson, terminalText } from '../../scripts/cli/terminal.ts';
import { reviewInteractive } from '../../scripts/review/interactive.ts';

const ESC_NAME = '2024-06-28-\u001b]52;c;ZXZpbA==\u0007\u001b[2J';
const RLO_TITLE = 'OpenAI \u202Ekcolb\u202C lifts the block';
/** Raw controls a terminal would obey: C0 (but newline), DEL, C1, bidi controls. */
const RAW = /[\u0000-\u0009\u000b-\u001f\u007f-\u009f\u202a-\u202e\u2066-\u2069\u200e\u200f]/;

let root: string;
beforeAll(async () => {
  root = await mkdtemp(join(tmpdir(), 'aaw-review-term-'));
  await cp('tests/fixtures/review-content', root, { recursive: true });
  const source = join(root, 'events', '2024', '2024-06-27-zhipu-free-tokens-for-openai-users.md');
  const text = (await readFile(source, 'utf8')).replace('date: 2024-06-27', 'date: 2024-06-28');
  await writeFile(
    join(root, 'events', '2024', `${ESC_NAME}.md`),
    text.replace(/^title: .*$/m, `title: "${RLO_TITLE}"`),
  );
});
afterAll(() => rm(root, { recursive: true, force: true }));

const review = (...args: string[]) =>
  spawnSync(process.execPath, ['--import', 'tsx', 'scripts/review.ts', ...args, '--content', root], {
    encoding: 'utf8',
  });

describe('terminalText', () => {
  test.each([
    ['an OSC 52 clipboard write', '\u001b]52;c;ZXZpbA==\u0007', '␛]52;c;ZXZpbA==␇'],
    ['a carriage return that would overwrite the line', 'ok\rFAKE', 'ok␍FAKE'],
    ['DEL', 'a\u007fb', 'a␡b'],
    ['isolates and direction marks', '\u2066x\u2069\u200f', '<U+2066>x<U+2069><U+200F>'],
    ['a line separator', 'a\u2028b', 'a<U+2028>b'],
  ])('shows %s', (_name, input, output) => {
    expect(terminalText(input)).toBe(output);
  });

  test('keeps line breaks only where asked', () => {
    expect(terminalText('a\nb', { newlines: true })).toBe('a\nb');
    expect(terminalText('a\nb')).toBe('a␊b');
  });

  test('JSON keeps the data but escapes every invisible control', () => {
    const value = { title: RLO_TITLE, id: ESC_NAME };
    const json = terminalJson(value);
    expect(json).not.toMatch(RAW);
    expect(JSON.parse(json)).toEqual(value);
  });
});

describe('the review command line', () => {
  test('list shows the file name and the title, controls made visible', () => {
    const r = review('list');
    expect(r.status).toBe(0);
    expect(r.stdout).not.toMatch(RAW);
    expect(r.stdout).toContain('2024-06-28-␛]52;c;ZXZpbA==␇␛[2J');
    expect(r.stdout).toContain('OpenAI <U+202E>kcolb<U+202C> lifts the block');
  });

  test('list --json stays valid JSON holding the real values', () => {
    const r = review('list', '--json');
    expect(r.stdout).not.toMatch(RAW);
    const rows = JSON.parse(r.stdout) as { id: string; title: string }[];
    expect(rows.find((row) => row.id === ESC_NAME)?.title).toBe(RLO_TITLE);
  });

  test('an error naming a typed id shows its controls', () => {
    const r = review('publish', 'nope\u001b[2J\u202E', '--lock-wait', '0');
    expect(r.status).toBe(1);
    expect(r.stderr).not.toMatch(RAW);
    expect(r.stderr).toContain('nope␛[2J<U+202E>: unknown event id');
  });
});

describe('the interactive review', () => {
  test('shows the file name and title of a candidate with their controls visible', async () => {
    const input = new PassThrough();
    const output = new PassThrough();
    let printed = '';
    output.on('data', (d) => (printed += d));
    input.end('q\n');
    await reviewInteractive(root, input, output);
    expect(printed).not.toMatch(RAW);
    expect(printed).toContain('[1/4] 2024-06-28-␛]52;c;ZXZpbA==␇␛[2J');
    expect(printed).toContain('<U+202E>kcolb<U+202C>');
  });
});
