/**
 * The markup of the real watched pages (content/sources.yaml, kind: page), in small pages of our
 * own (testdata/, written by hand): markdown and plain-text bullet lists with footnotes and CRLF,
 * a docs list among navigation, scripts and a footnote list, quota tables (minified and
 * indented), sentences matched by a pattern, table rows picked by their links, a pricing page
 * that is no country list, and pages whose charset only a <meta> states. Each is read with the
 * rule its source uses, and end to end through watchPage against a page server on 127.0.0.1.
 */
import { acmeContent, acmeProvider } from '../../tests/helpers/acme-provider.ts';
import { readFileSync } from 'node:fs';
import { rm } from 'node:fs/promises';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { fetchDefaultsSchema, sourceConfigSchema } from '../../src/model/schema/index.ts';
import { type PageServer, servePages } from '../../tests/helpers/page-server.ts';
import { encodeLegacy, encodeUtf16 } from '../ingest/parse/testdata/encode.ts';
import { extractItems } from './extract.ts';
import { mapNames } from './names.ts';
import { readSnapshot } from './snapshot.ts';
import { watchPage } from './watch.ts';

const page = (name: string) => readFileSync(new URL(`testdata/${name}`, import.meta.url), 'utf8');

/** The rules content/sources.yaml gives the watched pages these fixtures stand for. */
const BULLETS = { pattern: '^\\s*[-*]\\s+(.+?)\\s*$' };
const DOCS_LIST = { selector: 'main ul li' };
const QUOTA_ROWS = { selector: 'table tr' };
const FREE_QUOTA = { pattern: '((?:每个模型均有独立的免费额度|仅华北2（北京）地域模型享有免费额度|额度过期后)[^<]*)' };
const FREE_MODELS = { selector: "table tr:has(a[href*='/models/free/'])" };

describe('the watched pages, read with their own rules', () => {
  test('a markdown list: bold, links, footnote marks and both bullet kinds; footnote definitions and prose are not items', () => {
    const items = extractItems(page('countries.md'), BULLETS);
    expect(mapNames(items)).toEqual({
      codes: ['BW', 'CD', 'CI', 'CZ', 'DZ', 'JP', 'KE', 'KR', 'TL', 'TR', 'UA', 'VG'],
      names: [
        'Algeria',
        'Botswana',
        'Congo (DRC)',
        'Czechia (Czech Republic)',
        "Côte d'Ivoire",
        'Japan',
        'Kenya',
        'Korea, Republic of',
        'Timor-Leste',
        'Türkiye',
        'Ukraine (with certain exceptions)',
        'Virgin Islands (UK)',
      ],
      unknown: [],
    });
  });

  test('a plain-text list with CRLF line endings and padded "*" bullets', () => {
    const text = page('regions.md.txt');
    expect(text).toContain('\r\n');
    const items = extractItems(text, BULLETS);
    expect(items).toHaveLength(7);
    expect(items.some((i) => /\r/.test(i))).toBe(false);
    expect(mapNames(items).codes).toEqual(['AL', 'BR', 'CA', 'GM', 'SH', 'US', 'VA']);
  });

  test('a docs list in <main>: not the header, footer, scripts, styles, noscript or the footnote list', () => {
    const items = extractItems(page('regions-docs.html'), DOCS_LIST);
    expect(items).toEqual([
      'Albania',
      'Brazil',
      "Côte d'Ivoire",
      'Korea, Republic of',
      'Peru',
      'Virgin Islands (US)',
      'Japan',
      'Congo (Brazzaville)',
    ]);
    expect(mapNames(items).unknown).toEqual([]);
  });

  test('a minified quota table reads like the indented one: cells are separate words', () => {
    const minified = extractItems(page('quota-minified.html'), QUOTA_ROWS);
    expect(minified).toEqual([
      '序号 服务名称 赠送Tokens量 有效期',
      '1 ERNIE-Speed-128K 5000万 永久',
      '2 ERNIE-Lite-8K 2000万 12个月',
      '3 ERNIE-Tiny-8K 1000万 12个月',
    ]);
    expect(extractItems(page('quota-indented.html'), QUOTA_ROWS)).toEqual(minified);
  });

  test('a line pattern picks the free-quota sentences out of HTML, without the markup after them', () => {
    expect(extractItems(page('free-quota.html'), FREE_QUOTA)).toEqual([
      '每个模型均有独立的免费额度，互不影响。',
      '仅华北2（北京）地域模型享有免费额度，其他地域按量计费。',
      '额度过期后，调用将自动转为付费。',
    ]);
  });

  test('table rows are picked by the link they hold', () => {
    expect(extractItems(page('model-overview.html'), FREE_MODELS)).toEqual([
      'GLM-4-Flash 免费的通用模型 免费',
      'GLM-4V-Flash 免费的视觉模型 免费',
      'CogView-3-Flash 免费的图像生成模型 免费',
    ]);
  });
});

const PROVIDER = acmeProvider();

describe('watched pages end to end', () => {
  let server: PageServer;
  let dir: string;
  const defaults = fetchDefaultsSchema.parse({ timeout_ms: 5000, allow_private_addresses: true });

  beforeAll(async () => {
    server = await servePages();
    dir = await acmeContent('watch-pages-fixtures-', PROVIDER);
  });
  afterAll(async () => {
    await server.close();
    await rm(dir, { recursive: true, force: true });
  });

  /** Serves `body` at /<id> and checks it once as source <id>. */
  async function check(
    id: string,
    body: string | Uint8Array,
    contentType: string,
    extra: Record<string, unknown>,
    today = '2025-03-01',
  ) {
    server.set(`/${id}`, { body, contentType });
    const source = sourceConfigSchema.parse({
      id,
      kind: 'page',
      url: `${server.url}/${id}`,
      provider: 'acme',
      ...extra,
    });
    return watchPage(source, { contentDir: dir, defaults, today });
  }

  test('a docs country list becomes the baseline and sets the availability', async () => {
    const out = await check('docs-list', page('regions-docs.html'), 'text/html; charset=utf-8', {
      extract: DOCS_LIST,
      expect_min: 5,
    });
    expect(out).toMatchObject({ status: 'baseline', count: 8, unknown: [] });
    expect((await readSnapshot(dir, 'docs-list'))!.codes).toEqual(['AL', 'BR', 'CG', 'CI', 'JP', 'KR', 'PE', 'VI']);
  });

  test('a quota table that only changes its markup (minified → indented) is unchanged, not a new offer', async () => {
    const rule = { list: 'offers', extract: QUOTA_ROWS, expect_min: 2 };
    expect(await check('quota', page('quota-minified.html'), 'text/html', rule)).toMatchObject({
      status: 'baseline',
      count: 4,
    });
    expect(await check('quota', page('quota-indented.html'), 'text/html', rule, '2025-03-02')).toMatchObject({
      status: 'unchanged',
    });
    const changed = page('quota-indented.html').replace('5000万', '8000万');
    expect(await check('quota', changed, 'text/html', rule, '2025-03-03')).toMatchObject({
      status: 'changed',
      added: ['1 ERNIE-Speed-128K 8000万 永久'],
      removed: ['1 ERNIE-Speed-128K 5000万 永久'],
    });
  });

  test('GB2312 declared only by <meta http-equiv>, served as bare text/html, decodes', async () => {
    const bytes = encodeLegacy(page('gb2312-page.html'), 'gbk');
    const out = await check('gb-page', bytes, 'text/html', { list: 'offers', extract: { selector: 'ul.offers li' } });
    expect(out).toMatchObject({ status: 'baseline', count: 2 });
    const names = (await readSnapshot(dir, 'gb-page'))!.names;
    expect(names).toEqual(['新用户赠送一千万免费额度', '老用户迁移可再领五百万额度'].sort());
  });

  test('ISO-8859-1 declared by a <meta charset> after the first 1024 bytes decodes', async () => {
    const html = `<html><head><!-- ${'padding '.repeat(150)} --><meta charset="iso-8859-1"><title>Régions</title></head>
<body><main><ul><li>Côte d'Ivoire</li><li>Curaçao</li><li>Réunion</li><li>São Tomé and Príncipe</li></ul></main></body></html>`;
    expect(html.indexOf('<meta')).toBeGreaterThan(1024);
    const out = await check('latin-page', encodeLegacy(html, 'windows-1252'), 'text/html', {
      extract: { selector: 'main li' },
      expect_min: 4,
    });
    expect(out).toMatchObject({ status: 'baseline', unknown: [] });
    expect((await readSnapshot(dir, 'latin-page'))!.codes).toEqual(['CI', 'CW', 'RE', 'ST']);
  });

  test('a UTF-16 page with a BOM decodes', async () => {
    const bytes = encodeUtf16(page('countries.md'), 'le', true);
    const out = await check('utf16-page', bytes, 'text/markdown', { extract: BULLETS, expect_min: 10 });
    expect(out).toMatchObject({ status: 'baseline', count: 12, unknown: [] });
  });

  test('a pricing page read as a country list fails the check instead of replacing the list', async () => {
    const out = await check('pricing', page('pricing.html'), 'text/html; charset=utf-8', {
      extract: { selector: 'h3' },
      expect_min: 100,
    });
    expect(out).toMatchObject({ status: 'failed', error: { kind: 'invalid' } });
    expect(await readSnapshot(dir, 'pricing')).toBeUndefined();
  });
});
