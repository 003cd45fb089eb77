/**
 * The Chinese side of the curated content: every published event has a Chinese title and summary,
 * and every provider a Chinese description, written in Chinese (not left in English), within the
 * schema's limits, with Chinese punctuation, and placed where the writers put them (title_zh right
 * after title, summary_zh right after summary, description_zh right after name_zh or name), so
 * a later rewrite by the ingest or review tools leaves the files unchanged.
 */
import { beforeAll, describe, expect, test } from 'vitest';
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { loadContent, type LoadedContent } from '../../src/model/store.ts';
import { SUMMARY_MAX, TITLE_MAX } from '../../src/model/schema/index.ts';

const ROOT = fileURLToPath(new URL('../../content', import.meta.url));
const HAN = /\p{Script=Han}/u;
const hanCount = (s: string) => [...s].filter((c) => HAN.test(c)).length;
/** An ASCII comma, full stop, colon, semicolon or bracket right after a Han character. */
const ASCII_PUNCT_AFTER_HAN = /\p{Script=Han}[,.;:!?()]/u;
/** Four-digit years (1900-2099) a text mentions. */
const years = (s: string) => new Set(s.match(/(?<!\d)(19|20)\d{2}(?!\d)/g) ?? []);

let content: LoadedContent;

beforeAll(async () => {
  content = await loadContent(ROOT);
});

/** The top-level keys of a file's frontmatter, in the order written. */
function topKeys(file: string): string[] {
  const text = readFileSync(file, 'utf8');
  const fm = text.slice(4, text.indexOf('\n---', 4));
  return fm.split('\n').flatMap((l) => l.match(/^([a-z_]+):/)?.[1] ?? []);
}

describe('Chinese event texts', () => {
  const published = () => content.events.filter((e) => e.data.status === 'published');

  test('there are published events to check', () => {
    expect(published().length).toBeGreaterThanOrEqual(100);
  });

  test('every published event has a title_zh and summary_zh written in Chinese, within the limits', () => {
    for (const e of published()) {
      const { title_zh, summary_zh } = e.data;
      expect(title_zh, `${e.id} title_zh`).toBeTypeOf('string');
      expect(summary_zh, `${e.id} summary_zh`).toBeTypeOf('string');
      expect(title_zh!.length, e.id).toBeLessThanOrEqual(TITLE_MAX);
      expect(summary_zh!.length, e.id).toBeLessThanOrEqual(SUMMARY_MAX);
      // Mostly Chinese: model and company names stay Latin, but Han characters carry the text.
      expect(hanCount(title_zh!), `${e.id} title_zh`).toBeGreaterThanOrEqual(6);
      expect(hanCount(summary_zh!), `${e.id} summary_zh`).toBeGreaterThanOrEqual(30);
      expect(summary_zh, e.id).not.toBe(title_zh);
      expect(summary_zh, e.id).not.toBe(e.data.summary);
    }
  });

  test('uses full-width punctuation after Chinese characters', () => {
    for (const e of published()) {
      for (const [field, text] of [
        ['title_zh', e.data.title_zh],
        ['summary_zh', e.data.summary_zh],
      ] as const) {
        expect(text?.match(ASCII_PUNCT_AFTER_HAN)?.[0], `${e.id} ${field}`).toBeUndefined();
      }
    }
  });

  test('keeps every year the English summary and title mention', () => {
    for (const e of published()) {
      const zh = `${e.data.title_zh} ${e.data.summary_zh}`;
      for (const y of years(`${e.data.title} ${e.data.summary}`)) expect(zh, `${e.id} drops ${y}`).toContain(y);
    }
  });

  test('places title_zh right after title and summary_zh right after summary', () => {
    for (const e of content.events.filter((x) => x.data.title_zh !== undefined)) {
      const keys = topKeys(e.file);
      expect(keys[keys.indexOf('title') + 1], e.id).toBe('title_zh');
      expect(keys[keys.indexOf('summary') + 1], e.id).toBe('summary_zh');
    }
  });
});

describe('Chinese provider descriptions', () => {
  test('every provider has a description_zh written in Chinese, within the limit', () => {
    expect(content.providers.length).toBeGreaterThanOrEqual(16);
    for (const p of content.providers) {
      const d = p.data.description_zh;
      expect(d, `${p.id} description_zh`).toBeTypeOf('string');
      expect(d!.length, p.id).toBeLessThanOrEqual(2000);
      expect(hanCount(d!), p.id).toBeGreaterThanOrEqual(40);
      expect(d!.match(ASCII_PUNCT_AFTER_HAN)?.[0], p.id).toBeUndefined();
      expect(d, p.id).not.toBe(p.body.trim());
    }
  });

  test('keeps every year the English description mentions', () => {
    for (const p of content.providers) {
      for (const y of years(p.body)) expect(p.data.description_zh, `${p.id} drops ${y}`).toContain(y);
    }
  });

  test('places description_zh right after name_zh, or after name when there is no name_zh', () => {
    for (const p of content.providers) {
      const keys = topKeys(p.file);
      const anchor = keys.includes('name_zh') ? 'name_zh' : 'name';
      expect(keys[keys.indexOf(anchor) + 1], p.id).toBe('description_zh');
    }
  });
});
