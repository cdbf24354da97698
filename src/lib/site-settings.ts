/**
 * The one reader of content/site.yaml, for the Astro config, the build and the PDF step (the
 * pages read the same file through src/lib/settings.ts, which hands its text to
 * `parseSiteSettings`), and the one rule for the site's base path.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'yaml';
import { z } from 'astro/zod';
import { siteSchema, type Site } from '../schemas/index.ts';

export const siteSettingsFile = 'content/site.yaml';

/** The settings in `text`, validated; bad settings stop with what is wrong (validate gives the lines). */
export function parseSiteSettings(text: string): Site {
  const checked = siteSchema.safeParse(parse(text));
  if (checked.success) return checked.data;
  throw new Error(`${siteSettingsFile} is not valid (npm run validate gives the lines):\n${z.prettifyError(checked.error)}`);
}

export function readSiteSettings(root: string): Site {
  return parseSiteSettings(readFileSync(join(root, siteSettingsFile), 'utf8'));
}

/**
 * The site's path on its host, with a trailing slash: from base_url (https://example.org/briefs/
 * gives /briefs/), unless BASE_PATH overrides it (e.g. to test a build under a sub-path).
 */
export function basePath(settings: Pick<Site, 'base_url'>, env: NodeJS.ProcessEnv = process.env): string {
  const path = env['BASE_PATH'] || new URL(settings.base_url).pathname;
  return path.endsWith('/') ? path : `${path}/`;
}
