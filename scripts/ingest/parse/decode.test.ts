import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import { decodeBody, sniffCharset } from './decode.ts';

const FIXTURES = join(import.meta.dirname, '../../../tests/fixtures/feeds');
const bytesOf = (name: string) => new Uint8Array(readFileSync(join(FIXTURES, name)));
const utf8 = (s: string) => new TextEncoder().encode(s);

describe('decodeBody', () => {
  test.each([
    { file: 'gb2312.xml', contains: '百度宣布免费开放文心大模型', encoding: 'gb18030', source: 'xml' },
    { file: 'big5.xml', contains: '開放人工智慧停止服務中國用戶', encoding: 'big5', source: 'xml' },
    { file: 'utf16le-bom.xml', contains: '智谱清言 GLM-4 免费', encoding: 'utf-16le', source: 'bom' },
    { file: 'utf16be-bom.xml', contains: 'Résumé: 免费额度', encoding: 'utf-16be', source: 'bom' },
    {
      file: 'wrong-charset-utf8-declared-latin1.xml',
      contains: 'Künstliche Intelligenz in Zürich',
      encoding: 'utf-8',
      source: 'sniffed',
    },
    {
      file: 'wrong-charset-latin1-declared-utf8.xml',
      contains: 'Ação – “citação”',
      encoding: 'windows-1252',
      source: 'sniffed',
    },
    { file: 'gb2312-undeclared.xml', contains: '月之暗面发布新模型', encoding: 'gb18030', source: 'sniffed' },
  ])('reads $file as $encoding (from $source)', ({ file, contains, encoding, source }) => {
    const bytes = bytesOf(file);
    expect(sniffCharset(bytes)).toEqual({ encoding, source });
    expect(decodeBody(bytes)).toContain(contains);
  });

  test('strips the BOM from the text', () => {
    expect(decodeBody(new Uint8Array([0xef, 0xbb, 0xbf, 0x3c, 0x61, 0x3e]))).toBe('<a>');
  });

  test('prefers the Content-Type charset over the XML declaration', () => {
    const bytes = bytesOf('gb2312.xml');
    expect(sniffCharset(bytes, 'application/rss+xml; charset=GBK')).toEqual({ encoding: 'gb18030', source: 'header' });
  });

  test('reads a windows-1251 declaration', () => {
    const bytes = new Uint8Array([
      ...utf8('<?xml version="1.0" encoding="windows-1251"?><t>'),
      0xcf,
      0xf0,
      0xe8,
      ...utf8('</t>'),
    ]);
    expect(decodeBody(bytes)).toBe('<?xml version="1.0" encoding="windows-1251"?><t>При</t>');
  });

  test('reads a charset from an HTML meta tag', () => {
    const bytes = new Uint8Array([
      ...utf8('<html><head><meta charset="iso-8859-1"></head><body>caf'),
      0xe9,
      ...utf8('</body></html>'),
    ]);
    expect(decodeBody(bytes)).toContain('café');
  });

  test('reads a charset from meta http-equiv', () => {
    const head = '<html><head><meta http-equiv="Content-Type" content="text/html; charset=gb2312"></head><body>';
    const bytes = new Uint8Array([...utf8(head), 0xd6, 0xd0, 0xce, 0xc4, ...utf8('</body></html>')]);
    expect(decodeBody(bytes)).toContain('中文');
  });

  test('ignores an unknown charset label and falls back to UTF-8', () => {
    const bytes = utf8('<?xml version="1.0" encoding="bogus"?><rss>é</rss>');
    expect(sniffCharset(bytes).encoding).toBe('utf-8');
    expect(decodeBody(bytes)).toContain('é');
  });

  test('reads UTF-16LE without a BOM from its interleaved NULs', () => {
    const text = '<?xml version="1.0"?><rss>中文</rss>';
    const le = new Uint8Array(text.length * 2);
    for (let i = 0; i < text.length; i++) {
      le[2 * i] = text.charCodeAt(i) & 0xff;
      le[2 * i + 1] = text.charCodeAt(i) >> 8;
    }
    expect(decodeBody(le)).toBe(text);
  });
});
