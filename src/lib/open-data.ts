import { csvFormatRow } from 'd3';
import type { Innovation, Mfi } from '../schemas/index.ts';

export const resultColumns = [
  'innovation',
  'mfi',
  'country',
  'challenge',
  'outcome',
  'domain',
  'group',
  'status',
  'direction',
  'significance',
  'effect_estimate',
  'effect_range_low',
  'effect_range_high',
  'effect_unit',
  'effect_approximation',
  'ci_low',
  'ci_high',
  'ci_level',
  'p_value',
  'finding',
  'reason',
  'source_title',
  'source_url',
] as const;

type Cell = string | number | undefined;

/** One row per result, every innovation, with the source it comes from. */
export function resultRows(innovations: readonly { id: string; data: Innovation }[], mfis: ReadonlyMap<string, Mfi>): Cell[][] {
  return innovations.flatMap(({ id, data }) =>
    data.results.map((r) => {
      const source = data.sources.find((s) => s.id === r.source);
      const row: Record<(typeof resultColumns)[number], Cell> = {
        innovation: id,
        mfi: data.mfi,
        country: mfis.get(data.mfi)?.country,
        challenge: data.challenge,
        outcome: r.outcome,
        domain: r.domain,
        group: r.group,
        status: r.status,
        direction: r.direction,
        significance: r.significance,
        effect_estimate: r.effect?.estimate,
        effect_range_low: r.effect?.range?.[0],
        effect_range_high: r.effect?.range?.[1],
        effect_unit: r.effect?.unit,
        effect_approximation: r.effect?.approximation,
        ci_low: r.effect?.ci?.low,
        ci_high: r.effect?.ci?.high,
        ci_level: r.effect?.ci?.level,
        p_value: r.effect?.p_value,
        finding: r.finding,
        reason: r.reason,
        source_title: source?.title,
        source_url: source?.url,
      };
      return resultColumns.map((column) => row[column]);
    }),
  );
}

/** RFC 4180 CSV, written by d3-dsv: fields with commas, quotes or line breaks are quoted; unknown is empty. */
export function toCsv(header: readonly string[], rows: readonly Cell[][]): string {
  // d3-dsv ends lines with LF; RFC 4180 asks for CRLF between records (quoted line breaks stay as they are).
  return [header, ...rows].map((row) => `${csvFormatRow(row.map((value) => (value === undefined ? '' : String(value))))}\r\n`).join('');
}
