/** The source-quality table: lookup by host and parent domain, validation, and the shipped table. */
import { describe, expect, test } from 'vitest';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { buildSourceQuality, classOfSource, hostOf, loadSourceQuality, lookupSource } from './source-quality.ts';

const TABLE = buildSourceQuality([
  { domain: 'openai.com', class: 'primary', name: 'OpenAI' },
  { domain: 'reuters.com', class: 'established', name: 'Reuters' },
  { domain: 'lapresse.it', class: 'established', name: 'La Presse' },
  { domain: 'za.lapresse.it', class: 'refused', name: 'fake mirror' },
  { domain: 'haiti24news.com', class: 'refused', name: 'farm' },
]);

describe('lookupSource', () => {
  test.each([
    ['matches the domain itself', 'https://openai.com/index/x', 'primary'],
    ['matches a subdomain of a listed domain', 'https://platform.openai.com/docs', 'primary'],
    ['matches a deep subdomain', 'https://a.b.help.openai.com/', 'primary'],
    ['ignores www. and the port', 'https://www.reuters.com:443/technology/', 'established'],
    ['ignores letter case', 'https://WWW.Haiti24News.COM/x', 'refused'],
    ['lets the longest listed domain win', 'https://za.lapresse.it/a', 'refused'],
    ['keeps the parent for its other subdomains', 'https://www.lapresse.it/a', 'established'],
    ['does not match a look-alike suffix', 'https://notopenai.com/', 'unknown'],
    ['does not match a listed name inside another domain', 'https://openai.com.evil.example/', 'unknown'],
    ['returns unknown for an unlisted site', 'https://example.org/', 'unknown'],
    ['returns unknown for a string that is not a URL', 'not a url', 'unknown'],
  ])('%s', (_name, url, cls) => {
    expect(classOfSource(TABLE, url)).toBe(cls);
  });

  test('gives the row with name and class', () => {
    expect(lookupSource(TABLE, 'https://platform.openai.com/')).toMatchObject({ domain: 'openai.com', name: 'OpenAI' });
  });

  test('hostOf drops www. and the trailing dot', () => {
    expect(hostOf('https://www.theregister.com./2024/')).toBe('theregister.com');
  });
});

describe('loadSourceQuality', () => {
  const write = (text: string) => {
    const file = join(mkdtempSync(join(tmpdir(), 'aaw-sq-')), 'sq.yaml');
    writeFileSync(file, text);
    return file;
  };

  test('refuses a domain listed twice, naming it', () => {
    const file = write(
      'domains:\n  - { domain: a.com, class: primary, name: A }\n  - { domain: a.com, class: refused, name: A2 }\n',
    );
    expect(() => loadSourceQuality(file)).toThrow(/a\.com is listed twice/);
  });

  test('refuses an unknown class, naming the row', () => {
    const file = write('domains:\n  - { domain: a.com, class: good, name: A }\n');
    expect(() => loadSourceQuality(file)).toThrow(/domains\.0\.class/);
  });

  test('refuses a domain written as a URL', () => {
    const file = write('domains:\n  - { domain: "https://a.com/", class: primary, name: A }\n');
    expect(() => loadSourceQuality(file)).toThrow(/domains\.0\.domain/);
  });

  test('the shipped table loads and refuses the content farms found in earlier content', () => {
    const table = loadSourceQuality();
    const farms = [
      'haiti24news.com',
      'dailyexpertnews.com',
      'stonecroftfolk.com',
      'onlytrustedinfo.com',
      'cointeeth.com',
      'newsar.codejungle.org',
      'globalvillagespace.com',
      'cgwaindia.com',
    ];
    for (const farm of farms) expect(classOfSource(table, `https://${farm}/x`), farm).toBe('refused');
    expect(classOfSource(table, 'https://www.stcn.com/article/detail/1.html')).toBe('established');
    expect(classOfSource(table, 'https://help.openai.com/en/articles/5347006')).toBe('primary');
  });
});
