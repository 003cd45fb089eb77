/**
 * "claude hong kong", "openai china", "anthropic 香港": a query that names a provider and a place
 * is answered first with that availability cell (status, the day the provider's list was checked,
 * a link to the region page). Names are matched whole (every word of one of the entity's names,
 * or its Chinese name inside a run), never by prefix or typo: the answer is offered only when both
 * are named without doubt.
 */
import type { SearchCell, SearchEngine, SearchEntity } from './engine.ts';
import { isCjk, pieces } from './tokenize.ts';

export interface CellAnswer {
  provider: SearchEntity;
  region: SearchEntity;
  /** Known cells of the pair, API first; empty when nothing is known. */
  cells: SearchCell[];
}

/** A text's Latin words and CJK runs, in order: how names and queries are compared. */
export function nameWords(text: string): string[] {
  return pieces(text).flatMap((p) => (isCjk(p) ? [p] : p.split(/[-._']/)));
}

/** The words of the longest name of `entity` that `words` hold in full (a Chinese name may sit inside a run). */
function named(entity: SearchEntity, words: string[], used: Set<string>): string[] {
  let hit: string[] = [];
  for (const name of entity.names) {
    if (name.length <= hit.length) continue;
    const found: string[] = [];
    for (const part of name) {
      const w = words.find(
        (q) => !used.has(q) && (q === part || (isCjk(part) && part.length >= 2 && q.includes(part))),
      );
      if (!w) break;
      found.push(w);
    }
    if (found.length === name.length) hit = found;
  }
  return hit;
}

/** The entity the words name with the most words (ties: the first); undefined when none. */
function best(entities: SearchEntity[], words: string[], used: Set<string>): [number, string[]] | undefined {
  let found: [number, string[]] | undefined;
  entities.forEach((e, i) => {
    const hit = named(e, words, used);
    if (hit.length && (!found || hit.length > found[1].length)) found = [i, hit];
  });
  return found;
}

export function findCell(engine: SearchEngine, query: string): CellAnswer | undefined {
  const words = nameWords(query);
  if (!words.length) return undefined;
  const provider = best(engine.providers, words, new Set());
  if (!provider) return undefined;
  const region = best(engine.regions, words, new Set(provider[1]));
  if (!region) return undefined;
  return {
    provider: engine.providers[provider[0]],
    region: engine.regions[region[0]],
    cells: engine.cells.get(`${provider[0]}|${region[0]}`) ?? [],
  };
}
