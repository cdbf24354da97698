import type { Translate } from '../i18n/index.ts';
import type { Innovation, Mfi, Taxonomy } from '../schemas/index.ts';
import { labelOf } from '../schemas/taxonomy.ts';
import type { Change, Judgement, Significance } from '../schemas/vocabulary.ts';
import type { Formatters } from './format.ts';
import { resultSignificance, resultSummary } from './result-words.ts';

export interface ComparisonRow {
  id: string;
  title: string;
  mfi: string;
  mfiId: string;
  country: string;
  challenge: string;
  type: string | undefined;
  methods: string | undefined;
  sample: string | undefined;
  years: string | undefined;
  /** The first measured result: editors list results in order of importance. */
  mainResult: string | undefined;
  /** Its mark: what changed (shape), the judgement (colour) and the significance (fill). */
  mainMark: { change: Change; judgement: Judgement; significance: Significance | undefined } | undefined;
}

export function comparisonRows(
  innovations: readonly { id: string; data: Innovation }[],
  mfis: ReadonlyMap<string, Mfi>,
  t: Translate,
  f: Formatters,
  taxonomy: Taxonomy,
): ComparisonRow[] {
  return innovations
    .map(({ id, data }) => {
      const mfi = mfis.get(data.mfi)!;
      const main = data.results.find((r) => r.status === 'measured');
      const study = data.study;
      return {
        id,
        title: data.title,
        mfi: mfi.short_name ?? mfi.name,
        mfiId: data.mfi,
        country: f.country(mfi.country),
        challenge: labelOf(taxonomy.challenges, data.challenge),
        type: data.innovation_type && labelOf(taxonomy.innovationTypes, data.innovation_type),
        methods: study?.methods?.map((m) => t(`method.${m}`)).join(', '),
        sample:
          study?.sample_size === undefined
            ? undefined
            : t(study.sample_unit === 'households' ? 'study.sampleHouseholds' : 'study.sampleClients', {
                count: f.stated(study.sample_size),
              }),
        years: data.period && f.period(data.period),
        mainResult: main && `${main.outcome}: ${resultSummary(main, t)}${main.effect ? ` (${f.effect(main.effect)})` : ''}`,
        mainMark: main && {
          change: main.change!,
          judgement: main.judgement!,
          significance: resultSignificance(main).significance,
        },
      };
    })
    .sort((a, b) => a.country.localeCompare(b.country) || a.mfi.localeCompare(b.mfi) || a.title.localeCompare(b.title));
}
