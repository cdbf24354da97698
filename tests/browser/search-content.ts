import { bundledTaxonomy } from '../helpers/taxonomy.ts';
import { useTranslations } from '../../src/i18n/index.ts';
import { formatters } from '../../src/lib/format.ts';
import { facetNames, type FacetName, type Selection } from '../../src/lib/search-counts.ts';
import { briefFilters, mfiFilters, programmeFilters, type PageFilters } from '../../src/lib/search-facets.ts';
import { validateContent } from '../../src/lib/validation/validate.ts';
import type { Innovation, Mfi, Programme } from '../../src/schemas/index.ts';

/** Every searchable page of the bundled content, by its address, with its filter values. */
export async function searchablePages(): Promise<Map<string, PageFilters>> {
  const { entries, problems } = await validateContent('.');
  if (problems.length) throw new Error(`The bundled content has problems: ${problems.map((p) => p.message).join('; ')}`);
  const t = useTranslations('en');
  const f = formatters('en', t);
  const of = <T>(kind: string) => entries.filter((e) => e.kind === kind).map((e) => ({ id: e.id, data: e.data as T }));
  const mfis = new Map(of<Mfi>('mfis').map((m) => [m.id, m.data]));
  const programmes = new Map(of<Programme>('programmes').map((p) => [p.id, p.data]));
  return new Map([
    ...of<Innovation>('innovations').map(
      (i) =>
        [
          `/innovations/${i.id}/`,
          briefFilters(
            i.data,
            mfis.get(i.data.mfi)!,
            i.data.programme === undefined ? undefined : programmes.get(i.data.programme),
            t,
            f,
            bundledTaxonomy,
          ),
        ] as const,
    ),
    ...[...mfis].map(([id, mfi]) => [`/mfis/${id}/`, mfiFilters(mfi, t, f)] as const),
    ...[...programmes].map(([id, programme]) => [`/programmes/${id}/`, programmeFilters(programme, t)] as const),
  ]);
}

const valuesOf = (page: PageFilters, name: FacetName) => [page[name] ?? []].flat();

/** Whether a page passes the selection: any ticked value within a facet, every facet. */
export function matches(page: PageFilters, selection: Selection, leaveOut?: FacetName): boolean {
  return facetNames.every(
    (name) => name === leaveOut || !selection[name]?.length || selection[name].some((v) => valuesOf(page, name).includes(v)),
  );
}

/**
 * What each count should read: for every value of every facet, how many of `pages` carry it
 * and pass the other facets' ticks (a facet's own ticks are left out, since ticking adds to them).
 * Keys are "facet=value", as the test reads them off the page.
 */
export function expectedCounts(
  pages: readonly PageFilters[],
  all: readonly PageFilters[],
  selection: Selection,
): Record<string, number> {
  const counts: Record<string, number> = {};
  for (const name of facetNames) {
    for (const value of new Set(all.flatMap((p) => valuesOf(p, name)))) {
      counts[`${name}=${value}`] = pages.filter((p) => matches(p, selection, name) && valuesOf(p, name).includes(value)).length;
    }
  }
  return counts;
}
