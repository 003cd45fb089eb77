/** The edit prompts: each shows the current value, and an empty answer keeps it. */
import type { EventData } from '../../src/model/schema/index.ts';
import { EVENT_TYPES } from '../../src/model/schema/index.ts';
import type { EventFields } from './plan.ts';
import { splitList, splitRegions } from './fields.ts';

/** Writes `question`, resolves the trimmed answer, or undefined at the end of input. */
export type Ask = (question: string) => Promise<string | undefined>;

/**
 * Asks for type, providers, regions and effective date. Empty answers are left out (the
 * value stays); undefined when the input ended midway.
 */
export async function askFields(data: EventData, ask: Ask): Promise<EventFields | undefined> {
  const type = await ask(`type (${EVENT_TYPES.join('/')}) [${data.type}]: `);
  if (type === undefined) return undefined;
  const providers = await ask(`providers, comma-separated [${data.providers.join(',')}]: `);
  if (providers === undefined) return undefined;
  const regions = await ask(`regions, comma-separated [${data.regions.join(',')}]: `);
  if (regions === undefined) return undefined;
  const effective = await ask(`effective YYYY-MM-DD [${data.effective ?? 'none'}]: `);
  if (effective === undefined) return undefined;
  return {
    type: type || undefined,
    providers: providers ? splitList(providers) : undefined,
    regions: regions ? splitRegions(regions) : undefined,
    effective: effective || undefined,
  };
}
