import type { Translate } from '../i18n/index.ts';
import type { Innovation, Mfi, Programme, Taxonomy } from '../schemas/index.ts';
import { labelOf } from '../schemas/taxonomy.ts';
import type { Formatters } from './format.ts';

/** The search filters, in the order the search page shows them. */
export const facetNames = ['kind', 'challenge', 'country', 'region', 'type', 'programme', 'method'] as const;
export type FacetName = (typeof facetNames)[number];
export type PageFilters = Partial<Record<FacetName, string | string[] | undefined>>;

/**
 * The filters of each kind of page, as words a reader picks from. The pages record them for
 * Pagefind and the search page counts them from the same functions, so the two always agree.
 */
export function briefFilters(
  innovation: Innovation,
  mfi: Mfi,
  programme: Programme | undefined,
  t: Translate,
  f: Formatters,
  taxonomy: Taxonomy,
): PageFilters {
  return {
    kind: t('search.kind.brief'),
    challenge: labelOf(taxonomy.challenges, innovation.challenge),
    country: f.country(mfi.country),
    region: t(`region.${mfi.region}`),
    type: innovation.innovation_type && labelOf(taxonomy.innovationTypes, innovation.innovation_type),
    programme: programme && (programme.short_name ?? programme.name),
    method: innovation.study?.methods?.map((m) => t(`method.${m}`)),
  };
}

export function mfiFilters(mfi: Mfi, t: Translate, f: Formatters): PageFilters {
  return { kind: t('search.kind.mfi'), country: f.country(mfi.country), region: t(`region.${mfi.region}`) };
}

export function programmeFilters(programme: Programme, t: Translate): PageFilters {
  return { kind: t('search.kind.programme'), programme: programme.short_name ?? programme.name };
}

/** The sort year of a page whose year is not known: Pagefind leaves a page without one out of sorted results. */
export const unknownSortYear = '0';

/**
 * The year a page sorts by, so every page has one: a brief's start year, or its programme's when
 * the brief's is not reported; an institution's earliest brief; a programme's start. A page
 * with none sorts as the oldest.
 */
export function sortYear(...candidates: (string | undefined)[]): string {
  return candidates.find((date) => date !== undefined)?.slice(0, 4) ?? unknownSortYear;
}

/** An institution's sort year: its earliest brief's start, else its earliest programme's. */
export function institutionSortYear(
  briefStarts: readonly (string | undefined)[],
  programmeStarts: readonly (string | undefined)[],
): string {
  return sortYear(...[...briefStarts].sort(), ...[...programmeStarts].sort());
}

/** For each filter, its values with how many pages carry them, most frequent first. */
export function facetCounts(pages: readonly PageFilters[]): Record<FacetName, [string, number][]> {
  const counts = Object.fromEntries(facetNames.map((name) => [name, new Map<string, number>()])) as Record<
    FacetName,
    Map<string, number>
  >;
  for (const page of pages) {
    for (const name of facetNames) {
      for (const value of [page[name] ?? []].flat()) counts[name].set(value, (counts[name].get(value) ?? 0) + 1);
    }
  }
  return Object.fromEntries(
    facetNames.map((name) => [name, [...counts[name]].sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0]))]),
  ) as Record<FacetName, [string, number][]>;
}

/** The values a reader has ticked, by facet. */
export type Selection = Partial<Record<FacetName, readonly string[]>>;

/** A Pagefind filter object: values within a facet combine with OR, facets with AND. */
export type PagefindFilters = Partial<Record<FacetName, { any: string[] }>>;

/** One search to run for the counts: `leftOut` names the facet whose counts it gives, if any. */
export interface CountSearch {
  leftOut?: FacetName | undefined;
  filters: PagefindFilters;
}

export function pagefindFilters(selection: Selection, leaveOut?: FacetName): PagefindFilters {
  const filters: PagefindFilters = {};
  for (const name of facetNames) {
    const values = selection[name];
    if (name !== leaveOut && values && values.length > 0) filters[name] = { any: [...values] };
  }
  return filters;
}

/**
 * The searches whose answers give every facet's counts. A count says how many results ticking
 * that value would give. For a facet with nothing ticked that is the value's share of the
 * current results, which the search itself reports. A facet with ticked values adds to them
 * (OR), so its counts come from the same search with that facet left out: one more search per
 * ticked facet.
 */
export function countSearches(selection: Selection): [CountSearch, ...CountSearch[]] {
  const ticked = facetNames.filter((name) => (selection[name]?.length ?? 0) > 0);
  return [
    { filters: pagefindFilters(selection) },
    ...ticked.map((name) => ({ leftOut: name, filters: pagefindFilters(selection, name) })),
  ];
}

/** What one count search answered: how many results, and Pagefind's counts per filter value. */
export interface CountAnswer {
  leftOut?: FacetName | undefined;
  results: number;
  filters: Readonly<Record<string, Readonly<Record<string, number>>>>;
}

/**
 * Each facet's counts, taken from the answer that speaks for it. A value the answer does not
 * mention counts 0. A facet the answer says nothing about while it has results is left out
 * (Pagefind counts only the filters it has loaded), so a caller never replaces counts with
 * an empty answer; with no results at all, every count is truly 0.
 */
export function facetCountsFrom(
  answers: readonly CountAnswer[],
  values: Readonly<Record<FacetName, readonly string[]>>,
): Partial<Record<FacetName, Map<string, number>>> {
  const main = answers.find((answer) => answer.leftOut === undefined);
  const counts: Partial<Record<FacetName, Map<string, number>>> = {};
  for (const name of facetNames) {
    const answer = answers.find((a) => a.leftOut === name) ?? main;
    if (!answer) continue;
    const reported = answer.filters[name] ?? {};
    if (answer.results > 0 && Object.keys(reported).length === 0) continue;
    counts[name] = new Map(values[name].map((value) => [value, answer.results > 0 ? (reported[value] ?? 0) : 0]));
  }
  return counts;
}
