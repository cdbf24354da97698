import type { APIRoute, GetStaticPaths } from 'astro';
import { absoluteUrl } from '../../../data/absolute-url.ts';
import { allInnovations, url, type InnovationEntry } from '../../../data/collections.ts';
import { innovationRecord, jsonResponse } from '../../../lib/open-data-records.ts';

export const getStaticPaths = (async () =>
  (await allInnovations()).map((entry) => ({ params: { slug: entry.id }, props: { entry } }))) satisfies GetStaticPaths;

export const GET: APIRoute = ({ props }) => {
  const { entry } = props as { entry: InnovationEntry };
  return jsonResponse(innovationRecord(entry.id, entry.data, absoluteUrl(url.innovation(entry.id)), entry.body));
};
