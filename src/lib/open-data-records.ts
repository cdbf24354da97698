import type { Innovation, Mfi, Programme } from '../schemas/index.ts';

/**
 * The published record of each kind: the validated content as it stands in the files, with its
 * id and the address of its page, so a reuser can link back. Field names are the content
 * model's (see the JSON Schemas beside the data).
 */
export function innovationRecord(id: string, data: Innovation, pageUrl: string, body: string | undefined) {
  return { id, url: pageUrl, ...data, narrative: body?.trim() || undefined };
}

export function mfiRecord(id: string, data: Mfi, pageUrl: string) {
  return { id, url: pageUrl, ...data };
}

export function programmeRecord(id: string, data: Programme, pageUrl: string) {
  return { id, url: pageUrl, ...data };
}

export function jsonResponse(value: unknown): Response {
  return new Response(`${JSON.stringify(value, null, 2)}\n`, { headers: { 'Content-Type': 'application/json; charset=utf-8' } });
}
