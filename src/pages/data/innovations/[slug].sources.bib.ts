import type { APIRoute, GetStaticPaths } from 'astro';
import { allInnovations, requireEntry, type InnovationEntry } from '../../../data/collections.ts';
import { formatBibtex, sourcesForExport } from '../../../lib/citation.ts';
import { briefSources } from '../../../lib/factsheet.ts';

/** The sources the brief lists under "Sources", as BibTeX. */
export const getStaticPaths = (async () =>
  (await allInnovations()).map((entry) => ({ params: { slug: entry.id }, props: { entry } }))) satisfies GetStaticPaths;

export const GET: APIRoute = async ({ props }) => {
  const { entry } = props as { entry: InnovationEntry };
  const mfi = await requireEntry('mfis', entry.data.mfi);
  return new Response(`${formatBibtex(sourcesForExport(briefSources(entry.data, mfi.data)))}\n`, {
    headers: { 'Content-Type': 'application/x-bibtex; charset=utf-8' },
  });
};
