/** Feed items for ingest tests, classified as classify would a story on OpenAI restricting its API in China. */
import type { Candidate, Classification, ClassifiedCandidate } from '../../scripts/ingest/types.ts';

/** What classify adds to a relevant story on OpenAI restricting access in mainland China. */
export const OPENAI_CN_RESTRICTION: Classification = {
  relevant: true,
  outcome: 'candidate',
  score: 0.9,
  matched: ['OpenAI'],
  type: 'restriction',
  providers: ['openai'],
  regions: ['CN'],
  models: [],
};

/** `candidate` classified as OPENAI_CN_RESTRICTION, with `over` on top. */
export function classified(candidate: Candidate, over: Partial<ClassifiedCandidate> = {}): ClassifiedCandidate {
  return { ...candidate, ...OPENAI_CN_RESTRICTION, ...over };
}
