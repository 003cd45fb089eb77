/**
 * Country name → region code, in English and Chinese: the one lookup the classifier and the
 * page watcher share. Precedence: src/data/region-aliases.yaml, then every ISO name that
 * i18n-iso-countries knows in English and Chinese.
 */
import { readFileSync } from 'node:fs';
import { parse } from 'yaml';
import { isoCodes, regionNames, isRegionCode } from './regions.ts';

const ALIASES_FILE = new URL('../../data/region-aliases.yaml', import.meta.url);

/** Lower case, accents removed, curly quotes straightened, footnote marks and (notes) dropped. */
export function normalizeCountryName(name: string): string {
  return name
    .normalize('NFKD')
    .replace(/\p{M}/gu, '')
    .replace(/[’‘`´]/g, "'")
    .replace(/\([^)]*\)|（[^）]*）|\[[^\]]*\]/g, ' ')
    .replace(/[*†‡§¹²³⁴⁵⁶⁷⁸⁹⁰]+/g, ' ')
    .replace(/\s+/g, ' ')
    .trim()
    .replace(/[.,;:]+$/, '')
    .toLowerCase();
}

let table: Map<string, string> | undefined;

/** name (normalized) → code; aliases win over ISO names. */
export function countryNameTable(): Map<string, string> {
  if (table) return table;
  const t = new Map<string, string>();
  for (const code of isoCodes()) {
    for (const n of [...regionNames(code, 'en'), ...regionNames(code, 'zh')]) t.set(normalizeCountryName(n), code);
  }
  const aliases = parse(readFileSync(ALIASES_FILE, 'utf8')) as Record<string, string[]>;
  for (const [code, names] of Object.entries(aliases)) {
    if (!isRegionCode(code)) throw new Error(`src/data/region-aliases.yaml: "${code}" is not a region code`);
    for (const n of names) t.set(normalizeCountryName(String(n)), code);
  }
  table = t;
  return t;
}

/** The region code for a country name, or undefined when the name is unknown. */
export function codeForCountryName(name: string): string | undefined {
  return countryNameTable().get(normalizeCountryName(name));
}
