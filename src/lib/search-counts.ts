/**
 * The facet counts of the search page's script: which Pagefind searches give them and how their
 * answers become counts. Kept apart from the page filters (search-facets.ts), which need the
 * content schemas, so that the script the browser loads carries none of them.
 */

/** The search filters, in the order the search page shows them. */
export const facetNames = ['kind', 'challenge', 'country', 'region', 'type', 'programme', 'method'] as const;
export type FacetName = (typeof facetNames)[number];

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
