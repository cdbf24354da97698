import type { Programme } from '../schemas/index.ts';

export interface InnovationPlace {
  id: string;
  programme: string | undefined;
  country: string;
}

/**
 * The innovations a programme page lists: its own, or, for a regional part of a larger
 * programme (`part_of`), the parent's innovations in the part's countries. Innovations name one
 * programme each, so a regional page derives its list instead of every file naming both.
 */
export function innovationsOfProgramme<T extends InnovationPlace>(
  id: string,
  programme: Programme,
  innovations: readonly T[],
): T[] {
  if (!programme.part_of) return innovations.filter((i) => i.programme === id);
  const countries = new Set(programme.countries ?? []);
  return innovations.filter((i) => i.programme === programme.part_of && countries.has(i.country));
}
