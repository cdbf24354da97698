import type { APIRoute } from 'astro';
import { allInnovations, allMfis } from '../../data/collections.ts';
import { resultColumns, resultRows, toCsv } from '../../lib/open-data.ts';

export const GET: APIRoute = async () => {
  const mfis = new Map((await allMfis()).map((m) => [m.id, m.data]));
  const csv = toCsv(resultColumns, resultRows(await allInnovations(), mfis));
  return new Response(csv, { headers: { 'Content-Type': 'text/csv; charset=utf-8' } });
};
