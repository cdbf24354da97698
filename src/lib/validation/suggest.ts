/** Edit distance between two short strings (insertions, deletions, substitutions). */
export function editDistance(a: string, b: string): number {
  let previous = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i++) {
    const current = [i];
    for (let j = 1; j <= b.length; j++) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      current[j] = Math.min(previous[j]! + 1, current[j - 1]! + 1, previous[j - 1]! + cost);
    }
    previous = current;
  }
  return previous[b.length]!;
}

/**
 * The candidate a near miss was most likely meant to be, or undefined when nothing is close:
 * at most a third of the word may differ, so "postive" finds "positive" but "x" finds nothing.
 */
export function didYouMean(word: string, candidates: readonly string[]): string | undefined {
  const normalised = word.toLowerCase().replace(/[\s_]+/g, '-');
  let best: string | undefined;
  let bestDistance = Infinity;
  for (const candidate of candidates) {
    const distance = editDistance(normalised, candidate.toLowerCase());
    if (distance < bestDistance) {
      best = candidate;
      bestDistance = distance;
    }
  }
  const allowed = Math.max(1, Math.floor(Math.max(normalised.length, 3) / 3));
  return best !== undefined && best !== word && bestDistance <= allowed ? best : undefined;
}
