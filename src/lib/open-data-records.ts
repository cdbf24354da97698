import type { FigureSet, Innovation, Mfi, Programme, Source } from '../schemas/index.ts';
import { figureSetFor, innovationPeriod } from './mfi-profile.ts';

/**
 * The published record of each kind: the validated content as it stands in the files, with its
 * id and the address of its page, so a reuser can link back. Field names are the content
 * model's (see the JSON Schemas beside the data). An innovation's record adds the figures of its
 * institution that its brief shows (`mfi_figures`), so that the record says what the brief says.
 */
export function innovationRecord(
  id: string,
  data: Innovation,
  pageUrl: string,
  body: string | undefined,
  mfiFigures: MfiFigures | undefined,
) {
  return { id, url: pageUrl, ...data, narrative: body?.trim() || undefined, mfi_figures: mfiFigures };
}

/**
 * An institution's figures as a brief shows them, each set as in mfis.json (with its further
 * figures, notes and source ids): `profile` is the set of the innovation's period, or the one
 * nearest to it (`in_period` says which), `other_years` the rest, shown as context. `sources`
 * are the institution's sources those ids name.
 */
export interface MfiFigures {
  profile: FigureSet;
  in_period: boolean;
  other_years: FigureSet[];
  sources: Source[];
}

/** The figures a brief shows of its institution; undefined when the institution has none. */
export function briefMfiFigures(innovation: Innovation, mfi: Mfi, programme: Programme | undefined): MfiFigures | undefined {
  const { current, inPeriod, context } = figureSetFor(mfi.figures ?? [], innovationPeriod(innovation, programme));
  if (!current) return undefined;
  const sets = [current, ...context];
  const cited = new Set(sets.flatMap((set) => [set.source, ...(set.other_figures ?? []).map((figure) => figure.source)]));
  return {
    profile: current,
    in_period: inPeriod,
    other_years: context,
    sources: mfi.sources.filter((source) => cited.has(source.id)),
  };
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
