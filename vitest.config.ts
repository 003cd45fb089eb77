import { defineConfig } from 'vitest/config';

// Two projects: fast unit/integration tests, and browser tests that build the site once and
// drive Debian's Chromium against it on 127.0.0.1.
export default defineConfig({
  test: {
    projects: [
      {
        test: {
          name: 'unit',
          include: ['src/**/*.test.ts', 'scripts/**/*.test.ts', 'tests/unit/**/*.test.ts'],
          testTimeout: 30000,
        },
      },
      {
        test: {
          name: 'browser',
          include: ['tests/browser/**/*.test.ts'],
          globalSetup: ['tests/browser/global-setup.ts'],
          testTimeout: 60000,
          hookTimeout: 300000,
          fileParallelism: false,
        },
      },
    ],
  },
});
