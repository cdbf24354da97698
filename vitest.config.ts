import { defineConfig } from 'vitest/config';

/**
 * Three projects: `unit` needs no built site and runs in seconds (`npm run test:unit`); `site`
 * reads one shared build of the bundled site, builds projects of its own or typesets every PDF; `browser` drives
 * Chromium over the shared build. The build comes from tests/setup/build-site.ts, or from
 * TEST_SITE_DIR when that names a site already built (CI builds once and tests that).
 */
const siteTests = [
  'tests/build.test.ts',
  'tests/build-command.test.ts',
  'tests/content.test.ts',
  'tests/discovery.test.ts',
  'tests/pdf/built-site.test.ts',
  'tests/editing/mdx-components-build.test.ts',
  'tests/chart-downloads.test.ts',
  'tests/machine-readable.test.ts',
  'tests/hostile-content.test.ts',
  'tests/hostile-build.test.ts',
  'tests/pdf/tagged.test.ts',
  'tests/html-validity.test.ts',
  'tests/font-coverage.test.ts',
  // These typeset every bundled factsheet, which takes as long as the build's PDF step.
  'tests/pdf/factsheets.test.ts',
  'tests/pdf/long-innovation.test.ts',
  'tests/pdf/parallel.test.ts',
  'tests/pdf/shard-script.test.ts',
];
const browserTests = ['tests/browser/**/*.test.ts'];

export default defineConfig({
  test: {
    reporters: ['default', './tests/setup/count-reporter.ts'],
    setupFiles: ['tests/setup/remove-temporary.ts'],
    testTimeout: 60_000,
    hookTimeout: 300_000,
    projects: [
      { extends: true, test: { name: 'unit', include: ['tests/**/*.test.ts'], exclude: [...siteTests, ...browserTests] } },
      { extends: true, test: { name: 'site', include: siteTests, globalSetup: ['tests/setup/build-site.ts'] } },
      { extends: true, test: { name: 'browser', include: browserTests, globalSetup: ['tests/setup/build-site.ts'] } },
    ],
  },
});
