import type { APIRoute, GetStaticPaths } from 'astro';
import { allInnovations, type InnovationEntry } from '../../../data/collections.ts';
import { publishedInnovation } from '../../../data/innovation-record.ts';
import { jsonResponse } from '../../../lib/open-data-records.ts';

export const getStaticPaths = (async () =>
  (await allInnovations()).map((entry) => ({ params: { slug: entry.id }, props: { entry } }))) satisfies GetStaticPaths;

export const GET: APIRoute = async ({ props }) =>
  jsonResponse(await publishedInnovation((props as { entry: InnovationEntry }).entry));
