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

/** A machine-found candidate and a month-precision event: cases the bundled content may lack. */
const MACHINE_ID = '2024-06-26-feed-found-migration-offer';
const MONTH_ID = '2024-05-01-month-only-price-cut';
const EXTRA_EVENTS = {
  [`events/2024/${MACHINE_ID}.md`]: eventFile({
    title: 'title: A feed proposes a migration offer for OpenAI API users',
    date: 'date: 2024-06-26',
    effective: null,
    type: 'type: incentive',
    status: 'status: candidate',
    providers: 'providers: [baidu]',
    regions: 'regions: [CN]',
    summary: 'summary: Proposed by the ingester from a feed item; not reviewed.',
    sources:
      'sources:\n  - url: https://www.theregister.com/2024/06/26/migration/\n    publisher: The Register\n    via: theregister',
    origin: 'origin: feed:theregister',
  }),
  [`events/2024/${MONTH_ID}.md`]: eventFile({
    title: 'title: A price cut whose day nobody recorded',
    date: 'date: 2024-05-01\ndate_precision: month',
    effective: null,
    type: 'type: incentive',
    providers: 'providers: [baidu]',
    regions: 'regions: [CN]',
    summary: 'summary: Only the month of this price cut is known.',
  }),
};

/** Builds the tree once, for every test that reads OUT. */
let built: Promise<void> | undefined;
const buildValidTree = () =>
  (built ??= (async () => {
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
      ...EXTRA_EVENTS,
    });
    dirs.push(content, OUT, `${OUT}-cache`);
    expect(formatReport(await readContent(content))).toBe('');
    await buildSite({ outDir: OUT, contentDir: content });
  })());

describe('astro build reads content like check does', { timeout: 240_000 }, () => {
  test('strings a YAML 1.1 reader would misread are shown as written; a hostile body reaches the page as text only', async () => {
    await buildValidTree();
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

  test('a machine-found event marks its source links nofollow and runs no inline script', async () => {
    await buildValidTree();
    const $ = load(readFileSync(join(OUT, 'events', MACHINE_ID, 'index.html'), 'utf8'));
    expect($('h1').text().trim()).toBe('A feed proposes a migration offer for OpenAI API users');
    const rels = $('ol.sources a.source-link')
      .toArray()
      .map((a) => $(a).attr('rel'));
    expect(rels).toEqual(['noopener noreferrer nofollow']);
    expect($('script:not([src])').length).toBe(0);
    // a curated event's source links are followed
    const curated = load(readFileSync(join(OUT, 'events', MONTH_ID, 'index.html'), 'utf8'));
    expect(curated('ol.sources a.source-link').first().attr('rel')).toBe('noopener noreferrer');
  });

  test('the timeline shows a month-precision date as the month alone', async () => {
    await buildValidTree();
    const $ = load(readFileSync(join(OUT, 'index.html'), 'utf8'));
    const time = $(`[data-event="${MONTH_ID}"] time`).first();
    expect(time.attr('datetime')).toBe('2024-05');
    expect(time.text().trim()).toBe('May 2024');
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
