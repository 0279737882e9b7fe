/// <reference types="vitest/config" />
import { getViteConfig } from 'astro/config';

export default getViteConfig({
  test: {
    include: ['tests/unit/**/*.test.ts'],
    reporters: ['default', ['json', { outputFile: 'reports/vitest.json' }]],
    // Some tests read all of content/ or the whole IANA registry: ~1 s alone, but past Vitest's
    // 5 s default when a shared 2-core machine is at load 30. Slow is not broken.
    testTimeout: 30_000,
  },
});
