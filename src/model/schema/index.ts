/**
 * The one contract: zod schemas for events, providers and the sources configuration.
 * Used by `src/content.config.ts` (the site) and by every script that reads or writes
 * `content/` (check, ingest, review), so a file the site would reject never lands.
 * Imports only `astro/zod`, so plain Node (tsx) can load it. One file per part: fields (enums,
 * limits, shared field types), sources, event, availability, provider.
 */
export * from './fields.ts';
export * from './sources.ts';
export * from './event.ts';
export * from './availability.ts';
export * from './provider.ts';
