import { describe, expect, test } from 'vitest';
import { plain } from '../../scripts/review/format.ts';

describe('plain (one field of outside text on the curator terminal)', () => {
  test.each([
    { name: 'shows an ANSI escape instead of obeying it', input: 'Open\u001b[2J AI', output: 'Open␛[2J AI' },
    { name: 'shows a newline and a C1 control', input: 'a\nb\u009bc', output: 'a␊b<U+009B>c' },
    { name: 'shows a right-to-left override', input: 'invoice\u202Efdp.exe', output: 'invoice<U+202E>fdp.exe' },
    { name: 'keeps Chinese text and punctuation', input: '智谱 · “迁移”', output: '智谱 · “迁移”' },
  ])('$name', ({ input, output }) => {
    expect(plain(input)).toBe(output);
  });
});
