import type { APIRoute } from 'astro';
import { absoluteUrl } from '../../data/absolute-url.ts';
import { allMfis, url } from '../../data/collections.ts';
import { jsonResponse, mfiRecord } from '../../lib/open-data-records.ts';

export const GET: APIRoute = async () =>
  jsonResponse((await allMfis()).map((m) => mfiRecord(m.id, m.data, absoluteUrl(url.mfi(m.id)))));
