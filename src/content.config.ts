/**
 * The site's collections: the shared schema over the files in CONTENT_DIR (default content/),
 * read by our own loader through the same readContent as `npm run check` (see content-loader.ts).
 */
import { defineCollection } from 'astro:content';
import { contentLoader } from './site/content-loader.ts';
import { contentDir } from './model/content-dir.ts';
import { eventSchema, providerSchema } from './model/schema/index.ts';

const root = contentDir();

export const collections = {
  events: defineCollection({ loader: contentLoader('events', root), schema: eventSchema }),
  providers: defineCollection({ loader: contentLoader('providers', root), schema: providerSchema }),
};
