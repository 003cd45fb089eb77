/** `/robots.txt`: everything may be crawled; points to the sitemap. */
import type { APIRoute } from 'astro';
import { absoluteUrl } from '../site/exports.ts';
import { href } from '../site/urls.ts';

export const GET: APIRoute = ({ site }) =>
  new Response(`User-agent: *\nAllow: /\n\nSitemap: ${absoluteUrl(href('sitemap.xml'), site)}\n`, {
    headers: { 'Content-Type': 'text/plain; charset=utf-8' },
  });
