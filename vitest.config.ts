import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['tests/**/*.test.ts'],
    globalSetup: ['tests/setup/build-site.ts'],
    reporters: ['default', './tests/setup/count-reporter.ts'],
    testTimeout: 60_000,
    hookTimeout: 300_000,
  },
});
