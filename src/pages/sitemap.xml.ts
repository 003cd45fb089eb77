/** `/sitemap.xml`: every HTML page, absolute URLs (sitemaps.org 0.9). */
import type { APIRoute } from 'astro';
import { pagePaths, type PageModule } from '../site/sitemap.ts';
import { absoluteUrl, renderSitemap } from '../site/exports.ts';
import { href } from '../site/urls.ts';

const pages = import.meta.glob<PageModule>('./**/*.astro', { eager: true });

export const GET: APIRoute = async ({ site }) => {
  const urls = (await pagePaths(pages)).map((path) => absoluteUrl(href(path), site));
  return new Response(renderSitemap(urls), { headers: { 'Content-Type': 'application/xml; charset=utf-8' } });
};
