/** The site's collections: the shared schema over the files in CONTENT_DIR (default content/). */
import { defineCollection } from 'astro:content';
import { glob } from 'astro/loaders';
import { eventSchema, providerSchema } from './lib/schema.ts';

const root = process.env.CONTENT_DIR ?? './content';
/** The id is the file name without `.md`, as the contract says (not Astro's slugified path). */
const fileId = ({ entry }: { entry: string }) => entry.split('/').pop()!.replace(/\.md$/, '');

export const collections = {
  events: defineCollection({
    loader: glob({ pattern: '**/[!.]*.md', base: `${root}/events`, generateId: fileId }),
    schema: eventSchema,
  }),
  providers: defineCollection({
    loader: glob({ pattern: '[!.]*.md', base: `${root}/providers`, generateId: fileId }),
    schema: providerSchema,
  }),
};
