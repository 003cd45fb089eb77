/** `/data/providers.json`: `{generated, count, providers: [{id, url, ...frontmatter}]}`, by name. */
import type { APIRoute } from 'astro';
import { getProviders } from '../../site/collections.ts';
import { absoluteUrl, exportJson, generatedAt, providerRecord } from '../../site/exports.ts';
import { providerHref } from '../../site/urls.ts';

export const GET: APIRoute = async ({ site }) => {
  const providers = (await getProviders()).map((p) =>
    providerRecord(p.id, p.data, absoluteUrl(providerHref(p.id), site)),
  );
  return new Response(exportJson('providers', providers, generatedAt()), {
    headers: { 'Content-Type': 'application/json; charset=utf-8' },
  });
};
