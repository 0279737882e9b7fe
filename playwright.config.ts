import { existsSync } from 'node:fs';
import { defineConfig, devices } from '@playwright/test';

/**
 * Browser: PLAYWRIGHT_CHROMIUM_PATH (or CHROME_PATH) when set, else Debian's /usr/bin/chromium when
 * present, else Playwright's own downloaded Chromium (a developer laptop after `npx playwright install`).
 */
const systemChromium = ['/usr/bin/chromium', '/usr/bin/chromium-browser'].find((p) => existsSync(p));
const executablePath = process.env.PLAYWRIGHT_CHROMIUM_PATH ?? process.env.CHROME_PATH ?? systemChromium;
const port = Number(process.env.PREVIEW_PORT ?? 4329);

export default defineConfig({
  testDir: 'tests',
  testMatch: ['e2e/**/*.spec.ts', 'gates/**/*.spec.ts'],
  fullyParallel: true,
  workers: Number(process.env.PW_WORKERS ?? 2),
  // One retry: a test that fails then passes is counted as flaky, and `npm test` prints its name, so a
  // timing hiccup on a loaded CI machine is seen, not hidden.
  retries: 1,
  timeout: 60_000,
  // Compact: a dot per test, details only for failures (and the JSON report `npm test` counts).
  reporter: [[process.env.PW_REPORTER ?? 'dot'], ['json', { outputFile: 'reports/playwright.json' }]],
  use: {
    baseURL: `http://localhost:${port}`,
    ...devices['Desktop Chrome'],
    launchOptions: {
      executablePath,
      args: ['--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run'],
    },
  },
  webServer: {
    command: `npx astro preview --port ${port} --host localhost`,
    url: `http://localhost:${port}/en/`,
    reuseExistingServer: !process.env.CI,
    timeout: 60_000,
  },
});
