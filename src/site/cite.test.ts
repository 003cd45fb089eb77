import { describe, expect, test } from 'vitest';
import { bibtex, bibtexEscape, plainCitation } from './cite.ts';

const input = {
  id: '2024-07-09-openai-api-block-takes-effect',
  title: 'OpenAI’s block on API traffic from China takes effect',
  date: '2024-07-09',
  url: 'https://example.org/events/2024-07-09-openai-api-block-takes-effect/',
  siteName: 'AI Access Watch',
};

describe('citations', () => {
  test('plain: site, title, human date, permalink', () => {
    expect(plainCitation(input)).toBe(
      'AI Access Watch. “OpenAI’s block on API traffic from China takes effect.” 9 July 2024. https://example.org/events/2024-07-09-openai-api-block-takes-effect/',
    );
  });
  test('plain: a month-precision date names only the month', () => {
    expect(plainCitation({ ...input, date: '2024-07-01', precision: 'month' })).toContain(' July 2024. ');
  });
  test('BibTeX: a @misc entry keyed by the event id, month as a macro, urldate only when given', () => {
    const entry = bibtex(input);
    expect(entry).toMatch(/^@misc\{aiaccesswatch:2024-07-09-openai-api-block-takes-effect,\n/);
    expect(entry).toContain('  month = jul,');
    expect(entry).toContain('  author = {{AI Access Watch}},');
    expect(entry).not.toContain('urldate');
    expect(bibtex(input, '2026-01-02')).toContain('  urldate = {2026-01-02},');
  });
  test('BibTeX: TeX specials in titles are escaped and braces stay balanced', () => {
    expect(bibtexEscape('50% off {now} & $5_a #1 ~ ^ \\')).toBe(
      '50\\% off \\{now\\} \\& \\$5\\_a \\#1 \\~{} \\^{} \\textbackslash{}',
    );
    const entry = bibtex({ ...input, title: 'A } B { C' });
    let depth = 0;
    for (const m of entry.replace(/\\[{}]/g, '').matchAll(/[{}]/g)) {
      depth += m[0] === '{' ? 1 : -1;
      expect(depth).toBeGreaterThanOrEqual(0);
    }
    expect(depth).toBe(0);
  });
});
