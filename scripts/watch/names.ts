/**
 * Item strings → region codes through the shared country-name table (src/model/regions/names.ts).
 * Tried in order, first hit wins:
 *   1. the name with bracket contents kept ("Congo (DRC)" → "Congo DRC", "Virgin Islands (US)");
 *   2. the name without bracket notes ("Ukraine (with certain exceptions)" → "Ukraine");
 *   3. an inverted "X, Y" name ("Congo, Republic of the" → "Republic of the Congo"), then "X";
 *   4. the name without a leading "The" ("The Gambia").
 * Names that match nothing are returned in `unknown`, never dropped.
 */
import { codeForCountryName } from '../../src/model/regions/names.ts';

export interface MappedNames {
  /** Region codes, sorted, unique. */
  codes: string[];
  /** The item strings as found, sorted, unique. */
  names: string[];
  /** Item strings that name no region, sorted, unique. */
  unknown: string[];
}

function candidates(name: string): string[] {
  const kept = name.replace(/[()（）[\]]/g, ' ');
  const bare = name.replace(/\([^)]*\)|（[^）]*）/g, ' ').trim();
  const out = [kept, name];
  const comma = /^([^,]+),\s*(.+)$/.exec(bare);
  if (comma) out.push(`${comma[2]} ${comma[1]}`, comma[1]!);
  out.push(bare.replace(/^the\s+/i, ''));
  return out;
}

/** The region code one item names, or undefined. */
export function codeForItem(name: string): string | undefined {
  for (const c of candidates(name)) {
    const code = codeForCountryName(c);
    if (code) return code;
  }
  return undefined;
}

const sortedUnique = (xs: string[]) => [...new Set(xs)].sort();

/** Maps every item; unknown names are reported, not dropped. */
export function mapNames(items: string[]): MappedNames {
  const codes: string[] = [];
  const unknown: string[] = [];
  for (const item of items) {
    const code = codeForItem(item);
    if (code) codes.push(code);
    else unknown.push(item);
  }
  return { codes: sortedUnique(codes), names: sortedUnique(items), unknown: sortedUnique(unknown) };
}
