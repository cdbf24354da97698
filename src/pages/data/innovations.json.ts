import type { APIRoute } from 'astro';
import { absoluteUrl } from '../../data/absolute-url.ts';
import { allInnovations, url } from '../../data/collections.ts';
import { innovationRecord, jsonResponse } from '../../lib/open-data-records.ts';

export const GET: APIRoute = async () =>
  jsonResponse((await allInnovations()).map((i) => innovationRecord(i.id, i.data, absoluteUrl(url.innovation(i.id)), i.body)));
