import { readFileSync } from 'node:fs';
import { describe, expect, test } from 'vitest';
import { cleanItem, extractItems } from './extract.ts';
import { codeForItem, mapNames } from './names.ts';

const fixture = (name: string) => readFileSync(new URL(`../../tests/fixtures/pages/${name}`, import.meta.url), 'utf8');

describe('cleanItem', () => {
  test.each([
    ['  Peru \n ', 'Peru'],
    ['**Peru**', 'Peru'],
    ['[Brazil](https://example.invalid/br)', 'Brazil'],
    ['Burkina Faso[^1]', 'Burkina Faso'],
    ['Kenya†', 'Kenya'],
    ['Chile¹,', 'Chile'],
    ['Japan [2]', 'Japan'],
  ])('turns %j into %j', (raw, clean) => {
    expect(cleanItem(raw)).toBe(clean);
  });
});

describe('a footnote mark is not part of the name', () => {
  const MARKED = [
    'Japan<sup>1</sup>',
    'Japan¹',
    'Japan*',
    'Japan (1)',
    'Japan†',
    'Japan‡',
    'Japan [2]',
    'Japan<sup>[3]</sup>',
    'Japan (*)',
  ];

  test.each(MARKED)('%j cleans to Japan and maps to JP', (raw) => {
    expect(cleanItem(raw)).toBe('Japan');
    expect(codeForItem(cleanItem(raw))).toBe('JP');
  });

  test.each(MARKED)('%j in an HTML list item is Japan', (raw) => {
    expect(extractItems(`<main><ul><li>${raw}</li><li>Peru</li></ul></main>`, { selector: 'main li' })).toEqual([
      'Japan',
      'Peru',
    ]);
  });

  test.each(MARKED)('%j on a markdown line is Japan', (raw) => {
    expect(extractItems(`- ${raw}\n- Peru\n`, { pattern: '^-\\s+(.+?)\\s*$' })).toEqual(['Japan', 'Peru']);
  });

  test('a parenthesised word stays part of the name', () => {
    expect(cleanItem('Congo (DRC)')).toBe('Congo (DRC)');
    expect(codeForItem(cleanItem('Virgin Islands (US) (2)'))).toBe('VI');
  });
});

describe('extractItems', () => {
  test('a selector takes the text of the list items in main, not nav, footer or script', () => {
    const items = extractItems(fixture('list-v1.html'), { selector: 'main li' });
    expect(items).toHaveLength(15);
    expect(items).toContain("Côte d'Ivoire");
    expect(items).not.toContain('Home');
    expect(items).not.toContain('Atlantis');
  });

  test('a markup-only change yields the same items', () => {
    const a = extractItems(fixture('list-v1.html'), { selector: 'main li' });
    const b = extractItems(fixture('list-markup.html'), { selector: 'main li' });
    expect(b.sort()).toEqual(a.sort());
  });

  test('a line pattern takes capture group 1 of each matching line', () => {
    const items = extractItems(fixture('list-added.md'), { pattern: '^-\\s+(.+?)\\s*$' });
    expect(items).toContain('Brazil');
    expect(items).toContain('Burkina Faso');
    expect(items).toHaveLength(14);
  });

  test('an invalid pattern is an error naming the pattern', () => {
    expect(() => extractItems('x', { pattern: '(' })).toThrow(/"\(" is not a valid regular expression/);
  });
});

describe('codeForItem', () => {
  test.each([
    ["Côte d'Ivoire", 'CI'],
    ['Cote d’Ivoire', 'CI'],
    ['Korea, Republic of', 'KR'],
    ['South Korea', 'KR'],
    ['Türkiye', 'TR'],
    ['Turkey', 'TR'],
    ['Congo (Brazzaville)', 'CG'],
    ['Congo (DRC)', 'CD'],
    ['Congo, Republic of the', 'CG'],
    ['Democratic Republic of the Congo', 'CD'],
    ['Czechia (Czech Republic)', 'CZ'],
    ['Ukraine (with certain exceptions)', 'UA'],
    ['Virgin Islands (US)', 'VI'],
    ['Virgin Islands (UK)', 'VG'],
    ['Anguilla (UK)', 'AI'],
    ['Timor-Leste, Democratic Republic of', 'TL'],
    ['The Gambia', 'GM'],
    ['Holy See (Vatican City)', 'VA'],
    ['Bosnia', 'BA'],
    ['Kosovo', 'XK'],
    ['United States of America', 'US'],
    ['Saint Helena, Ascension and Tristan da Cunha', 'SH'],
  ])('maps %j to %s', (name, code) => {
    expect(codeForItem(name)).toBe(code);
  });

  test('reports names it cannot map instead of dropping them', () => {
    const m = mapNames(['Peru', 'Atlantis', 'Peru', 'Narnia']);
    expect(m).toEqual({ codes: ['PE'], names: ['Atlantis', 'Narnia', 'Peru'], unknown: ['Atlantis', 'Narnia'] });
  });
});
