import { readFile, rm } from 'node:fs/promises';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterEach, beforeEach, describe, expect, test } from 'vitest';
import { loadContent } from '../../src/model/store.ts';
import { isoCodes } from '../../src/model/regions/regions.ts';
import { acmeContent, acmeProvider } from '../../tests/helpers/acme-provider.ts';
import { importFile } from './import.ts';

const facts = (name: string) => fileURLToPath(new URL(`testdata/${name}`, import.meta.url));
const PROVIDER = acmeProvider({ cnBlock: true });
let dir: string;
const provider = async () => (await loadContent(dir)).providers[0]!.data;
const entry = async (region: string, surface = 'api') =>
  (await provider()).availability.find((a) => a.region === region && a.surface === surface);

beforeEach(async () => {
  dir = await acmeContent('avail-import-', PROVIDER);
});
afterEach(() => rm(dir, { recursive: true, force: true }));

describe('importFile', () => {
  test('a complete list: listed available, every other ISO country not supported, the stated block kept', async () => {
    expect(await importFile(facts('acme-complete.yaml'), dir, '2026-11-20')).toMatch(
      /acme updated: 2 listed, \d+ not supported \(complete\)/,
    );
    const source = {
      url: 'https://acme.example/supported-countries',
      title: 'Supported countries',
      publisher: 'Acme AI',
    };
    expect(await entry('FR')).toEqual({
      region: 'FR',
      surface: 'api',
      status: 'available',
      since_precision: 'day',
      checked: '2026-11-20',
      source,
    });
    expect(await entry('HK')).toMatchObject({ status: 'not-supported', checked: '2026-11-20', source });
    expect(await entry('CN')).toMatchObject({ status: 'blocked', since: '2024-07-09' });
    expect((await provider()).availability).toHaveLength(isoCodes().length);
    expect((await provider()).availability_lists).toEqual([
      { surface: 'api', url: source.url, title: source.title, coverage: 'complete', checked: '2026-11-20' },
    ]);
  });

  test('is idempotent', async () => {
    await importFile(facts('acme-complete.yaml'), dir, '2026-11-20');
    const once = await readFile(join(dir, 'providers', 'acme.md'), 'utf8');
    expect(await importFile(facts('acme-complete.yaml'), dir, '2026-11-20')).toContain('acme unchanged');
    expect(await readFile(join(dir, 'providers', 'acme.md'), 'utf8')).toBe(once);
  });

  test('a partial list: only the stated absences are not supported, the rest stays unknown; consumer means app', async () => {
    await importFile(facts('acme-partial.yaml'), dir, '2026-11-20');
    expect(await entry('AL', 'app')).toMatchObject({
      status: 'available',
      source: { url: 'https://acme.example/app-countries', publisher: 'Acme AI' },
    });
    expect((await entry('AL', 'app'))!.source.title).toBeUndefined();
    expect(await entry('CN', 'app')).toMatchObject({ status: 'not-supported' });
    expect(await entry('HK', 'app')).toBeUndefined();
    expect((await provider()).availability).toHaveLength(4);
  });

  test('a list of which nothing could be read is recorded, with no entries', async () => {
    const { writeFile: write } = await import('node:fs/promises');
    const unread = join(dir, 'unread.yaml');
    await write(
      unread,
      'provider: acme\nsurface: consumer\npage_url: https://acme.example/app\npage_title: App countries\ncountries: []\ncompleteness: partial — nothing retrieved\n',
    );
    expect(await importFile(unread, dir, '2026-11-20')).toContain('0 listed, 0 not supported (partial)');
    const p = await provider();
    expect(p.availability_lists).toEqual([
      {
        surface: 'app',
        url: 'https://acme.example/app',
        title: 'App countries',
        coverage: 'partial',
        checked: '2026-11-20',
      },
    ]);
    expect(p.availability).toHaveLength(1);
  });

  test('data-centre regions become service regions, not country availability', async () => {
    expect(await importFile(facts('acme-regions.yaml'), dir, '2026-11-20')).toContain('1 service regions');
    const p = await provider();
    expect(p.service_regions).toEqual([
      {
        name: 'Europe (Frankfurt)',
        country: 'DE',
        surface: 'api',
        note: 'Deployment mode: European Union.',
        source: { url: 'https://acme.example/regions', title: 'Regions', publisher: 'Acme AI' },
      },
    ]);
    expect(p.availability).toHaveLength(1);
  });

  test('a file without a list page is skipped; a missing checked day is an error naming the file', async () => {
    expect(await importFile(facts('acme-none.yaml'), dir, '2026-11-20')).toMatch(/skipped, no list page/);
    await expect(importFile(facts('acme-complete.yaml'), dir, undefined)).rejects.toThrow(
      /acme-complete\.yaml: no `checked` date/,
    );
  });
});
