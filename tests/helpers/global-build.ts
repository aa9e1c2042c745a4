// Builds the site from the shipped content before the tiers that read dist/ and certificates/,
// with the tests' pinned BUILD_DATE (vitest.config.ts). SKIP_BUILD=1 reuses the last build.
import { execFileSync } from 'node:child_process';
import type { TestProject } from 'vitest/node';

/** Vitest runs this once for each tier that lists it; the tiers of one run share one build. */
const BUILT = Symbol.for('ttt.tests.shipped-site-built');

export default function setup(project: TestProject) {
  const run = globalThis as { [BUILT]?: boolean };
  if (process.env.SKIP_BUILD || run[BUILT]) return;
  execFileSync('npm', ['run', 'build', '--silent'], {
    stdio: ['ignore', 'ignore', 'inherit'],
    env: { ...process.env, ...project.config.env },
  });
  run[BUILT] = true;
}
