// @ts-check
import { readFileSync } from 'node:fs';
import mdx from '@astrojs/mdx';
import { defineConfig } from 'astro/config';
import { parse } from 'yaml';
import { contentCheck } from './src/integrations/content-check.ts';

// The address comes from the content (site.yaml), so adopting the generator never means editing
// code; `npm run validate` has checked the file before any build.
const settings = parse(readFileSync(new URL('./content/site.yaml', import.meta.url), 'utf8'));

export default defineConfig({
  site: settings.base_url,
  // The site's path on its host comes from base_url (e.g. /briefs/ for https://example.org/briefs/);
  // BASE_PATH overrides it, e.g. to test a build under a sub-path.
  base: process.env.BASE_PATH || new URL(settings.base_url).pathname,
  trailingSlash: 'always',
  // content-check logs the validator's problems in `astro dev`; the build validates first anyway.
  integrations: [mdx(), contentCheck()],
  // The stylesheet arrives inside each page, so nothing blocks the first paint.
  build: { format: 'directory', inlineStylesheets: 'always' },
  vite: {
    build: {
      rolldownOptions: {
        onwarn(warning, warn) {
          // Every MDX module trips this harmless bundler warning (a known Astro issue).
          if (warning.code === 'MODULE_LEVEL_DIRECTIVE') return;
          warn(warning);
        },
      },
    },
  },
});
