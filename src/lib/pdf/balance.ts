/**
 * Balancing the columns of a factsheet's last page. Typst fills a column before it starts the
 * next, so a factsheet whose last page holds half a column of text would leave that page's right
 * column empty. The template marks every place where a column may break (`mark` in
 * src/pdf/factsheet.typ); from where the marks landed, this picks the break that splits the last
 * page's text most evenly, and the factsheet is typeset once more with it.
 */
import type { FlowMark, Layout } from './typst.ts';

/** A4 width in points: a mark left of the middle is in the first column. */
const pageMiddle = 595.28 / 2;
/** Where the text area ends (A4 height less the template's 22 mm bottom margin), in points. */
const textBottom = 841.89 - (22 / 25.4) * 72;
/** A smaller gain than about two lines of text is not worth a column break. */
const worthwhile = 24;

/**
 * The mark to break the column before, or undefined when the last page needs no balancing. Both
 * columns of a page start at the same height (full-width blocks float above them), so the
 * lengths of the two columns, and the effect of a break, follow from where the marks landed.
 */
export function balancingBreak(marks: readonly FlowMark[], pages: number): string | undefined {
  const last = marks.filter((mark) => mark.page === pages);
  const end = last.find((mark) => mark.id === 'end');
  if (!end) return undefined;
  const top = Math.min(...last.map((mark) => mark.y));
  const endsInFirst = end.x < pageMiddle;
  const first = endsInFirst ? end.y - top : textBottom - top;
  const total = first + (endsInFirst ? 0 : end.y - top);
  const longerColumn = (breakAt: number) => Math.max(breakAt - top, total - (breakAt - top));
  const best = last
    .filter((mark) => mark.id !== 'end' && mark.x < pageMiddle && mark.y > top)
    .sort((a, b) => longerColumn(a.y) - longerColumn(b.y))[0];
  return best && longerColumn(best.y) < Math.max(first, total - first) - worthwhile ? best.id : undefined;
}

/** Whether the last page's text now runs into its second column. */
function endsInSecondColumn(marks: readonly FlowMark[], pages: number): boolean {
  return marks.some((mark) => mark.id === 'end' && mark.page === pages && mark.x >= pageMiddle);
}

/**
 * The typeset factsheet with its last page balanced, if a break helps; the break is kept only
 * when it adds no page and the text then reaches the second column.
 */
export function balanceLastPage<T extends Layout>(
  compiled: T,
  typeset: (columnBreak: string) => T,
): { compiled: T; columnBreak: string | null } {
  const columnBreak = balancingBreak(compiled.marks, compiled.pages);
  if (columnBreak === undefined) return { compiled, columnBreak: null };
  const balanced = typeset(columnBreak);
  return balanced.pages === compiled.pages && endsInSecondColumn(balanced.marks, balanced.pages)
    ? { compiled: balanced, columnBreak }
    : { compiled, columnBreak: null };
}
