import { useTranslations } from '../i18n/index.ts';
import type { Mfi, Source } from '../schemas/index.ts';
import type { Language } from '../schemas/vocabulary.ts';
import { figureRows, type FigurePanel, type Row } from './factsheet.ts';
import { formatters } from './format.ts';

export interface MfiProfile {
  name: string;
  facts: Row[];
  mission: string | undefined;
  background: string | undefined;
  /** Every figure set, newest first, each with its own year and source. */
  figures: FigurePanel[];
  sources: Source[];
}

export function buildMfiProfile(mfi: Mfi, language: Language): MfiProfile {
  const t = useTranslations(language);
  const f = formatters(language, t);
  const bySource = (id: string | undefined) => mfi.sources.find((s) => s.id === id);
  return {
    name: mfi.name,
    facts: [
      { key: 'country', label: t('brief.country'), value: f.country(mfi.country) },
      { label: t('profile.region'), value: t(`region.${mfi.region}`) },
      { label: t('profile.otherNames'), value: mfi.other_names?.join('; ') },
      { label: t('profile.headquarters'), value: mfi.headquarters },
      { label: t('profile.founded'), value: mfi.founded?.toString() },
      { label: t('profile.legalStatus'), value: mfi.legal_status },
      { label: t('profile.products'), value: mfi.products?.join(', ') },
      { label: t('profile.website'), value: mfi.website },
    ],
    mission: mfi.mission,
    background: mfi.background,
    figures: [...(mfi.figures ?? [])]
      .sort((a, b) => b.as_of - a.as_of)
      .map((set) => ({
        year: set.as_of,
        rows: figureRows(set, f, t).filter((row) => row.value !== undefined),
        note: set.note,
        source: bySource(set.source),
      })),
    sources: mfi.sources,
  };
}
