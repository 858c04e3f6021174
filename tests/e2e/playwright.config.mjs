// Browser tests against the release build, served as a static CDN would serve it.
import { defineConfig } from '@playwright/test';

const chromium = process.env.CHROMIUM || '/usr/bin/chromium';

export default defineConfig({
  testDir: '.',
  testMatch: /.*\.spec\.mjs/,
  fullyParallel: false,
  workers: 2,
  retries: 0,
  timeout: 30_000,
  // The wasm must download, compile and render; on a loaded 2-core machine that can take a few seconds.
  expect: { timeout: 10_000 },
  reporter: [['list'], ['./summary-reporter.mjs']],
  outputDir: '../../target/e2e-results',
  globalSetup: './global-setup.mjs',
  use: {
    browserName: 'chromium',
    launchOptions: {
      executablePath: chromium,
      args: [
        '--no-sandbox',
        '--disable-gpu',
        '--disable-quic',
        '--no-first-run',
        '--disable-background-networking',
        '--disable-component-update',
        '--disable-sync',
      ],
    },
  },
});
