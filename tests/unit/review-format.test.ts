import { describe, expect, test } from 'vitest';
import { plain } from '../../scripts/review/format.ts';

describe('plain (feed text on the curator terminal)', () => {
  test.each([
    { name: 'turns an ANSI escape into a space', input: 'Open\u001b[2J AI', output: 'Open [2J AI' },
    { name: 'turns a newline and a C1 control into spaces', input: 'a\nb\u009bc', output: 'a b c' },
    { name: 'keeps Chinese text and punctuation', input: '智谱 · “迁移”', output: '智谱 · “迁移”' },
  ])('$name', ({ input, output }) => {
    expect(plain(input)).toBe(output);
  });
});
