import { settings } from '../lib/settings.ts';

/** The full address of a site path, for data files and citations that leave the site. */
export function absoluteUrl(path: string): string {
  return new URL(path, settings.base_url).href;
}
