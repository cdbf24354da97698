import type { APIRoute, GetStaticPaths } from 'astro';
import { allInnovations, requireEntry, type InnovationEntry } from '../../../data/collections.ts';
import { formatBibtex, formatRis, sourcesForExport } from '../../../lib/citation.ts';
import { briefSources } from '../../../lib/factsheet.ts';

/**
 * The sources the brief lists under "Sources", as files for reference managers (Zotero, EndNote,
 * Mendeley): RIS, and BibTeX for LaTeX.
 */
const formats = {
  ris: { write: formatRis, contentType: 'application/x-research-info-systems' },
  bib: { write: formatBibtex, contentType: 'application/x-bibtex; charset=utf-8' },
} as const;
type Format = keyof typeof formats;

export const getStaticPaths = (async () =>
  (await allInnovations()).flatMap((entry) =>
    (Object.keys(formats) as Format[]).map((format) => ({ params: { slug: entry.id, format }, props: { entry, format } })),
  )) satisfies GetStaticPaths;

export const GET: APIRoute = async ({ props }) => {
  const { entry, format } = props as { entry: InnovationEntry; format: Format };
  const mfi = await requireEntry('mfis', entry.data.mfi);
  const { write, contentType } = formats[format];
  return new Response(`${write(sourcesForExport(briefSources(entry.data, mfi.data)))}\n`, {
    headers: { 'Content-Type': contentType },
  });
};
