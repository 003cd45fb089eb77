/** Reading field values the way a curator types them, on the command line or at a prompt. */

/** `a, b,,c` → ['a', 'b', 'c']; an empty string gives an empty list. */
export function splitList(value: string): string[] {
  return value
    .split(',')
    .map((s) => s.trim())
    .filter(Boolean);
}

/** `cn` → `CN`, `eu` → `EU`, `Global` → `global`, so a curator need not mind the case. */
export function normalizeRegion(code: string): string {
  if (/^global$/i.test(code)) return 'global';
  return /^[a-z]{2}$/i.test(code) ? code.toUpperCase() : code;
}

/** A comma-separated region list, normalized. */
export const splitRegions = (value: string) => splitList(value).map(normalizeRegion);
