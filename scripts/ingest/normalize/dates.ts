/**
 * Feed dates to a UTC calendar day, without ever asking the machine's clock or time zone.
 * Tried in order: ISO 8601 / RFC 3339 (any fraction length, "Z", ±hh:mm, no zone = UTC);
 * RFC 822/1123 and its variants ("03 Apr 02 1500 GMT", "PST", "-0000", missing weekday, two-digit
 * year, no seconds); "YYYY/M/D [h:m[:s]]"; "DD.MM.YYYY"; Unix seconds. Anything else is undefined:
 * the item is skipped, never dated "now".
 */
const MONTHS: Record<string, number> = {
  jan: 0,
  feb: 1,
  mar: 2,
  apr: 3,
  may: 4,
  jun: 5,
  jul: 6,
  aug: 7,
  sep: 8,
  oct: 9,
  nov: 10,
  dec: 11,
};

/** RFC 822 §5.1 zones, plus a few common abbreviations; hours east of UTC. */
const ZONES: Record<string, number> = {
  ut: 0,
  utc: 0,
  gmt: 0,
  z: 0,
  wet: 0,
  bst: 1,
  cet: 1,
  cest: 2,
  eet: 2,
  eest: 3,
  msk: 3,
  ist: 5.5,
  cst: -6,
  cdt: -5,
  est: -5,
  edt: -4,
  mst: -7,
  mdt: -6,
  pst: -8,
  pdt: -7,
  akst: -9,
  akdt: -8,
  hst: -10,
  jst: 9,
  kst: 9,
  hkt: 8,
  sgt: 8,
  aest: 10,
  aedt: 11,
};

const ISO =
  /^(\d{4})-(\d{2})-(\d{2})(?:[T ](\d{2}):(\d{2})(?::(\d{2})(?:[.,]\d+)?)?\s*(Z|[+-]\d{2}:?\d{2}|[+-]\d{2})?)?$/i;
const RFC822 =
  /^(?:[^\d\s,]+,?\s*)?(\d{1,2})[\s-]+([a-z]{3})[a-z]*\.?[\s-]+(\d{2}|\d{4})(?:[\s,T]+(\d{1,2}):?(\d{2})(?::?(\d{2}))?(?:\.\d+)?)?\s*([a-z]{1,5}|[+-]\d{4}|[+-]\d{2}:\d{2})?(?:\s*\(.*\))?$/i;
const SLASHED = /^(\d{4})\/(\d{1,2})\/(\d{1,2})(?:\s+(\d{1,2}):(\d{2})(?::(\d{2}))?)?$/;
const DOTTED = /^(\d{1,2})\.(\d{1,2})\.(\d{4})(?:\s+(\d{1,2}):(\d{2})(?::(\d{2}))?)?$/;

/** A feed date as YYYY-MM-DD (UTC), or undefined when it cannot be read with confidence. */
export function parseFeedDate(raw: string | undefined): string | undefined {
  const s = raw?.trim().replace(/\s+/g, ' ');
  if (!s) return undefined;
  const ms = parseIso(s) ?? parseRfc822(s) ?? parseNumeric(s) ?? parseUnix(s);
  if (ms === undefined || Number.isNaN(ms)) return undefined;
  const d = new Date(ms);
  const year = d.getUTCFullYear();
  if (year < 1970 || year > 2100) return undefined;
  return d.toISOString().slice(0, 10);
}

function utc(y: number, mo: number, d: number, h = 0, mi = 0, s = 0, offsetMin = 0): number | undefined {
  if (mo < 0 || mo > 11 || d < 1 || d > 31 || h > 24 || mi > 59 || s > 60) return undefined;
  const ms = Date.UTC(y, mo, d, h, mi, s);
  if (new Date(Date.UTC(y, mo, d)).getUTCDate() !== d) return undefined; // 31 April
  return ms - offsetMin * 60_000;
}

function offsetMinutes(zone: string | undefined): number | undefined {
  if (!zone) return 0;
  const z = zone.toLowerCase();
  const m = /^([+-])(\d{2}):?(\d{2})?$/.exec(z);
  if (m) return (m[1] === '-' ? -1 : 1) * (Number(m[2]) * 60 + Number(m[3] ?? 0));
  if (z in ZONES) return ZONES[z]! * 60;
  if (/^[a-ik-z]$/.test(z)) return 0; // RFC 822 military zones are unreliable in practice (RFC 1123 §5.2.14)
  return undefined;
}

function parseIso(s: string): number | undefined {
  const m = ISO.exec(s);
  if (!m) return undefined;
  const off = offsetMinutes(m[7]);
  if (off === undefined) return undefined;
  return utc(+m[1]!, +m[2]! - 1, +m[3]!, +(m[4] ?? 0), +(m[5] ?? 0), +(m[6] ?? 0), off);
}

function parseRfc822(s: string): number | undefined {
  const m = RFC822.exec(s);
  if (!m) return undefined;
  const month = MONTHS[m[2]!.toLowerCase()];
  const off = offsetMinutes(m[7]);
  if (month === undefined || off === undefined) return undefined;
  let year = +m[3]!;
  if (m[3]!.length === 2) year += year < 50 ? 2000 : 1900;
  return utc(year, month, +m[1]!, +(m[4] ?? 0), +(m[5] ?? 0), +(m[6] ?? 0), off);
}

function parseNumeric(s: string): number | undefined {
  const a = SLASHED.exec(s);
  if (a) return utc(+a[1]!, +a[2]! - 1, +a[3]!, +(a[4] ?? 0), +(a[5] ?? 0), +(a[6] ?? 0));
  const b = DOTTED.exec(s);
  if (b) return utc(+b[3]!, +b[2]! - 1, +b[1]!, +(b[4] ?? 0), +(b[5] ?? 0), +(b[6] ?? 0));
  return undefined;
}

/** Unix seconds (9–10 digits: 1973–2286, bounded above by the year check). */
function parseUnix(s: string): number | undefined {
  return /^\d{9,10}$/.test(s) ? Number(s) * 1000 : undefined;
}
