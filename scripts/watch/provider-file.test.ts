import { describe, expect, test } from 'vitest';
import { parseMarkdown } from '../../src/lib/frontmatter.ts';
import { providerSchema } from '../../src/lib/schema.ts';
import { updateProviderText, type AvailabilityChange } from './provider-file.ts';

const SRC = { url: 'https://example.com/countries', title: 'Acme supported countries', publisher: 'Acme', published: '2025-05-06', via: 'acme-countries' };
const change: AvailabilityChange = { added: ['PE'], removed: ['KE'], date: '2025-05-06', source: SRC, removedNote: 'No longer listed.' };

const HEAD = `---
# Curated by hand: keep this comment.
name: Acme AI
name_zh: 阿克米
aliases: [Acme, "Acme AI"]
hq: US
website: https://acme.example
openai_compatible: { status: yes }
`;
const TAIL = `sources:
  - url: https://acme.example/about
    title: "About Acme"   # quoted on purpose
    publisher: Acme
---

Curated notes, **kept** exactly.
`;
const WITH_LIST = `${HEAD}availability:
- region: KE
  status: available
  source: { url: "https://acme.example/a", title: A, publisher: Acme }
- region: CN
  status: blocked
  since: 2024-07-09
  source: { url: "https://acme.example/b", title: B, publisher: Acme }

# models follow
${TAIL}`;

describe('updateProviderText', () => {
  test('changes only the availability block; every other byte stays', () => {
    const out = updateProviderText(WITH_LIST, change);
    expect(out.startsWith(HEAD)).toBe(true);
    expect(out.endsWith(`\n\n# models follow\n${TAIL}`)).toBe(true);
    const p = providerSchema.parse(parseMarkdown(out).data);
    expect(p.availability.map((a) => [a.region, a.status, a.since])).toEqual([
      ['KE', 'blocked', '2025-05-06'],
      ['CN', 'blocked', '2024-07-09'],
      ['PE', 'available', '2025-05-06'],
    ]);
    expect(p.availability[0]!.note).toBe('No longer listed.');
  });

  test('adds an availability block before the closing fence when there is none', () => {
    const text = `${HEAD}${TAIL}`;
    const out = updateProviderText(text, change);
    expect(out.startsWith(`${HEAD}${TAIL.split('---')[0]}availability:\n`)).toBe(true);
    expect(out.endsWith('---\n\nCurated notes, **kept** exactly.\n')).toBe(true);
    expect(providerSchema.parse(parseMarkdown(out).data).availability).toHaveLength(2);
  });

  test('refuses a change that would make the file invalid', () => {
    expect(() => updateProviderText(WITH_LIST, { ...change, added: ['XX'] }, 'acme.md')).toThrow(/acme\.md: availability update would be invalid/);
  });
});
