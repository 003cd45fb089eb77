/**
 * Links from feeds: resolved against the item's xml:base, then the feed's, then the feed URL;
 * only absolute http(s) survives (javascript:, data:, vbscript:, mailto:, file: … are dropped).
 * The canonical form drops the fragment and tracking parameters, so one article found through
 * two feeds compares equal.
 */

/** Query parameters that only track the reader; prefixes end with `_`. */
const TRACKING = new Set([
  'fbclid',
  'gclid',
  'dclid',
  'gbraid',
  'wbraid',
  'msclkid',
  'yclid',
  'twclid',
  'igshid',
  'mc_cid',
  'mc_eid',
  'ref_src',
  'ref_url',
  'mkt_tok',
  '_hsenc',
  '_hsmi',
  'oly_anon_id',
  'oly_enc_id',
  'vero_id',
  'vero_conv',
  'wt_mc',
  'cmpid',
  'ocid',
  'smid',
  'spm',
  'at_medium',
  'at_campaign',
]);
const TRACKING_PREFIXES = ['utm_', 'pk_', 'mtm_', 'ga_'];

/** An absolute http(s) URL from `raw` resolved against `bases` in order, or undefined. */
export function toHttpUrl(raw: string | undefined, bases: (string | undefined)[] = []): string | undefined {
  // Browsers ignore tabs and newlines inside URLs (WHATWG URL); so do we, before checking.
  const cleaned = raw?.replace(/[\u0000-\u001f\u007f]/g, '').trim();
  if (!cleaned) return undefined;
  const base = resolveBase(bases);
  let url: URL;
  try {
    url = base ? new URL(cleaned, base) : new URL(cleaned);
  } catch {
    return undefined; // an unparseable link is reported by the caller as 'bad-link'
  }
  if ((url.protocol !== 'http:' && url.protocol !== 'https:') || !url.hostname) return undefined;
  return url.href;
}

/** The first absolute http(s) base; relative bases resolve against the later ones. */
function resolveBase(bases: (string | undefined)[]): string | undefined {
  const present = bases.filter((b): b is string => !!b?.trim());
  for (let i = 0; i < present.length; i++) {
    const abs = toHttpUrl(present[i], present.slice(i + 1));
    if (abs) return abs;
  }
  return undefined;
}

/** Host lower-cased (URL does it), fragment removed, tracking parameters removed. */
export function canonicalUrl(href: string): string {
  const url = new URL(href);
  url.hash = '';
  for (const key of [...url.searchParams.keys()]) {
    const k = key.toLowerCase();
    if (TRACKING.has(k) || TRACKING_PREFIXES.some((p) => k.startsWith(p))) url.searchParams.delete(key);
  }
  if (url.search === '?') url.search = '';
  return url.href;
}
