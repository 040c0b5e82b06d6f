/**
 * Browser tests in Debian's Chromium (no browser download): the real build is
 * served as a static host would serve it, at the root and under /archive/.
 */
import { defineConfig } from '@playwright/test';

const ROOT_PORT = 4173;
const SUBPATH_PORT = 4174;

export default defineConfig({
  testDir: 'test/e2e',
  timeout: 60_000,
  fullyParallel: false,
  workers: 1,
  reporter: [['list']],
  outputDir: 'test-results',
  use: {
    headless: true,
    locale: 'zh-CN',
    launchOptions: {
      executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
      args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--no-first-run', '--disable-quic', '--disable-sync'],
    },
  },
  projects: [
    { name: 'root', use: { baseURL: `http://127.0.0.1:${ROOT_PORT}/` }, testIgnore: /subpath/ },
    { name: 'subpath', use: { baseURL: `http://127.0.0.1:${SUBPATH_PORT}/archive/` }, testMatch: /subpath/ },
  ],
  webServer: [
    {
      command: `node scripts/run.mjs start --port ${ROOT_PORT} --out .cache/e2e/root`,
      url: `http://127.0.0.1:${ROOT_PORT}/`,
      timeout: 180_000,
      reuseExistingServer: false,
      stdout: 'ignore',
    },
    {
      command: `node scripts/run.mjs start --port ${SUBPATH_PORT} --base /archive/ --out .cache/e2e/subpath`,
      url: `http://127.0.0.1:${SUBPATH_PORT}/archive/`,
      timeout: 180_000,
      reuseExistingServer: false,
      stdout: 'ignore',
    },
  ],
});
