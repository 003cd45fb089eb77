/**
 * Every line of ../shared/corpus/payloads/xss.txt injected into generated RSS, Atom and JSON feeds
 * (tests/helpers/xss-feeds.ts): what normalize lets through is plain text without markup and only
 * absolute http(s) links. Skips with a notice when the corpus is absent (SHARED_DIR);
 * scripts/ingest/normalize/xss.test.ts covers the payload shapes without it.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, test } from 'vitest';
import { expectPayloadHandled } from '../helpers/xss-feeds.ts';
import { sharedPath, sharedPresent } from '../helpers/shared-dir.ts';

const FILE = sharedPath('corpus/payloads/xss.txt');
const present = sharedPresent(FILE, 'ingest-xss');
const payloads = present
  ? readFileSync(FILE, 'utf8')
      .split('\n')
      .filter((l) => l.length > 0)
  : [];

describe.skipIf(!present)('XSS payloads in feeds', () => {
  test.each(payloads.map((p, i) => [i + 1, p] as const))(
    'line %i yields only plain text and http(s) links',
    (_line, payload) => expectPayloadHandled(payload),
  );

  test('the payload list is the 90-line file the catalogue describes', () => {
    expect(payloads.length).toBeGreaterThanOrEqual(80);
  });
});
