/// <reference types="vitest/config" />
import { getViteConfig } from 'astro/config';

// Tests that read the built site in dist/: run after `npm run build` with
// `npx vitest run -c vitest.dist.config.ts`.
export default getViteConfig({
  test: {
    include: ['tests/dist/**/*.test.ts'],
    testTimeout: 300_000,
  },
});
