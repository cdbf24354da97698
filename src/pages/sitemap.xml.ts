import type { APIRoute } from 'astro';
import { absoluteUrl } from '../data/absolute-url.ts';
import { allInnovations, allMfis, allProgrammes, url } from '../data/collections.ts';
import { taxonomy } from '../data/taxonomy.ts';

const escapeXml = (text: string) => text.replace(/&/g, '&amp;').replace(/</g, '&lt;');

/** Every HTML page of the site, for search engines. */
export const GET: APIRoute = async () => {
  const mfis = await allMfis();
  const paths = [
    url.home(),
    url.search(),
    url.evidence(),
    url.compare(),
    url.data(),
    url.mfis(),
    url.challenges(),
    url.countries(),
    ...taxonomy.challenges.ids.map(url.challenge),
    ...[...new Set(mfis.map((m) => m.data.country))].map(url.country),
    ...(await allInnovations()).map((i) => url.innovation(i.id)),
    ...mfis.map((m) => url.mfi(m.id)),
    ...(await allProgrammes()).map((p) => url.programme(p.id)),
  ];
  const body = paths.map((path) => `  <url><loc>${escapeXml(absoluteUrl(path))}</loc></url>`).join('\n');
  return new Response(`<?xml version="1.0" encoding="UTF-8"?>\n<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">\n${body}\n</urlset>\n`, {
    headers: { 'Content-Type': 'application/xml' },
  });
};
