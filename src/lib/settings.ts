import siteYaml from '../../content/site.yaml?raw';
import type { Site } from '../schemas/index.ts';
import { parseSiteSettings } from './site-settings.ts';

/** The site settings from content/site.yaml, for the pages (checked by `npm run validate` before every build). */
export const settings: Site = parseSiteSettings(siteYaml);
