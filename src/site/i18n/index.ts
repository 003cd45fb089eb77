/**
 * `t(locale, key, vars)`: the site's interface strings. Each area of the site keeps its strings in
 * `messages/<area>.ts`; add an area here. `npm run check` fails when a key lacks a language.
 */
import { checkMessages, type Locale, type MessageTable } from './define.ts';
import { about } from './messages/about.ts';
import { common } from './messages/common.ts';
import { event } from './messages/event.ts';
import { feed } from './messages/feed.ts';
import { labels } from './messages/labels.ts';
import { layout } from './messages/layout.ts';
import { map } from './messages/map.ts';
import { nav } from './messages/nav.ts';
import { newswire } from './messages/newswire.ts';
import { provider } from './messages/provider.ts';
import { region } from './messages/region.ts';
import { search } from './messages/search.ts';
import { status } from './messages/status.ts';
import { timeline } from './messages/timeline.ts';

export { LOCALES, DEFAULT_LOCALE, LANG_TAG, type Locale } from './define.ts';

/** Every area, by name (the name appears in check's messages). */
export const AREAS = {
  common,
  labels,
  nav,
  layout,
  timeline,
  event,
  newswire,
  provider,
  region,
  map,
  search,
  about,
  status,
  feed,
} satisfies Record<string, MessageTable<string>>;

type AreaKeys<T> = T extends MessageTable<infer K> ? K : never;
export type MessageKey = { [A in keyof typeof AREAS]: AreaKeys<(typeof AREAS)[A]> }[keyof typeof AREAS];

const TABLES: Record<Locale, Record<string, string>> = { en: {}, zh: {} };
for (const table of Object.values(AREAS) as MessageTable<string>[]) {
  Object.assign(TABLES.en, table.en);
  Object.assign(TABLES.zh, table.zh);
}

/** The string for `key` in `locale`, with `{name}` placeholders filled from `vars`. */
export function t(locale: Locale, key: MessageKey, vars: Record<string, string | number> = {}): string {
  const text = TABLES[locale][key] ?? TABLES.en[key];
  if (text === undefined) throw new Error(`i18n: unknown key "${key}"`);
  return text.replace(/\{(\w+)\}/g, (whole, name: string) => (name in vars ? String(vars[name]) : whole));
}

/** Build-time check over every area (used by `npm run check`). */
export function messageProblems(): string[] {
  return checkMessages(AREAS);
}

/** Every string of an area set in one language (the browser tests compare pages against them). */
export function allMessages(locale: Locale): Record<string, string> {
  return { ...TABLES[locale] };
}
