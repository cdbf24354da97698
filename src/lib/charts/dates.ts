/**
 * Partial dates ("2009", "2009-10", "2009-10-27") as the span of time they name, in UTC so
 * that a build machine's time zone never moves a bar.
 */
export interface DateSpan {
  /** The first instant of the period. */
  start: Date;
  /** The first instant after it: a phase that ends "2009-02" runs to the end of February. */
  end: Date;
}

const partialDatePattern = /^(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?$/;

export function partialDateSpan(date: string): DateSpan {
  const match = partialDatePattern.exec(date);
  if (!match) throw new Error(`"${date}" is not a date written YYYY, YYYY-MM or YYYY-MM-DD`);
  const year = Number(match[1]);
  if (match[2] === undefined) return { start: new Date(Date.UTC(year, 0, 1)), end: new Date(Date.UTC(year + 1, 0, 1)) };
  const month = Number(match[2]) - 1;
  if (match[3] === undefined) return { start: new Date(Date.UTC(year, month, 1)), end: new Date(Date.UTC(year, month + 1, 1)) };
  const day = Number(match[3]);
  return { start: new Date(Date.UTC(year, month, day)), end: new Date(Date.UTC(year, month, day + 1)) };
}
