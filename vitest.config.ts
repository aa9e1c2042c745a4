import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['tests/**/*.test.ts'],
    reporters: ['default', './tests/helpers/closing-line.ts'],
    globalSetup: ['tests/helpers/global-build.ts'],
    testTimeout: 60_000,
    hookTimeout: 300_000,
  },
});
