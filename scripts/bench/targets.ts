/**
 * The targets that `npm run bench` reports against (issues 8 and 14). A benchmark, not a test: a miss
 * is printed with its margin, and the run still succeeds.
 */
export interface Verdict {
  target: string;
  measured: string;
  /** "PASS, 4.1 s to spare" or "MISS by 12.0 s (+40%)". */
  result: string;
  pass: boolean;
  /** The load average while it was measured. */
  load?: string;
}

/** Checks `value` against an upper `limit`; `format` writes both (and the margin) in their unit. */
export function atMost(target: string, value: number, limit: number, format: (value: number) => string): Verdict {
  const pass = value <= limit;
  const margin = Math.abs(limit - value);
  const result = pass
    ? `PASS, ${format(margin)} to spare`
    : `MISS by ${format(margin)} (+${Math.round((margin / limit) * 100)}%)`;
  return { target, measured: format(value), result, pass };
}
