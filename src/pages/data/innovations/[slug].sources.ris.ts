import type { APIRoute, GetStaticPaths } from 'astro';
import { allInnovations, requireEntry, type InnovationEntry } from '../../../data/collections.ts';
import { formatRis, sourcesForExport } from '../../../lib/citation.ts';
import { briefSources } from '../../../lib/factsheet.ts';

/** The sources the brief lists under "Sources", as RIS, for reference managers (Zotero, EndNote, Mendeley). */
export const getStaticPaths = (async () =>
  (await allInnovations()).map((entry) => ({ params: { slug: entry.id }, props: { entry } }))) satisfies GetStaticPaths;

export const GET: APIRoute = async ({ props }) => {
  const { entry } = props as { entry: InnovationEntry };
  const mfi = await requireEntry('mfis', entry.data.mfi);
  return new Response(`${formatRis(sourcesForExport(briefSources(entry.data, mfi.data)))}\n`, {
    headers: { 'Content-Type': 'application/x-research-info-systems' },
  });
};
