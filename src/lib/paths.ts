/**
 * Site-relative URL of a page or file, under the configured base path, so that the site works
 * when served from a sub-folder.
 */
export function sitePath(base: string, ...segments: string[]): string {
  const prefix = base.endsWith('/') ? base : `${base}/`;
  const path = segments
    .map((s) => s.replace(/^\/+|\/+$/g, ''))
    .filter(Boolean)
    .join('/');
  if (path === '') return prefix;
  return /\.[a-z0-9]+$/i.test(path) ? `${prefix}${path}` : `${prefix}${path}/`;
}
