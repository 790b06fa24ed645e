/**
 * End-to-end tests run against the production build in dist/, served as a static host would
 * serve it (scripts/serve-static.ts). The browser is found by scripts/lib/browser.ts: the
 * headless shell where the system has one.
 */
import { fileURLToPath } from 'node:url';
import { defineConfig, devices } from '@playwright/test';
import { findTestBrowser } from '../scripts/lib/browser.ts';

// Another port (E2E_PORT) lets two checkouts on one machine test side by side.
const PORT = Number(process.env.E2E_PORT ?? 4322);
const browser = findTestBrowser();
if (!browser) throw new Error('No Chromium found: run `node scripts/ensure-test-tools.ts` first (npm run test:e2e does).');

export default defineConfig({
  testDir: '../tests/e2e',
  testMatch: '**/*.test.ts',
  outputDir: '../test-results',
  fullyParallel: true,
  forbidOnly: true,
  retries: 0,
  workers: 2,
  reporter: process.env.CI ? 'line' : 'list',
  use: {
    baseURL: `http://127.0.0.1:${String(PORT)}`,
    ...devices['Desktop Chrome'],
    // Each test starts in a new browser profile, where the offline worker would save a whole
    // language (about 500 files) at the first page: only the offline tests let it (offline.test.ts).
    serviceWorkers: 'block',
    launchOptions: {
      executablePath: browser.path,
      // This machine's network is closed: keep Chromium from reaching out at start-up.
      args: ['--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run', '--disable-quic'],
    },
  },
  webServer: {
    command: `node scripts/serve-static.ts dist ${String(PORT)}`,
    cwd: fileURLToPath(new URL('..', import.meta.url)),
    url: `http://127.0.0.1:${String(PORT)}/`,
    reuseExistingServer: !process.env.CI,
    timeout: 60_000,
  },
});
