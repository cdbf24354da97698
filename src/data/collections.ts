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
  asset: (path: string) => sitePath(import.meta.env.BASE_URL, path),
};

const byTitle = (a: InnovationEntry, b: InnovationEntry) => a.data.title.localeCompare(b.data.title);

export async function allInnovations(): Promise<InnovationEntry[]> {
  return (await getCollection('innovations')).sort(byTitle);
}

export async function allMfis(): Promise<MfiEntry[]> {
  return (await getCollection('mfis')).sort((a, b) => (a.data.short_name ?? a.data.name).localeCompare(b.data.short_name ?? b.data.name));
}

export async function allProgrammes(): Promise<ProgrammeEntry[]> {
  return (await getCollection('programmes')).sort((a, b) => a.data.name.localeCompare(b.data.name));
}

/** Every innovation with its MFI, for listings that show both. */
export async function innovationsWithMfi(): Promise<{ innovation: InnovationEntry; mfi: MfiEntry }[]> {
  const mfis = new Map((await allMfis()).map((m) => [m.id, m]));
  return (await allInnovations()).map((innovation) => ({ innovation, mfi: mfis.get(innovation.data.mfi)! }));
}

/** The entry an id refers to; the validator has proved that it exists, so a miss is a bug. */
export async function requireEntry<C extends 'mfis' | 'programmes'>(collection: C, id: string) {
  const entry = await getEntry(collection, id);
  if (!entry) throw new Error(`No ${collection} entry "${id}" (run npm run validate)`);
  return entry;
}
