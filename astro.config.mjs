// @ts-check
import mdx from '@astrojs/mdx';
import { defineConfig } from 'astro/config';
import { contentCheck } from './src/integrations/content-check.ts';
import { siteBuild } from './src/integrations/site-build.ts';
import { basePath, readSiteSettings } from './src/lib/site-settings.ts';

// The address comes from the content (site.yaml), so adopting the generator never means editing
// code.
const settings = readSiteSettings(process.cwd());

export default defineConfig({
  site: settings.base_url,
  base: basePath(settings),
  trailingSlash: 'always',
  // content-check logs the validator's problems in `astro dev`; site-build validates, typesets
  // the PDFs, indexes and checks the built site in `astro build` (and so in `npm run build`).
  integrations: [mdx(), contentCheck(), siteBuild()],
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
