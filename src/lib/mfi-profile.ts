import { useTranslations } from '../i18n/index.ts';
import type { FigureSet, Innovation, Mfi, Programme, Source } from '../schemas/index.ts';
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

/** A span of years, either end open. */
export interface YearSpan {
  start: number;
  end: number | undefined;
}

const yearOf = (date: string) => Number(date.slice(0, 4));

/**
 * The years the brief is about: the innovation's own period; else the span of its study's dated
 * survey rounds; else, for want of anything closer, its programme's period. A period without an
 * end ends with the study where the study says when: at its last dated round, or its duration
 * after the start.
 */
export function innovationPeriod(
  innovation: Pick<Innovation, 'period' | 'study'>,
  programme?: Pick<Programme, 'period'>,
): YearSpan | undefined {
  const study = innovation.study;
  const rounds = (study?.rounds ?? []).flatMap((round) => (round.date ? [yearOf(round.date)] : []));
  const studyEnd = rounds.length ? Math.max(...rounds) : undefined;
  if (innovation.period) {
    const start = innovation.period.start;
    const byDuration = study?.duration_months === undefined ? undefined : endAfterMonths(start, study.duration_months);
    return {
      start: yearOf(start),
      end: innovation.period.end === undefined ? (studyEnd ?? byDuration) : yearOf(innovation.period.end),
    };
  }
  if (rounds.length) return { start: Math.min(...rounds), end: studyEnd };
  if (programme?.period)
    return {
      start: yearOf(programme.period.start),
      end: programme.period.end === undefined ? undefined : yearOf(programme.period.end),
    };
  return undefined;
}

/** The year `months` after a partial date (a bare year counts from its start). */
function endAfterMonths(start: string, months: number): number {
  const month = start.length >= 7 ? Number(start.slice(5, 7)) - 1 : 0;
  return yearOf(start) + Math.floor((month + months) / 12);
}

/** How many years a figure set lies outside the span (0 inside it). */
function distance(year: number, span: YearSpan): number {
  if (year < span.start) return span.start - year;
  if (span.end !== undefined && year > span.end) return year - span.end;
  return 0;
}

/**
 * The MFI figure set a brief shows as the institution's profile: the latest set inside the
 * innovation's period, or else the set nearest to it (the later one on a tie); `inPeriod` says
 * which. Without a known period, the latest set. Every other set is context, oldest first, and
 * keeps its own year.
 */
export function figureSetFor(
  figures: readonly FigureSet[],
  period: YearSpan | undefined,
): { current: FigureSet | undefined; inPeriod: boolean; context: FigureSet[] } {
  const ranked = [...figures].sort(
    (a, b) => (period ? distance(a.as_of, period) - distance(b.as_of, period) : 0) || b.as_of - a.as_of,
  );
  const current = ranked[0];
  return {
    current,
    inPeriod: current !== undefined && period !== undefined && distance(current.as_of, period) === 0,
    context: figures.filter((set) => set !== current).sort((a, b) => a.as_of - b.as_of),
  };
}
