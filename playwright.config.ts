import { defineConfig, devices } from '@playwright/test';
import { CHROMIUM_ARGS, CHROMIUM_PATH } from './test/chromium';

// PW_PORT lets several checkouts run their browser tests at once.
const port = Number(process.env.PW_PORT ?? 4173);

// Browser tests run in Debian's Chromium (apt-get install chromium), never a browser that
// `playwright install` would download: this machine reaches only the package registries.
export default defineConfig({
  testDir: 'test/e2e',
  fullyParallel: false,
  workers: 1,
  forbidOnly: !!process.env.CI,
  retries: 0,
  reporter: 'list',
  timeout: 30_000,
  use: {
    baseURL: `http://127.0.0.1:${port}`,
    trace: 'off',
  },
  projects: [
    {
      name: 'chromium',
      use: {
        ...devices['Desktop Chrome'],
        launchOptions: {
          executablePath: CHROMIUM_PATH,
          args: CHROMIUM_ARGS,
        },
      },
    },
  ],
  // Playwright owns the server: a stray preview server from an earlier run must never be reused.
  webServer: {
    // `npm test` builds once (and checks the build's size) before the browser tests: PW_PREBUILT skips a second build.
    command: `${process.env.PW_PREBUILT ? '' : 'npx vite build && '}npx vite preview --host 127.0.0.1 --strictPort --port ${port}`,
    url: `http://127.0.0.1:${port}`,
    reuseExistingServer: false,
    timeout: 120_000,
    stdout: 'ignore',
    stderr: 'pipe',
  },
});
