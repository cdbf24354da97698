import type { Translate } from '../i18n/index.ts';
import type { Innovation, Mfi, Taxonomy } from '../schemas/index.ts';
import { labelOf } from '../schemas/taxonomy.ts';
import type { Formatters } from './format.ts';

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
            : t(study.sample_unit === 'households' ? 'study.sampleHouseholds' : 'study.sampleClients', { count: f.number(study.sample_size) }),
        years: data.period && f.period(data.period),
        mainResult: main && `${main.outcome}: ${t(`direction.${main.direction!}`).toLowerCase()}${main.effect ? ` (${f.effect(main.effect)})` : ''}`,
      };
    })
    .sort((a, b) => a.country.localeCompare(b.country) || a.mfi.localeCompare(b.mfi) || a.title.localeCompare(b.title));
}
