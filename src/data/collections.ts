import { getCollection, getEntry, type CollectionEntry } from 'astro:content';
import { sitePath } from '../lib/paths.ts';

export type InnovationEntry = CollectionEntry<'innovations'>;
export type MfiEntry = CollectionEntry<'mfis'>;
export type ProgrammeEntry = CollectionEntry<'programmes'>;

export const url = {
  home: () => sitePath(import.meta.env.BASE_URL),
  innovation: (id: string) => sitePath(import.meta.env.BASE_URL, 'innovations', id),
  mfi: (id: string) => sitePath(import.meta.env.BASE_URL, 'mfis', id),
  mfis: () => sitePath(import.meta.env.BASE_URL, 'mfis'),
  programme: (id: string) => sitePath(import.meta.env.BASE_URL, 'programmes', id),
  challenge: (id: string) => sitePath(import.meta.env.BASE_URL, 'challenges', id),
  challenges: () => sitePath(import.meta.env.BASE_URL, 'challenges'),
  country: (code: string) => sitePath(import.meta.env.BASE_URL, 'countries', code.toLowerCase()),
  countries: () => sitePath(import.meta.env.BASE_URL, 'countries'),
  evidence: () => sitePath(import.meta.env.BASE_URL, 'evidence'),
  compare: () => sitePath(import.meta.env.BASE_URL, 'compare'),
  search: () => sitePath(import.meta.env.BASE_URL, 'search'),
  data: () => sitePath(import.meta.env.BASE_URL, 'data'),
  innovationData: (id: string) => sitePath(import.meta.env.BASE_URL, 'data', 'innovations', `${id}.json`),
  innovationRis: (id: string) => sitePath(import.meta.env.BASE_URL, 'data', 'innovations', `${id}.ris`),
  // A slug has no dot, so no brief's own file can take these names.
  innovationSourcesRis: (id: string) => sitePath(import.meta.env.BASE_URL, 'data', 'innovations', `${id}.sources.ris`),
  innovationSourcesBibtex: (id: string) => sitePath(import.meta.env.BASE_URL, 'data', 'innovations', `${id}.sources.bib`),
  asset: (path: string) => sitePath(import.meta.env.BASE_URL, path),
};

const byTitle = (a: InnovationEntry, b: InnovationEntry) => a.data.title.localeCompare(b.data.title);

/**
 * During a build the collections do not change, so each list is read and sorted once, not once
 * per page: the MFI pages alone sorted every innovation once each, O(N² log N) at N briefs. In
 * `astro dev`, where an edit must show at once, each call reads afresh. Callers must not change
 * the arrays they get.
 */
function once<T>(read: () => Promise<T>): () => Promise<T> {
  let kept: Promise<T> | undefined;
  return () => {
    if (import.meta.env.DEV) return read();
    kept ??= read();
    return kept;
  };
}

/** As `once`, for work done once per key (an entry's id) rather than once in all. */
export function oncePerKey<K, T>(make: (key: K) => Promise<T>): (key: K) => Promise<T> {
  const kept = new Map<K, Promise<T>>();
  return (key) => {
    if (import.meta.env.DEV) return make(key);
    const made = kept.get(key) ?? make(key);
    kept.set(key, made);
    return made;
  };
}

export const allInnovations = once(async (): Promise<InnovationEntry[]> => (await getCollection('innovations')).sort(byTitle));

export const allMfis = once(
  async (): Promise<MfiEntry[]> =>
    (await getCollection('mfis')).sort((a, b) =>
      (a.data.short_name ?? a.data.name).localeCompare(b.data.short_name ?? b.data.name),
    ),
);

export const allProgrammes = once(
  async (): Promise<ProgrammeEntry[]> =>
    (await getCollection('programmes')).sort((a, b) => a.data.name.localeCompare(b.data.name)),
);

/** Every innovation with its MFI, for listings that show both. */
export const innovationsWithMfi = once(async (): Promise<{ innovation: InnovationEntry; mfi: MfiEntry }[]> => {
  const mfis = new Map((await allMfis()).map((m) => [m.id, m]));
  return (await allInnovations()).map((innovation) => ({ innovation, mfi: mfis.get(innovation.data.mfi)! }));
});

const innovationsByMfi = once(async (): Promise<Map<string, InnovationEntry[]>> => {
  const groups = new Map<string, InnovationEntry[]>();
  for (const innovation of await allInnovations()) {
    const group = groups.get(innovation.data.mfi) ?? [];
    group.push(innovation);
    groups.set(innovation.data.mfi, group);
  }
  return groups;
});

/** An MFI's innovations, by title: a lookup in a map made once, not a filter per page. */
export async function innovationsOfMfi(id: string): Promise<InnovationEntry[]> {
  return (await innovationsByMfi()).get(id) ?? [];
}

/** The entry an id refers to; the validator has proved that it exists, so a miss is a bug. */
export async function requireEntry<C extends 'mfis' | 'programmes'>(collection: C, id: string) {
  const entry = await getEntry(collection, id);
  if (!entry) throw new Error(`No ${collection} entry "${id}" (run npm run validate)`);
  return entry;
}
