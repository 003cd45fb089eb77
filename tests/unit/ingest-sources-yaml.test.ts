import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import { loadSourcesFile } from '../../src/model/store.ts';

const FILE = join(import.meta.dirname, '../../content/sources.yaml');
const REPORTED_BROKEN = [
  'blogs.microsoft.com/ai/feed',
  'anthropic.com/news/rss',
  'ai.meta.com/blog/rss',
  'mistral.ai/news/rss',
  'api-docs.deepseek.com/news/rss',
  'bis.gov/rss.xml',
  'x.ai/news',
];

describe('content/sources.yaml', async () => {
  const file = await loadSourcesFile(FILE);
  const feeds = file.sources.filter((s) => s.kind === 'feed');

  test('validates and names the project with a contact URL in its User-Agent', () => {
    expect(file.defaults.user_agent).toMatch(/^ai-access-watch\/\S+ \(\+https:\/\/github\.com\//);
    expect(feeds.length).toBeGreaterThanOrEqual(25);
  });

  test('has unique ids and unique URLs', () => {
    const ids = file.sources.map((s) => s.id);
    expect(new Set(ids).size).toBe(ids.length);
    const urls = feeds.map((s) => s.url);
    expect(new Set(urls).size).toBe(urls.length);
  });

  test('uses https for every feed and names a language', () => {
    for (const s of feeds) {
      expect(s.url, s.id).toMatch(/^https:\/\//);
      expect(s.language, s.id).toMatch(/^(en|zh)$/);
    }
  });

  test('leaves out feeds the catalogue reports broken', () => {
    for (const s of feeds) for (const bad of REPORTED_BROKEN) expect(s.url, s.id).not.toContain(bad);
  });

  test('covers Google News and Bing News searches in English and Chinese', () => {
    const search = feeds.filter((s) => /news\.google\.com\/rss\/search|bing\.com\/news\/search/.test(s.url));
    expect(new Set(search.map((s) => `${new URL(s.url).hostname}:${s.language}`))).toEqual(
      new Set(['news.google.com:en', 'news.google.com:zh', 'www.bing.com:en', 'www.bing.com:zh']),
    );
  });

  test('gives Google News queries consistent hl, gl and ceid, and Bing queries format=RSS', () => {
    for (const s of feeds) {
      const u = new URL(s.url);
      if (u.hostname === 'news.google.com') {
        const [country, lang] = (u.searchParams.get('ceid') ?? '').split(':');
        expect(u.searchParams.get('gl'), s.id).toBe(country);
        expect(u.searchParams.get('hl')?.startsWith(lang!.slice(0, 2)), s.id).toBe(true);
      }
      if (u.hostname === 'www.bing.com') expect(u.searchParams.get('format'), s.id).toBe('RSS');
    }
  });
});
