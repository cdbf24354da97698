import type { Translate } from '../i18n/index.ts';
import type { Innovation, Mfi, Programme, Taxonomy } from '../schemas/index.ts';
import { labelOf } from '../schemas/taxonomy.ts';
import type { Formatters } from './format.ts';
import { facetNames, type FacetName } from './search-counts.ts';

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
