/**
 * Lighthouse 12 (desktop preset) against the built site on 127.0.0.1, in Debian's Chromium:
 * performance, accessibility, best practices and SEO at least 0.95 on the home page, the provider
 * comparison, the regions page and one event page. Chromium gets no route to anything but
 * 127.0.0.1 (a proxy that refuses everything else), so nothing reaches the internet.
 */
import { createServer } from 'node:net';
import { afterAll, beforeAll, describe, expect, inject, test } from 'vitest';
import type { Browser } from 'playwright-core';
import lighthouse, { desktopConfig } from 'lighthouse';
import { chromium } from 'playwright-core';
import { CHROMIUM_ARGS } from '../helpers/browser.ts';

const base = inject('baseURL');
const CATEGORIES = ['performance', 'accessibility', 'best-practices', 'seo'] as const;
const PAGES = ['/', '/providers/', '/regions/', '/events/2024-07-09-openai-api-block-takes-effect/', '/zh/'];
let browser: Browser;
let port: number;

function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const address = server.address();
      server.close(() => resolve(typeof address === 'object' && address ? address.port : 0));
    });
  });
}

beforeAll(async () => {
  port = await freePort();
  browser = await chromium.launch({
    executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
    args: [
      ...CHROMIUM_ARGS,
      `--remote-debugging-port=${port}`,
      // Every host but 127.0.0.1 goes to a proxy that does not exist, so it fails at once.
      '--proxy-server=http://127.0.0.1:9',
      '--proxy-bypass-list=<-loopback>;127.0.0.1',
    ],
  });
});
afterAll(() => browser?.close());

describe('Lighthouse (desktop)', () => {
  test.each(PAGES)(
    '%s: performance, accessibility, best practices and SEO at least 0.95',
    async (path) => {
      const result = await lighthouse(
        base + path,
        { port, output: 'json', logLevel: 'error', onlyCategories: [...CATEGORIES] },
        desktopConfig,
      );
      if (!result) throw new Error('Lighthouse returned no result');
      const { lhr } = result;
      const scores = Object.fromEntries(CATEGORIES.map((c) => [c, lhr.categories[c]?.score ?? 0]));
      const failing = Object.values(lhr.audits)
        .filter((a) => a.score !== null && a.score < 0.9 && a.scoreDisplayMode !== 'informative')
        .map((a) => `${a.id} (${a.score})`);
      console.log(`lighthouse ${path}`, JSON.stringify(scores), failing.join(', '));
      expect(lhr.runtimeError).toBeUndefined();
      const low = CATEGORIES.filter((c) => scores[c] < 0.95);
      expect(low, `${JSON.stringify(scores)}; audits below 0.9: ${failing.join(', ')}`).toEqual([]);
    },
    180_000,
  );
});
