// @ts-check
import { defineConfig } from 'astro/config';
import rehypeSanitize from 'rehype-sanitize';
import { SANITIZE_SCHEMA, rehypeEscapeRawHtml } from './src/model/markdown-sanitize.ts';

// SITE_URL: the public origin the site is deployed at (feeds and the sitemap need absolute URLs).
// OUT_DIR / CACHE_DIR let tests and the bench build into private folders without touching dist/.
export default defineConfig({
  site: process.env.SITE_URL ?? 'https://ai-access-watch.github.io',
  base: process.env.BASE_PATH ?? '/',
  outDir: process.env.OUT_DIR ?? './dist',
  cacheDir: process.env.CACHE_DIR ?? './node_modules/.astro',
  trailingSlash: 'ignore',
  // English at today's URLs, Simplified Chinese under /zh/ (src/pages/zh/ reuses the English templates).
  i18n: { locales: ['en', 'zh'], defaultLocale: 'en', routing: { prefixDefaultLocale: false } },
  build: {
    format: 'directory',
    // Everything external, so the Content-Security-Policy can forbid inline script and style.
    inlineStylesheets: 'never',
  },
  // Event and provider bodies are markdown, never HTML: raw HTML is shown as text and what
  // markdown makes is kept to an allow-list (src/lib/markdown-sanitize.ts).
  markdown: {
    rehypePlugins: [rehypeEscapeRawHtml, [rehypeSanitize, SANITIZE_SCHEMA]],
  },
  vite: {
    build: { assetsInlineLimit: 0 },
  },
  devToolbar: { enabled: false },
  server: { host: '127.0.0.1', port: 4321 },
});
