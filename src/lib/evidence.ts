import type { Innovation, Taxonomy } from '../schemas/index.ts';
import type { Change, Judgement, ResultStatus, Significance } from '../schemas/vocabulary.ts';
import { resultSignificance } from './result-words.ts';

/** Ids from the site's taxonomy (content/taxonomies/). */
type Challenge = string;
type OutcomeDomain = string;

export interface EvidencePoint {
  innovation: string;
  /** Index of the result within its innovation, for a link to it. */
  result: number;
  outcome: string;
  group: string | undefined;
  status: ResultStatus;
  change: Change | undefined;
  judgement: Judgement | undefined;
  /** As the source states it, or derived from the p-value. */
  significance: Significance | undefined;
}

export interface EvidenceCell {
  challenge: Challenge;
  domain: OutcomeDomain;
  points: EvidencePoint[];
}

export interface EvidenceMap {
  /** Challenges with at least one result, in the taxonomy's order. */
  rows: Challenge[];
  /** Outcome domains with at least one result, in the taxonomy's order. */
  columns: OutcomeDomain[];
  cell(challenge: Challenge, domain: OutcomeDomain): EvidenceCell;
  total: number;
}

/**
 * The evidence map: every result of every innovation, placed by the innovation's challenge (row)
 * and the result's outcome domain (column). Empty rows and columns are left out so the table
 * stays readable; every result appears in exactly one cell.
 */
export function evidenceMap(innovations: readonly { id: string; data: Innovation }[], taxonomy: Taxonomy): EvidenceMap {
  const cells = new Map<string, EvidenceCell>();
  const key = (challenge: Challenge, domain: OutcomeDomain) => `${challenge}|${domain}`;
  let total = 0;
  for (const { id, data } of innovations) {
    data.results.forEach((result, index) => {
      const k = key(data.challenge, result.domain);
      const cell = cells.get(k) ?? { challenge: data.challenge, domain: result.domain, points: [] };
      cell.points.push({
        innovation: id,
        result: index,
        outcome: result.outcome,
        group: result.group,
        status: result.status,
        change: result.change,
        judgement: result.judgement,
        significance: resultSignificance(result).significance,
      });
      cells.set(k, cell);
      total++;
    });
  }
  const used = [...cells.values()];
  return {
    rows: taxonomy.challenges.ids.filter((c) => used.some((cell) => cell.challenge === c)),
    columns: taxonomy.outcomeDomains.ids.filter((d) => used.some((cell) => cell.domain === d)),
    cell: (challenge, domain) => cells.get(key(challenge, domain)) ?? { challenge, domain, points: [] },
    total,
  };
}

export type CellCountKey = `${Change}|${Judgement}` | 'not-measured' | 'not-reported';

/**
 * Counts of a cell's results by change and judgement together ("2 fell, favourable"), since
 * either alone can mislead; results without a finding are counted by status.
 */
export function cellCounts(points: readonly EvidencePoint[]): Map<CellCountKey, number> {
  const counts = new Map<CellCountKey, number>();
  for (const point of points) {
    const key: CellCountKey = point.status === 'measured' ? `${point.change!}|${point.judgement!}` : point.status;
    counts.set(key, (counts.get(key) ?? 0) + 1);
  }
  return counts;
}
