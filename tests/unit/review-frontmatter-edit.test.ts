import { describe, expect, test } from 'vitest';
import { editFrontmatter } from '../../src/model/frontmatter.ts';

const ORDER = [
  'title',
  'date',
  'effective',
  'type',
  'status',
  'providers',
  'regions',
  'tags',
  'summary',
  'sources',
  'origin',
];

const HAND_WRITTEN = `---
# curated by hand
title: "A \\"quoted\\" title"   # keep me
date: 2024-06-25
type: report  # unsure
status: candidate
providers: [openai]
regions:
  - CN
summary: >-
  Folded text that goes on
  for two lines.
sources:
- url: https://a.example/x
  title: A
  publisher: P
origin: curated
---

Body **kept**.
`;

describe('editFrontmatter', () => {
  test.each([
    {
      name: 'replaces a plain scalar and keeps the comment after it',
      edit: { set: { type: 'incentive' } },
      from: 'type: report  # unsure',
      to: 'type: incentive  # unsure',
    },
    {
      name: 'writes a flow list where a flow list was',
      edit: { set: { providers: ['openai', 'zhipu-ai'] } },
      from: 'providers: [openai]',
      to: 'providers: [openai, zhipu-ai]',
    },
    {
      name: 'writes a block list where a block list was',
      edit: { set: { regions: ['CN', 'HK'] } },
      from: 'regions:\n  - CN\n',
      to: 'regions:\n  - CN\n  - HK\n',
    },
    {
      name: 'inserts a missing key after the key it follows in the house order',
      edit: { set: { effective: '2024-07-09' } },
      from: 'date: 2024-06-25\n',
      to: 'date: 2024-06-25\neffective: 2024-07-09\n',
    },
    {
      name: 'appends to a sequence at the indentation it already has',
      edit: { append: { sources: [{ url: 'https://b.example/y', title: 'B', publisher: 'Q' }] } },
      from: '  publisher: P\n',
      to: '  publisher: P\n- url: https://b.example/y\n  title: B\n  publisher: Q\n',
    },
  ])('$name', ({ edit, from, to }) => {
    expect(HAND_WRITTEN).toContain(from);
    expect(editFrontmatter(HAND_WRITTEN, edit, ORDER)).toBe(HAND_WRITTEN.replace(from, to));
  });

  test('applies a replacement and an insertion at the same spot in the right order', () => {
    const out = editFrontmatter(HAND_WRITTEN, { set: { type: 'incentive', effective: '2024-07-09' } }, ORDER);
    expect(out).toBe(
      HAND_WRITTEN.replace('type: report  # unsure', 'effective: 2024-07-09\ntype: incentive  # unsure'),
    );
  });

  test('appends to an indented block sequence with the same indentation', () => {
    const text = '---\ntitle: T\nsources:\n  - url: https://a.example/\n    title: A\norigin: curated\n---\n';
    const out = editFrontmatter(text, { append: { sources: [{ url: 'https://b.example/', title: 'B' }] } }, ORDER);
    expect(out).toBe(text.replace('    title: A\n', '    title: A\n  - url: https://b.example/\n    title: B\n'));
  });

  test('keeps a file without a body byte for byte apart from the edit', () => {
    const text = '---\ntitle: T\nstatus: candidate\n---\n';
    expect(editFrontmatter(text, { set: { status: 'published' } }, ORDER)).toBe(
      '---\ntitle: T\nstatus: published\n---\n',
    );
  });

  test.each([
    { name: 'refuses a file without frontmatter', text: 'just text\n', message: /no frontmatter/ },
    { name: 'refuses frontmatter that is not a mapping', text: '---\n- a\n---\n', message: /mapping/ },
  ])('$name', ({ text, message }) => {
    expect(() => editFrontmatter(text, { set: { status: 'published' } }, ORDER)).toThrow(message);
  });
});

describe('removing a key', () => {
  test.each([
    ['a scalar line', 'status: candidate\n', { remove: ['status'] }],
    ['a block list with its items', 'regions:\n  - CN\n', { remove: ['regions'] }],
    [
      'a folded scalar over two lines',
      'summary: >-\n  Folded text that goes on\n  for two lines.\n',
      { remove: ['summary'] },
    ],
  ])('takes out %s and keeps every other byte', (_name, lines, edit) => {
    expect(editFrontmatter(HAND_WRITTEN, edit, ORDER)).toBe(HAND_WRITTEN.replace(lines, ''));
  });

  test('a missing key is no change', () => {
    expect(editFrontmatter(HAND_WRITTEN, { remove: ['likely_same_as'] }, ORDER)).toBe(HAND_WRITTEN);
  });

  test('removes the last key before the closing fence', () => {
    expect(editFrontmatter(HAND_WRITTEN, { remove: ['origin'] }, ORDER)).toBe(
      HAND_WRITTEN.replace('origin: curated\n', ''),
    );
  });
});
