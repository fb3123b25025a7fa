import { defineConfig } from '@playwright/test';

// Debian's Chromium: Playwright cannot download its own browser on these machines.
// The browser tests check Lens-Liévin's figures on its copy under tests/fixtures/ (built by `npm run build:essais`),
// whatever territory content/ holds; the tests' own reads of the model (donnees()) take it from here too.
process.env.CONTENT_DIR = 'tests/fixtures/lens-lievin';
process.env.DIST_DIR ??= 'dist-essais';
const chromium = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
const port = Number(process.env.PORT ?? 4321);
const base = process.env.BASE_PATH ? `/${process.env.BASE_PATH.split('/').filter(Boolean).join('/')}/` : '/';

export default defineConfig({
  testDir: 'tests/e2e',
  fullyParallel: true,
  workers: 2,
  reporter: [['list']],
  timeout: 60_000,
  use: {
    baseURL: `http://127.0.0.1:${port}${base}`,
    locale: 'fr-FR',
    launchOptions: {
      executablePath: chromium,
      args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run'],
    },
  },
  webServer: {
    command: 'node scripts/preview.ts',
    url: `http://127.0.0.1:${port}${base}`,
    reuseExistingServer: false,
    env: { PORT: String(port) },
  },
});
