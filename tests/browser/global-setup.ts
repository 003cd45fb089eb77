/**
 * Builds the site once from the bundled content (or TEST_CONTENT_DIR) into .test-dist and
 * serves it on 127.0.0.1 for every browser test. TEST_DIST names the folder (default .test-dist);
 * TEST_REUSE_BUILD=1 reuses an existing build there instead of rebuilding.
 */
import type { TestProject } from 'vitest/node';
import { existsSync } from 'node:fs';
import { buildSite } from '../helpers/build-site.ts';
import { serveStatic, type StaticServer } from '../helpers/static-server.ts';

let server: StaticServer | undefined;

export default async function setup(project: TestProject) {
  const outDir = process.env.TEST_DIST ?? '.test-dist';
  if (process.env.TEST_REUSE_BUILD !== '1' || !existsSync(outDir)) {
    await buildSite({ outDir, contentDir: process.env.TEST_CONTENT_DIR });
  }
  server = await serveStatic(outDir);
  project.provide('baseURL', server.url);
  return async () => {
    await server?.close();
  };
}

declare module 'vitest' {
  export interface ProvidedContext {
    baseURL: string;
  }
}
