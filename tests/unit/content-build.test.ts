/**
 * A real `astro build`, for a handful of cases only (builds are slow): a tree whose strings a
 * YAML 1.1 reader would misread and whose body is hostile builds, shows those strings as
 * written and no markup from the body; a few malformed trees fail the build with the very
 * lines `check` prints.
 */
import { afterAll, describe, expect, test } from 'vitest';
import { readFileSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { load } from 'cheerio';
import { buildSite } from '../helpers/build-site.ts';
import { VALID, eventFile, writeTree } from '../helpers/content-cases.ts';
import { MALFORMED, treeOf } from '../helpers/malformed-cases.ts';
import { formatReport, readContent } from '../../src/model/read-content.ts';

const dirs: string[] = [];
afterAll(() => {
  for (const d of dirs) rmSync(d, { recursive: true, force: true });
});

const HOSTILE_BODY = [
  'A curated note with a [real link](https://example.org/ok).',
  '<meta http-equiv="refresh" content="1;url=https://evil.example/">',
  '<script>alert(1)</script> <iframe src="https://evil.example/"></iframe>',
  '<form action="https://evil.example/"><input name="q"></form> <object data="https://evil.example/o"></object> <embed src="https://evil.example/e">',
  '<base href="https://evil.example/"> <link rel="stylesheet" href="https://evil.example/s.css"> <style>body{display:none}</style>',
  '<p onclick="alert(1)">x</p> [js](javascript:alert(1)) ![t](https://evil.example/t.gif)',
].join('\n\n');

const ID = '2024-06-25-openai-api-block-notice';
const OUT = join(import.meta.dirname, '../../.test-dist-content-build');

describe('astro build reads content like check does', { timeout: 240_000 }, () => {
  test('strings a YAML 1.1 reader would misread are shown as written; a hostile body reaches the page as text only', async () => {
    const content = writeTree({
      ...VALID,
      [`events/2024/${ID}.md`]: eventFile(
        {
          title: 'title: 2024-06-25',
          regions: 'regions: [NO]',
          sources: 'sources:\n  - url: https://www.theregister.com/2024/06/25/a\n    publisher: 0b101',
        },
        HOSTILE_BODY,
      ),
    });
    dirs.push(content, OUT, `${OUT}-cache`);
    await buildSite({ outDir: OUT, contentDir: content });
    const html = readFileSync(join(OUT, 'events', ID, 'index.html'), 'utf8');
    const $ = load(html);
    expect($('h1').text().trim()).toBe('2024-06-25');
    expect(html).toContain('0b101');
    const body = $('.body');
    expect(body.find('a[href="https://example.org/ok"]').length).toBe(1);
    expect(body.find('meta, script, iframe, form, input, object, embed, base, link, style, img').length).toBe(0);
    expect(body.find('[onclick]').length).toBe(0);
    expect(body.text()).toContain('<meta http-equiv="refresh"');
    expect($('meta[http-equiv="refresh" i]').length).toBe(0);
    expect($('base').length).toBe(0);
    // Escaped text may still read `src="https://evil.example/"`: look at real attributes only.
    const links = $('[href], [src], [action], [data]')
      .toArray()
      .flatMap((el) => ['href', 'src', 'action', 'data'].map((a) => $(el).attr(a) ?? ''));
    expect(links.filter((v) => /^\s*javascript:|evil\.example/i.test(v))).toEqual([]);
  });

  const BUILT = [
    'an impossible date (31 June)',
    'a NUL byte in the body',
    'a symlinked event file',
    'a !!js/undefined tag',
  ];
  test.each(MALFORMED.filter((c) => BUILT.includes(c.name)))(
    '$name fails the build with the lines check prints',
    async (c) => {
      const content = writeTree(treeOf(c));
      const out = join(import.meta.dirname, `../../.test-dist-bad-${BUILT.indexOf(c.name)}`);
      dirs.push(content, out, `${out}-cache`);
      const lines = formatReport(await readContent(content));
      expect(lines).toContain(`${c.file}: ${c.field}: `);
      const error = await buildSite({ outDir: out, contentDir: content }).then(
        () => 'built',
        (err: Error) => err.message,
      );
      expect(error).not.toBe('built');
      expect(error).toContain(lines);
    },
  );
});
