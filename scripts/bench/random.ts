/**
 * A small seeded random number generator (mulberry32), so that the synthetic content of a given
 * size and seed is the same on every machine and every run: two benchmark runs then build the
 * same site.
 */
export interface Random {
  /** A float in [0, 1). */
  next(): number;
  /** An integer in [low, high]. */
  int(low: number, high: number): number;
  /** A number in [low, high), rounded to `decimals`. */
  number(low: number, high: number, decimals: number): number;
  pick<T>(items: readonly T[]): T;
  /** `count` different items, in the list's order. */
  sample<T>(items: readonly T[], count: number): T[];
  chance(probability: number): boolean;
}

export function seededRandom(seed: number): Random {
  let state = seed >>> 0;
  const next = () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
  const int = (low: number, high: number) => low + Math.floor(next() * (high - low + 1));
  return {
    next,
    int,
    number: (low, high, decimals) => Number((low + next() * (high - low)).toFixed(decimals)),
    pick: (items) => items[int(0, items.length - 1)]!,
    sample(items, count) {
      const chosen = new Set<number>();
      while (chosen.size < Math.min(count, items.length)) chosen.add(int(0, items.length - 1));
      return [...chosen].sort((a, b) => a - b).map((index) => items[index]!);
    },
    chance: (probability) => next() < probability,
  };
}
