// @ts-check
import { readFileSync } from 'node:fs';
import mdx from '@astrojs/mdx';
import { defineConfig } from 'astro/config';
import { parse } from 'yaml';

// The address comes from the content (site.yaml), so adopting the generator never means editing
// code; `npm run validate` has checked the file before any build.
const settings = parse(readFileSync(new URL('./content/site.yaml', import.meta.url), 'utf8'));

export default defineConfig({
  site: settings.base_url,
  // A sub-path such as /briefs/ when the site is not served from the root of its host.
  ...(process.env.BASE_PATH ? { base: process.env.BASE_PATH } : {}),
  trailingSlash: 'always',
  integrations: [mdx()],
  build: { format: 'directory' },
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
