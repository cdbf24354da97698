import { parse } from 'yaml';
import siteYaml from '../../content/site.yaml?raw';
import { siteSchema, type Site } from '../schemas/index.ts';

/** The site settings from content/site.yaml (checked by `npm run validate` before every build). */
export const settings: Site = siteSchema.parse(parse(siteYaml));
