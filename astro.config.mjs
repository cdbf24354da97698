// @ts-check
import { readFileSync } from 'node:fs';
import mdx from '@astrojs/mdx';
import sitemap from '@astrojs/sitemap';
import { defineConfig } from 'astro/config';
import { parse } from 'yaml';
import { pageLastModified } from './src/data/content-dates.ts';
import { contentCheck } from './src/integrations/content-check.ts';

// The address comes from the content (site.yaml), so adopting the generator never means editing
// code; `npm run validate` has checked the file before any build.
const settings = parse(readFileSync(new URL('./content/site.yaml', import.meta.url), 'utf8'));

// The site's path on its host comes from base_url (e.g. /briefs/ for https://example.org/briefs/);
// BASE_PATH overrides it, e.g. to test a build under a sub-path.
const base = process.env.BASE_PATH || new URL(settings.base_url).pathname;

export default defineConfig({
  site: settings.base_url,
  base,
  trailingSlash: 'always',
  integrations: [
    mdx(),
    // content-check logs the validator's problems in `astro dev`; the build validates first anyway.
    contentCheck(),
    // Every HTML page, dated by the content it is made from.
    sitemap({
      filter: (page) => !new URL(page).pathname.endsWith('/404/'),
      serialize(item) {
        const lastmod = pageLastModified(new URL(item.url).pathname.slice(base.length - 1));
        return lastmod ? { ...item, lastmod } : item;
      },
    }),
  ],
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
