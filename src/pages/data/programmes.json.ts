import type { APIRoute } from 'astro';
import { absoluteUrl } from '../../data/absolute-url.ts';
import { allProgrammes, url } from '../../data/collections.ts';
import { jsonResponse, programmeRecord } from '../../lib/open-data-records.ts';

export const GET: APIRoute = async () =>
  jsonResponse((await allProgrammes()).map((p) => programmeRecord(p.id, p.data, absoluteUrl(url.programme(p.id)))));
