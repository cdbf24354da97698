import { csvFormatRow } from 'd3';
import type { Innovation, Mfi } from '../schemas/index.ts';
import { resultSourceId } from '../schemas/innovation.ts';
import { resultSignificance } from './result-words.ts';

export const resultColumns = [
  'innovation',
  'mfi',
  'country',
  'challenge',
  'outcome',
  'domain',
  'group',
  'round',
  'round_label',
  'months_since_start',
  'status',
  'change',
  'judgement',
  'significance',
  'significance_level',
  'effect_estimate',
  'effect_range_low',
  'effect_range_high',
  'effect_unit',
  'effect_currency',
  'effect_per',
  'effect_approximation',
  'standard_error',
  'ci_low',
  'ci_high',
  'ci_level',
  'p_value',
  'p_below',
  'control_mean',
  'finding',
  'reason',
  'source_title',
  'source_url',
] as const;

type Cell = string | number | boolean | undefined;

/** One row per result, every innovation, with the source it comes from. */
export function resultRows(innovations: readonly { id: string; data: Innovation }[], mfis: ReadonlyMap<string, Mfi>): Cell[][] {
  return innovations.flatMap(({ id, data }) =>
    data.results.map((r) => {
      const sourceId = resultSourceId(r, data.sources);
      const source = data.sources.find((s) => s.id === sourceId);
      const significance = resultSignificance(r);
      const row: Record<(typeof resultColumns)[number], Cell> = {
        innovation: id,
        mfi: data.mfi,
        country: mfis.get(data.mfi)?.country,
        challenge: data.challenge,
        outcome: r.outcome,
        domain: r.domain,
        group: r.group,
        round: r.round,
        round_label: data.study?.rounds?.find((round) => round.id === r.round)?.label,
        months_since_start: r.months_since_start,
        status: r.status,
        change: r.change,
        judgement: r.judgement,
        significance: significance.significance,
        significance_level: significance.levelPct,
        effect_estimate: r.effect?.estimate,
        effect_range_low: r.effect?.range?.[0],
        effect_range_high: r.effect?.range?.[1],
        effect_unit: r.effect?.unit,
        effect_currency: r.effect?.currency,
        effect_per: r.effect?.per,
        effect_approximation: r.effect?.approximation,
        standard_error: r.effect?.standard_error,
        ci_low: r.effect?.ci?.low,
        ci_high: r.effect?.ci?.high,
        ci_level: r.effect?.ci?.level,
        p_value: r.effect?.p_value?.value,
        p_below: r.effect?.p_value?.below,
        control_mean: r.effect?.control_mean,
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
  return [header, ...rows]
    .map((row) => `${csvFormatRow(row.map((value) => (value === undefined ? '' : String(value))))}\r\n`)
    .join('');
}
