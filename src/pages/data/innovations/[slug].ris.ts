import type { APIRoute, GetStaticPaths } from 'astro';
import { briefCitation } from '../../../data/brief-citation.ts';
import { allInnovations, requireEntry, type InnovationEntry } from '../../../data/collections.ts';
import { briefToCsl, formatRis } from '../../../lib/citation.ts';

/** The brief's citation as RIS, for reference managers (Zotero, EndNote, Mendeley). */
export const getStaticPaths = (async () =>
  (await allInnovations()).map((entry) => ({ params: { slug: entry.id }, props: { entry } }))) satisfies GetStaticPaths;

export const GET: APIRoute = async ({ props }) => {
  const { entry } = props as { entry: InnovationEntry };
  const citation = briefCitation(entry, await requireEntry('mfis', entry.data.mfi));
  return new Response(`${formatRis([briefToCsl(citation)])}\n`, {
    headers: { 'Content-Type': 'application/x-research-info-systems' },
  });
};
