import { useTranslations, type Translate } from '../i18n/index.ts';
import type { FigureSet, Innovation, Mfi, Programme, Source, Taxonomy } from '../schemas/index.ts';
import { resultSourceId } from '../schemas/innovation.ts';
import { labelOf } from '../schemas/taxonomy.ts';
import {
  resultsChainSteps,
  type Change,
  type Judgement,
  type Language,
  type ResultStatus,
  type Significance,
} from '../schemas/vocabulary.ts';
import { citedSources, type CitedSource } from './citation.ts';
import { formatters, type Formatters } from './format.ts';
import { figureSetFor, innovationPeriod } from './mfi-profile.ts';
import { resultSignificance, resultSummary, significanceWords } from './result-words.ts';

/** A labelled value; `value` undefined means "not reported", which the view shows as such. */
export interface Row {
  label: string;
  value: string | undefined;
  /** Names what the row is about, for renderers that link it (e.g. to the MFI's page). */
  key?: 'mfi' | 'country' | 'programme' | 'challenge';
  /** For a share, the value as a proportion (0-1), which charts draw as a bar. */
  proportion?: number;
  /** Where the value links to, e.g. a trial-registry entry. */
  href?: string;
}

export interface FigurePanel {
  year: number;
  rows: Row[];
  note: string | undefined;
  source: Source | undefined;
}

export interface ResultView {
  /** Position of the result in its content file: its anchor (#result-N) and data row follow it. */
  index: number;
  outcome: string;
  group: string | undefined;
  /** The survey round or the months since the start, in words. */
  timing: string | undefined;
  status: ResultStatus;
  statusLabel: string | undefined;
  finding: string;
  change: Change | undefined;
  changeLabel: string | undefined;
  judgement: Judgement | undefined;
  judgementLabel: string | undefined;
  /** As the source states it, or derived from the p-value. */
  significance: Significance | undefined;
  significanceLabel: string | undefined;
  /** All three facts in words, e.g. "fell; favourable; significant at 5%". */
  summary: string;
  effect: string | undefined;
  source: Source | undefined;
}

/**
 * Results in reading order: grouped by outcome (and subgroup), in the order each first
 * appears, and within a group by survey round, so that endline 1 comes before endline 2.
 */
export function orderResults<
  R extends { outcome: string; group?: string | undefined; round?: string | undefined; months_since_start?: number | undefined },
>(results: readonly R[], roundOrder: readonly string[]): { result: R; index: number }[] {
  const firstSeen = new Map<string, number>();
  const key = (r: R) => `${r.outcome}\u0000${r.group ?? ''}`;
  for (const [i, r] of results.entries()) if (!firstSeen.has(key(r))) firstSeen.set(key(r), i);
  const time = (r: R) =>
    r.round !== undefined ? roundOrder.indexOf(r.round) : (r.months_since_start ?? Number.POSITIVE_INFINITY);
  return results
    .map((result, index) => ({ result, index }))
    .sort(
      (a, b) =>
        firstSeen.get(key(a.result))! - firstSeen.get(key(b.result))! || time(a.result) - time(b.result) || a.index - b.index,
    );
}

/** What a brief says and in which order: the web page and the PDF both render this. */
export interface Factsheet {
  title: string;
  summary: string;
  header: Row[];
  mfi: { name: string; shortName: string; website: string | undefined; mission: string | undefined };
  /** Undefined for an innovation that belongs to no programme. */
  programme: { name: string; shortName: string } | undefined;
  /**
   * `about` describes the institution, `figures` its key figures (the set from the innovation's
   * period, or the nearest to it: `inPeriod` says which); `rows` is both, in order; `note` is
   * what the source says about these figures.
   */
  profile: {
    year: number | undefined;
    inPeriod: boolean;
    about: Row[];
    figures: Row[];
    rows: Row[];
    note: string | undefined;
    source: Source | undefined;
  };
  contextFigures: FigurePanel[];
  innovation: { partners: { name: string; role: string | undefined }[]; diagnostic: string | undefined };
  study: Row[];
  groups: { role: string; name: string; description: string | undefined }[];
  resultsChain: { step: string; label: string; lines: string[] }[];
  results: ResultView[];
  recommendations: string[];
  costsBenefits: Row[];
  /** With each reference formatted by the citation library, for the PDF. */
  sources: CitedSource[];
  completeness: string[];
  /**
   * Which of the sections a study may lack this brief has. The web page and the PDF show these
   * sections only when true, so that neither prints a heading over nothing.
   */
  has: Record<OptionalSection, boolean>;
}

export type OptionalSection =
  | 'mission'
  | 'diagnostic'
  | 'partners'
  | 'costsBenefits'
  | 'groups'
  | 'resultsChain'
  | 'recommendations';

export function figureRows(set: FigureSet | undefined, f: Formatters, t: Translate): Row[] {
  const stated = (value: FigureSet['active_borrowers'], format?: (n: number) => string) =>
    value === undefined ? undefined : f.stated(value, format);
  const share = (value: FigureSet['women_borrowers_pct']) => (value === undefined ? {} : { proportion: value.value / 100 });
  const rows: Row[] = [
    { label: t('profile.activeBorrowers'), value: stated(set?.active_borrowers) },
    {
      label: t('profile.womenBorrowers'),
      value: stated(set?.women_borrowers_pct, f.percent),
      ...share(set?.women_borrowers_pct),
    },
    { label: t('profile.activeSavers'), value: stated(set?.active_savers) },
    { label: t('profile.offices'), value: stated(set?.offices) },
    { label: t('profile.coverage'), value: set?.coverage },
    { label: t('profile.portfolio'), value: set?.gross_loan_portfolio && money(set.gross_loan_portfolio, f, t) },
  ];
  // Clients and women clients are shown only where a source gives them, since most profiles
  // count borrowers instead.
  if (set?.women_clients_pct) {
    rows.splice(2, 0, {
      label: t('profile.womenClients'),
      value: stated(set.women_clients_pct, f.percent),
      ...share(set.women_clients_pct),
    });
  }
  if (set?.clients) rows.splice(set.women_clients_pct ? 4 : 3, 0, { label: t('profile.clients'), value: stated(set.clients) });
  // Further figures follow the fixed ones, each with its own label, unit and (if other) year.
  for (const figure of set?.other_figures ?? []) {
    const unit = figure.unit;
    const format =
      unit && isCurrency(unit) ? (n: number) => f.money(n, unit) : (n: number) => (unit ? `${f.number(n)} ${unit}` : f.number(n));
    rows.push({
      label: figure.year && figure.year !== set?.as_of ? `${figure.label} (${figure.year})` : figure.label,
      value: f.stated(figure.value, format),
    });
  }
  return rows;
}

const currencies = new Set(Intl.supportedValuesOf('currency'));
const isCurrency = (unit: string) => currencies.has(unit);

/** A sum in its own currency, with the US-dollar value beside it where the source gives one. */
function money(sum: NonNullable<FigureSet['gross_loan_portfolio']>, f: Formatters, t: Translate): string {
  const own = f.stated(sum.amount, (n) => f.money(n, sum.currency));
  return sum.usd && sum.currency !== 'USD'
    ? t('profile.portfolioUsd', { value: own, usd: f.stated(sum.usd, (n) => f.money(n, 'USD').replace(/^USD /, '')) })
    : own;
}

function sourceById(sources: readonly Source[], id: string | undefined): Source | undefined {
  return id === undefined ? undefined : sources.find((source) => source.id === id);
}

function join(items: readonly string[] | undefined): string | undefined {
  return items?.length ? items.join(', ') : undefined;
}

/**
 * The sources a brief lists: its own, then its institution's, since the profile's figures cite
 * those; each address once. Its reference-manager downloads hold the same list.
 */
export function briefSources(innovation: Pick<Innovation, 'sources'>, mfi: Pick<Mfi, 'sources'>): Source[] {
  return [...innovation.sources, ...mfi.sources].filter(
    (source, index, all) => all.findIndex((other) => other.url === source.url) === index,
  );
}

export function buildFactsheet(
  innovation: Innovation,
  mfi: Mfi,
  programme: Programme | undefined,
  language: Language,
  taxonomy: Taxonomy,
): Factsheet {
  const t = useTranslations(language);
  const f = formatters(language, t);
  const { current, inPeriod, context } = figureSetFor(mfi.figures ?? [], innovationPeriod(innovation, programme));
  const study = innovation.study;

  const assignment = study?.assignment;
  const assignmentValue =
    assignment === undefined
      ? undefined
      : assignment.total && assignment.treated
        ? t('study.assignmentTreated', {
            total: f.stated(assignment.total),
            unit: assignment.unit,
            treated: f.stated(assignment.treated),
          })
        : assignment.total
          ? t('study.assignmentUnits', { total: f.stated(assignment.total), unit: assignment.unit })
          : assignment.treated
            ? t('study.assignmentOnlyTreated', { treated: f.stated(assignment.treated), unit: assignment.unit })
            : t('study.assignmentUnit', { unit: assignment.unit });
  const studyRows: Row[] = [
    { label: t('study.design'), value: study?.design },
    { label: t('study.methods'), value: join(study?.methods?.map((m) => t(`method.${m}`))) },
    ...(assignment ? [{ label: t('study.assignment'), value: assignmentValue }] : []),
    ...(study?.period ? [{ label: t('study.period'), value: f.period(study.period) }] : []),
    ...(study?.registry ? [{ label: t('study.registry'), value: study.registry.id, href: study.registry.url }] : []),
    {
      label: t('study.surveyRounds'),
      value:
        (study?.survey_rounds ?? study?.rounds?.length) === undefined
          ? undefined
          : t('study.rounds', { count: study?.survey_rounds ?? study!.rounds!.length }),
    },
    {
      label: t('study.duration'),
      value: study?.duration_months === undefined ? undefined : t('study.months', { count: f.number(study.duration_months) }),
    },
    {
      label: t('study.sample'),
      value:
        study?.sample_size === undefined
          ? undefined
          : t(study.sample_unit === 'households' ? 'study.sampleHouseholds' : 'study.sampleClients', {
              count: f.stated(study.sample_size),
            }),
    },
    { label: t('study.branches'), value: study?.branches === undefined ? undefined : f.number(study.branches) },
  ];
  const roundWhen = (round: { date?: string | undefined; months_since_start?: number | undefined }) =>
    [
      round.date && f.partialDate(round.date),
      round.months_since_start !== undefined ? t('study.roundMonths', { months: f.number(round.months_since_start) }) : undefined,
    ]
      .filter(Boolean)
      .join(', ') || t('study.roundNoDate');
  // A round without a date is listed as such: it is not a missing field.
  const roundRows = (study?.rounds ?? []).map((round) => ({ label: round.label, value: roundWhen(round) }));
  studyRows.splice(studyRows.findIndex((row) => row.label === t('study.surveyRounds')) + 1, 0, ...roundRows);

  const rounds = study?.rounds ?? [];
  const results: ResultView[] = orderResults(
    innovation.results,
    rounds.map((round) => round.id),
  ).map(({ result, index }) => {
    const significance = resultSignificance(result);
    const round = rounds.find((r) => r.id === result.round);
    return {
      index,
      outcome: result.outcome,
      group: result.group,
      timing: round
        ? round.label
        : result.months_since_start !== undefined
          ? t('result.monthsSinceStart', { months: f.number(result.months_since_start) })
          : undefined,
      status: result.status,
      statusLabel: result.status === 'measured' ? undefined : t(`status.${result.status}`),
      finding: result.status === 'measured' ? (result.finding ?? '') : (result.reason ?? ''),
      change: result.change,
      changeLabel: result.change && t(`change.${result.change}`),
      judgement: result.judgement,
      judgementLabel: result.judgement && t(`judgement.${result.judgement}`),
      significance: significance.significance,
      significanceLabel: significanceWords(significance, t),
      summary: resultSummary(result, t),
      effect: result.effect && f.effect(result.effect),
      source: sourceById(innovation.sources, resultSourceId(result, innovation.sources)),
    };
  });

  const resultsChain = resultsChainSteps.map((step) => ({
    step,
    label: t(`chain.${step}`),
    lines: innovation.results_chain?.[step] ?? [],
  }));

  // "What this record lacks" names only what the content model expects of every brief (the
  // profile's main figures, the study's design, method and sample), each with why it matters;
  // a study without recommendations or a results chain simply has none.
  const completeness: string[] = [];
  const missing = (section: string, rows: Row[], why: string) => {
    const gaps = rows.filter((row) => row.value === undefined).map((row) => row.label.toLocaleLowerCase(language));
    if (gaps.length) completeness.push(t('completeness.missing', { section, fields: gaps.join(', '), why }));
  };
  const about = [
    { label: t('profile.legalStatus'), value: mfi.legal_status },
    { label: t('profile.products'), value: join(mfi.products) },
  ];
  const figures = figureRows(current, f, t);
  const profileRows = [...about, ...figures];
  const expectedFigures = new Set([t('profile.activeBorrowers'), t('profile.womenBorrowers'), t('profile.portfolio')]);
  const womenShare = current?.women_clients_pct !== undefined;
  missing(
    t('brief.profile'),
    [
      ...about,
      ...figures.filter((row) => expectedFigures.has(row.label) && !(womenShare && row.label === t('profile.womenBorrowers'))),
    ],
    t('completeness.why.profile'),
  );
  const expectedStudy = new Set([t('study.design'), t('study.methods'), t('study.sample')]);
  missing(
    t('brief.study'),
    studyRows.filter((row) => expectedStudy.has(row.label)),
    t('completeness.why.study'),
  );

  const partners = (innovation.partners ?? []).map((p) => ({ name: p.name, role: p.role }));
  const groups = (study?.groups ?? []).map((g) => ({ role: t(`role.${g.role}`), name: g.name, description: g.description }));
  const recommendations = innovation.recommendations ?? [];
  const costsBenefits = innovation.costs_benefits
    ? [
        { label: t('brief.forClients'), value: innovation.costs_benefits.clients },
        { label: t('brief.forInstitution'), value: innovation.costs_benefits.institution },
      ]
    : [];

  return {
    title: innovation.title,
    summary: innovation.summary,
    header: [
      { key: 'mfi', label: t('brief.mfi'), value: mfi.name },
      { key: 'country', label: t('brief.country'), value: f.country(mfi.country) },
      // An innovation without a programme has no programme row, rather than one "not reported".
      ...(programme
        ? [{ key: 'programme' as const, label: t('brief.programme'), value: programme.short_name ?? programme.name }]
        : []),
      { key: 'challenge', label: taxonomy.challenges.name, value: labelOf(taxonomy.challenges, innovation.challenge) },
      {
        label: taxonomy.innovationTypes.name,
        value: innovation.innovation_type && labelOf(taxonomy.innovationTypes, innovation.innovation_type),
      },
      { label: t('brief.period'), value: innovation.period && f.period(innovation.period) },
    ],
    mfi: { name: mfi.name, shortName: mfi.short_name ?? mfi.name, website: mfi.website, mission: mfi.mission },
    programme: programme && { name: programme.name, shortName: programme.short_name ?? programme.name },
    profile: {
      year: current?.as_of,
      inPeriod,
      about,
      figures,
      rows: profileRows,
      note: current?.note,
      source: sourceById(mfi.sources, current?.source),
    },
    contextFigures: context.map((set) => ({
      year: set.as_of,
      rows: figureRows(set, f, t).filter((row) => row.value !== undefined),
      note: set.note,
      source: sourceById(mfi.sources, set.source),
    })),
    innovation: { partners, diagnostic: innovation.diagnostic },
    study: studyRows,
    groups,
    resultsChain,
    results,
    recommendations,
    costsBenefits,
    sources: citedSources(briefSources(innovation, mfi), language),
    completeness,
    has: {
      mission: mfi.mission !== undefined,
      diagnostic: innovation.diagnostic !== undefined,
      partners: partners.length > 0,
      costsBenefits: costsBenefits.length > 0,
      groups: groups.length > 0,
      resultsChain: resultsChain.some((step) => step.lines.length > 0),
      recommendations: recommendations.length > 0,
    },
  };
}
