/**
 * Is a new report the same story as a known event? Wire reports rarely repeat a headline
 * ("Italy's regulator blocks Chinese AI app DeepSeek" against our "Italy's Garante orders
 * DeepSeek to stop processing…"), so besides title similarity the match weighs what the story is
 * about: the same provider(s), overlapping regions, the same kind of event, close in time.
 *
 * Precedence, first that holds:
 *   1. conflict: provider or region sets where neither contains the other → none
 *      ("Taiwan bans DeepSeek" is not "Australia bans DeepSeek");
 *   2. a similar title (Dice ≥ SIMILAR) → same;
 *   3. the same provider set, a shared region, the same type, within SAME_STORY_DAYS → same
 *      (the same set, not a shared member: a roundup of five providers' offers is not the story
 *      of one of them);
 *   4. a shared provider and two of: a shared region, the same type, a title Dice ≥
 *      LIKELY_TITLE; or, when one side names no provider, all three → likely (written as a new
 *      candidate carrying `likely_same_as`);
 *   5. otherwise → none.
 */
import type { EventType } from '../../../src/model/schema/index.ts';
import { dice } from './similarity.ts';

export const SIMILAR = 0.5;
export const LIKELY_TITLE = 0.3;
export const SAME_STORY_DAYS = 2;

export type StoryMatch = 'same' | 'likely' | 'none';

/** What is compared: a candidate report or an indexed event. */
export interface StoryFacts {
  type: EventType;
  providers: string[];
  regions: string[];
}

export interface Signals {
  /** Neither provider set nor region set contains the other. */
  conflict: boolean;
  sharedProvider: boolean;
  /** Both name the same, non-empty set of providers. */
  sameProviders: boolean;
  /** A region both name, `global` aside (it says nothing about where). */
  sharedRegion: boolean;
  sameType: boolean;
  /** Days between the report and the nearest day the event is known under. */
  days: number;
  /** Best Dice of the report's title against the event's titles. */
  title: number;
}

const nested = (a: string[], b: string[]) => a.every((x) => b.includes(x)) || b.every((x) => a.includes(x));
const shares = (a: string[], b: string[]) => a.some((x) => b.includes(x));
const dayNumber = (day: string) => Date.parse(`${day}T00:00:00Z`) / 86_400_000;

/** The signals between a report and an event. */
export function storySignals(
  c: StoryFacts & { published: string },
  features: Set<string>,
  e: StoryFacts & { titles: Set<string>[]; days: Set<string> },
): Signals {
  const when = dayNumber(c.published);
  return {
    conflict: !nested(c.providers, e.providers) || !nested(c.regions, e.regions),
    sharedProvider: shares(c.providers, e.providers),
    sameProviders:
      c.providers.length > 0 &&
      nested(c.providers, e.providers) &&
      c.providers.length === new Set(e.providers).size &&
      shares(c.providers, e.providers),
    sharedRegion: shares(
      c.regions.filter((r) => r !== 'global'),
      e.regions,
    ),
    sameType: c.type === e.type,
    days: Math.min(...[...e.days].map((d) => Math.abs(dayNumber(d) - when))),
    title: Math.max(0, ...e.titles.map((t) => dice(features, t))),
  };
}

/** The verdict for a set of signals (see the precedence above). */
export function judgeStory(s: Signals): StoryMatch {
  if (s.conflict) return 'none';
  if (s.title >= SIMILAR) return 'same';
  if (s.sameProviders && s.sharedRegion && s.sameType && s.days <= SAME_STORY_DAYS) return 'same';
  const more = [s.sharedRegion, s.sameType, s.title >= LIKELY_TITLE].filter(Boolean).length;
  if (s.sharedProvider ? more >= 2 : more === 3) return 'likely';
  return 'none';
}

/** Orders matches of one report: a surer verdict first, then the better title, then the nearer day. */
export function strength(match: StoryMatch, s: Signals): number {
  const rank = { same: 2, likely: 1, none: 0 }[match];
  return rank * 100 + s.title * 10 - s.days / 10;
}
