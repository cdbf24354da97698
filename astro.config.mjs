// @ts-check
import mdx from '@astrojs/mdx';
import sitemap from '@astrojs/sitemap';
import { defineConfig } from 'astro/config';
import { pageLastModified } from './src/data/content-dates.ts';
import { contentCheck } from './src/integrations/content-check.ts';
import { siteBuild } from './src/integrations/site-build.ts';
import { basePath, readSiteSettings } from './src/lib/site-settings.ts';

// The address comes from the content (site.yaml), so adopting the generator never means editing
// code.
const settings = readSiteSettings(process.cwd());

const base = basePath(settings);

export default defineConfig({
  site: settings.base_url,
  base,
  trailingSlash: 'always',
  integrations: [
    mdx(),
    // content-check logs the validator's problems in `astro dev`.
    contentCheck(),
    // Every HTML page, dated by the content it is made from. Before site-build, whose last hook
    // publishes the staging folder this writes into.
    sitemap({
      // The 404 page and the editing app are not pages for search engines.
      filter: (page) => !/\/(404|admin)\/$/.test(new URL(page).pathname),
      serialize(item) {
        const lastmod = pageLastModified(new URL(item.url).pathname.slice(base.length - 1));
        return lastmod ? { ...item, lastmod } : item;
      },
    }),
    // site-build validates, typesets the PDFs, indexes and checks the built site in `astro build`
    // (and so in `npm run build`).
    siteBuild(),
  ],
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
