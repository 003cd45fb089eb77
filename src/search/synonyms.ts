/**
 * The field's vocabulary: words (English and Chinese) that mean the same thing to a reader of this
 * knowledge base, so that "deepseek ban" also finds "Iowa forbids DeepSeek" and "百度 迁移" finds a
 * migration offer. Applied on both sides: the engine adds a group's key to every document holding
 * one of its words or phrases (index time), and a query word or phrase of a group looks the key up
 * (query time). Keys start with `=`, which no tokenized text can contain, and never enter the
 * vocabulary used for prefixes and typos.
 */

export interface SynonymGroup {
  key: string;
  /** Latin words, exact (inflections listed, no stemming). */
  words: string[];
  /** Chinese words, matched as substrings of a CJK run. */
  zh: string[];
  /** Multi-word phrases, matched on the normalized (lower-case) text. */
  phrases: RegExp[];
}

const group = (key: string, words: string[], zh: string[], phrases: RegExp[] = []): SynonymGroup => ({
  key: `=${key}`,
  words,
  zh,
  phrases,
});

export const SYNONYM_GROUPS: SynonymGroup[] = [
  group(
    'ban',
    [
      'ban',
      'bans',
      'banned',
      'banning',
      'block',
      'blocks',
      'blocked',
      'blocking',
      'bar',
      'bars',
      'barred',
      'barring',
      'forbid',
      'forbids',
      'forbade',
      'forbidden',
      'prohibit',
      'prohibits',
      'prohibited',
      'prohibition',
      'suspend',
      'suspends',
      'suspended',
      'suspension',
      'restrict',
      'restricts',
      'restricted',
      'restriction',
      'restrictions',
      'order',
      'orders',
      'ordered',
      'halt',
      'halts',
      'halted',
      'pause',
      'pauses',
      'paused',
      'limit',
      'limits',
      'limited',
      'geoblock',
      'geoblocks',
      'geoblocked',
      'cutoff',
    ],
    ['禁止', '封禁', '限制', '暂停', '禁用', '屏蔽', '封锁', '不得', '责令', '叫停', '下架', '停止', '切断', '断供'],
    [
      /\b(?:tell|tells|told|ask|asks|asked|instruct|instructs|instructed|advise|advises|advised)\b(?:\s+\S+){0,4}?\s+not to(?: use)?\b/,
      /\b(?:may|must|can|cannot|should|will) not (?:use|access|install|download)\b/,
      /\badvis(?:e|es|ed|ing)\b(?:\s+\S+){0,3}?\s+against\b/,
      /\bcut(?:s|ting)? off\b/,
      /\bnot to use\b/,
    ],
  ),
  group(
    'free',
    [
      'free',
      'discount',
      'discounts',
      'discounted',
      'cheap',
      'cheaper',
      'incentive',
      'incentives',
      'subsidy',
      'subsidies',
      'coupon',
      'coupons',
      'voucher',
      'vouchers',
    ],
    ['免费', '降价', '优惠', '折扣', '赠送', '补贴', '低价', '代金券', '减价', '让利'],
    [
      /\bprice (?:cut|cuts|drop|drops|reduction|reductions|war|wars)\b/,
      /\b(?:cut|cuts|cutting|slash|slashes|slashed|lower|lowers|lowered|halve|halves|halved|reduce|reduces|reduced|drop|drops|dropped)\b(?:\s+\S+){0,3}?\s+(?:price|prices|pricing)\b/,
      /\blow[- ]priced\b/,
    ],
  ),
  group(
    'migrate',
    [
      'migrate',
      'migrates',
      'migrated',
      'migrating',
      'migration',
      'migrations',
      'switch',
      'switches',
      'switching',
      'relocate',
      'relocation',
    ],
    ['迁移', '搬家', '搬迁', '切换', '转移'],
    [/\bmove (?:over|away)\b/],
  ),
];

/** Latin word → group key. */
export const WORD_GROUP = new Map<string, string>();
for (const g of SYNONYM_GROUPS) for (const w of g.words) WORD_GROUP.set(w, g.key);

/** Chinese words, longest first (so the longest member is cut out of a query first). */
const ZH_MEMBERS: [word: string, key: string][] = SYNONYM_GROUPS.flatMap((g) =>
  g.zh.map((w): [string, string] => [w, g.key]),
).sort((a, b) => b[0].length - a[0].length);

/** Every group's phrases (the query removes them once they have become group terms). */
export const PHRASES: RegExp[] = SYNONYM_GROUPS.flatMap((g) => g.phrases);

/** True for a group key (never shown, never a prefix or typo candidate). */
export function isGroupKey(token: string): boolean {
  return token.startsWith('=');
}

/** The keys of the groups whose phrases occur in a normalized text. */
export function phraseKeys(normalized: string): string[] {
  const keys: string[] = [];
  for (const g of SYNONYM_GROUPS) if (g.phrases.some((re) => re.test(normalized))) keys.push(g.key);
  return keys;
}

/** The keys of the groups whose Chinese words occur in a CJK run. */
export function cjkKeys(run: string): string[] {
  const keys = new Set<string>();
  for (const [w, key] of ZH_MEMBERS) if (run.includes(w)) keys.add(key);
  return [...keys];
}

/**
 * A query's CJK run split into group keys (for the Chinese synonyms it contains) and the rest of
 * the run, as pieces still to be matched as phrases: "禁止使用" → keys ["=ban"], rest ["使用"].
 */
export function splitCjkRun(run: string): { keys: string[]; rest: string[] } {
  const keys: string[] = [];
  let parts = [run];
  for (const [w, key] of ZH_MEMBERS) {
    const next: string[] = [];
    for (const part of parts) {
      const pieces = part.split(w);
      if (pieces.length > 1 && !keys.includes(key)) keys.push(key);
      next.push(...pieces);
    }
    parts = next;
  }
  return { keys, rest: parts.filter(Boolean) };
}

/**
 * Search words for each event type besides its English name, in both languages; each is also
 * expanded through the groups above (a restriction is a "ban", an incentive is "free").
 */
export const TYPE_TERMS: Record<string, string[]> = {
  restriction: ['restriction', '限制', '禁令'],
  lifting: ['lifting', 'lifted', 'lifts', 'restored', 'resumes', '解除', '恢复', '解禁'],
  incentive: ['incentive', '优惠', '激励'],
  policy: ['policy', 'law', 'rule', 'rules', 'regulation', '政策', '法规', '法律'],
  enforcement: ['enforcement', 'fine', 'fined', 'probe', 'investigation', '执法', '罚款', '调查'],
  availability: ['availability', 'available', 'launch', 'launches', 'release', '上线', '发布', '可用'],
  report: ['report', 'reports', '报告'],
};

/** Names readers use for a region besides its display names (English and Chinese). */
export const REGION_ALIASES: Record<string, string[]> = {
  CN: ['China', 'PRC', '中国大陆', '内地'],
  HK: ['HK', 'Hongkong'],
  US: ['US', 'USA', 'America', '美國'],
  GB: ['UK', 'Britain', 'England'],
  KR: ['Korea'],
  EU: ['Europe', '欧洲'],
  RU: ['俄国'],
  TW: ['台湾'],
};
