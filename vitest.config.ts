/// <reference types="vitest/config" />
import { getViteConfig } from 'astro/config';

export default getViteConfig({
  test: {
    include: ['tests/unit/**/*.test.ts'],
    // Some tests read the whole vendored registry or every lesson: on a loaded 2-core machine they
    // take several seconds, and a gate that fails when the machine is busy gets ignored.
    testTimeout: 30_000,
    reporters: ['default', ['json', { outputFile: 'reports/vitest.json' }]],
  },
});
