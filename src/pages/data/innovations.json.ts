import type { APIRoute } from 'astro';
import { allInnovations } from '../../data/collections.ts';
import { publishedInnovation } from '../../data/innovation-record.ts';
import { jsonResponse } from '../../lib/open-data-records.ts';

export const GET: APIRoute = async () => jsonResponse(await Promise.all((await allInnovations()).map(publishedInnovation)));
