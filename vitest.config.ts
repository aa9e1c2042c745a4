// Test tiers by cost: each folder of tests/ is a Vitest project of its own, so a new test file
// lands in its folder's tier and a new folder is a new tier, with no change here. Only the tiers
// that read the shipped site (dist/ and certificates/) wait for its build; the others run at once.
import { readdirSync } from 'node:fs';
import { defineConfig, type TestProjectInlineConfiguration } from 'vitest/config';

/**
 * The date every test runs on: builds compute statuses for it (BUILD_DATE), `npm run verify` and
 * `npm run certificates` judge with it, and Chromium's clock shows it (tests/helpers/chromium.ts).
 * The shipped examples then have the same ages on every day the suite runs.
 */
const BUILD_DATE = '2026-12-01';

/** Tiers that need the shipped content built, once per run, with the date above. */
const SHIPPED_SITE = { globalSetup: ['tests/helpers/global-build.ts'] };
const TIERS: Record<string, TestProjectInlineConfiguration['test']> = {
  build: SHIPPED_SITE,
  property: SHIPPED_SITE,
  // Lighthouse times the pages: axe's Chromium beside it on two cores cost performance runs 9 points.
  quality: { ...SHIPPED_SITE, fileParallelism: false },
};

const folders = readdirSync('tests', { withFileTypes: true })
  .filter((entry) => entry.isDirectory() && entry.name !== 'helpers')
  .map((entry) => entry.name)
  .sort();

export default defineConfig({
  test: {
    reporters: ['default', './tests/helpers/closing-line.ts'],
    testTimeout: 60_000,
    hookTimeout: 300_000,
    env: { BUILD_DATE },
    projects: folders.map((name) => ({
      extends: true,
      test: { name, include: [`tests/${name}/**/*.test.ts`], ...TIERS[name] },
    })),
  },
});
