import { describe, expect, test } from 'vitest';
import { archiveDate, archiveLabel, archiveUrl, waybackTimestamp } from './archive.ts';

describe('archiveUrl', () => {
  test.each([
    {
      name: 'puts the day before the plain URL',
      url: 'https://openai.com/index/api-access/',
      date: '2024-06-25',
      out: 'https://web.archive.org/web/20240625/https://openai.com/index/api-access/',
    },
    {
      name: 'keeps the query string unencoded',
      url: 'https://example.com/a?id=3&lang=en',
      date: '2024-07-01',
      out: 'https://web.archive.org/web/20240701/https://example.com/a?id=3&lang=en',
    },
    {
      name: 'keeps an http URL',
      url: 'http://news.example.cn/2024/06/x.html',
      date: '2024-06-26',
      out: 'https://web.archive.org/web/20240626/http://news.example.cn/2024/06/x.html',
    },
    {
      name: 'keeps a Chinese path as the source link has it',
      url: 'https://example.cn/新闻',
      date: '2024-06-26',
      out: 'https://web.archive.org/web/20240626/https://example.cn/%E6%96%B0%E9%97%BB',
    },
    { name: 'gives nothing for a javascript: URL', url: 'javascript:alert(1)', date: '2024-06-25', out: undefined },
    { name: 'gives nothing for a relative URL', url: '/news/a', date: '2024-06-25', out: undefined },
  ])('$name', ({ url, date, out }) => {
    expect(archiveUrl(url, date)).toBe(out);
  });

  test.each(['2024-6-25', 'June 2024', ''])('refuses the date "%s", naming it', (date) => {
    expect(() => waybackTimestamp(date)).toThrow(`"${date}"`);
  });
});

describe('archiveDate and archiveLabel', () => {
  test.each([
    { name: 'uses the source date when it has one', source: { published: '2024-06-26' }, out: '2024-06-26' },
    { name: 'falls back to the event date', source: {}, out: '2024-06-25' },
  ])('$name', ({ source, out }) => {
    expect(archiveDate(source, '2024-06-25')).toBe(out);
  });

  test('names the publisher in the accessible name', () => {
    expect(archiveLabel('Reuters')).toBe('Archived copy of Reuters source');
  });
});
