/// <reference types="vitest/config" />
import { defineConfig } from 'vitest/config';

/** Checks over the built site in `dist/` that need no browser: they run after the build (scripts/test.mjs). */
export default defineConfig({
  test: {
    include: ['tests/dist/**/*.test.ts'],
    reporters: ['default', ['json', { outputFile: 'reports/vitest-dist.json' }]],
    // Some read all ~13,700 built pages: a few seconds alone, much more on a loaded 2-core machine.
    testTimeout: 300_000,
  },
});
