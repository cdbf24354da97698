import type { APIRoute } from 'astro';
import { absoluteUrl } from '../data/absolute-url.ts';
import { sitePath } from '../lib/paths.ts';

export const GET: APIRoute = () =>
  new Response(`User-agent: *\nAllow: /\n\nSitemap: ${absoluteUrl(sitePath(import.meta.env.BASE_URL, 'sitemap-index.xml'))}\n`, {
    headers: { 'Content-Type': 'text/plain' },
  });
