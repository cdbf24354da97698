/**
 * The rule that keeps a factsheet to two pages: typeset it in full; while it runs longer, leave
 * out, in this order, the figures from other years (context only), the list of sources (the
 * footer still cites the first one and links the web brief), the list of what the record lacks
 * (it qualifies the results, so it goes after the sources), then the narrative's blocks from
 * the end, never leaving a heading without its text: the longest narrative that fits is kept,
 * found by bisection (see `fitToPages`). A part left out by an
 * earlier step comes back if the narrative's cut leaves room for it, the most telling first.
 * Each cut is marked in the PDF with a pointer to the web brief. The results, the
 * recommendations and the profile are never cut: a factsheet that does not fit without them is
 * an error for its editor.
 */
import { fullShortening, type FactsheetDraft, type Shortening } from './input.ts';
import { FactsheetError, type Layout } from './typst.ts';

const maxPages = 2;

/** The shortenings to try, from the full draft to the shortest allowed. */
export function* shortenings(draft: FactsheetDraft): Generator<Shortening> {
  let step = fullShortening(draft);
  yield step;
  if (draft.sheet.contextFigures.length) {
    step = { ...step, contextFigures: false };
    yield step;
  }
  step = { ...step, sourceList: false };
  yield step;
  if (draft.sheet.completeness.length) {
    step = { ...step, completeness: false };
    yield step;
  }
  for (let kept = draft.narrative.length - 1; kept >= 0; kept--) {
    if (draft.narrative[kept - 1]?.kind !== 'heading') yield { ...step, narrativeBlocks: kept };
  }
}

/** In plain words, what a shortening leaves out (for the build log). */
export function omissions(draft: FactsheetDraft, shortening: Shortening): string[] {
  const left = draft.narrative.length - shortening.narrativeBlocks;
  return [
    ...(!shortening.contextFigures && draft.sheet.contextFigures.length ? ['figures from other years'] : []),
    ...(!shortening.sourceList ? ['the source list'] : []),
    ...(!shortening.completeness && draft.sheet.completeness.length ? ['what the record lacks'] : []),
    ...(left > 0 ? [`${left} of ${draft.narrative.length} narrative blocks`] : []),
  ];
}

export interface Fitted<T extends Layout = Layout> {
  shortening: Shortening;
  compiled: T;
}

/**
 * Puts back what the record lacks, then the source list, then the figures from other years,
 * where the pages still hold them.
 */
function restore<T extends Layout>(fitted: Fitted<T>, draft: FactsheetDraft, typeset: (shortening: Shortening) => T): Fitted<T> {
  if (fitted.shortening.narrativeBlocks === draft.narrative.length) return fitted;
  let best = fitted;
  const nothingToShow = {
    completeness: !draft.sheet.completeness.length,
    sourceList: false,
    contextFigures: !draft.sheet.contextFigures.length,
  };
  for (const part of ['completeness', 'sourceList', 'contextFigures'] as const) {
    if (best.shortening[part] || nothingToShow[part]) continue;
    const shortening = { ...best.shortening, [part]: true };
    const compiled = typeset(shortening);
    if (compiled.pages <= maxPages) best = { shortening, compiled };
  }
  return best;
}

/**
 * The first shortening that typesets in at most two pages, with what still fits put back. The
 * parts are left out one after the other; the narrative's cuts, from one block off to all of
 * them, are searched by bisection: a factsheet with less narrative takes no more pages, so the
 * cuts that fit follow those that do not, and the first that fits takes about log2(blocks)
 * typesettings instead of one per block (a long brief took 15). The search depends on the
 * draft alone, so the same content always gives the same factsheet.
 */
export function fitToPages<T extends Layout>(draft: FactsheetDraft, typeset: (shortening: Shortening) => T): Fitted<T> {
  const steps = [...shortenings(draft)];
  const firstCut = steps.findIndex((step) => step.narrativeBlocks < draft.narrative.length);
  const parts = firstCut < 0 ? steps : steps.slice(0, firstCut);
  let pages = 0;
  for (const shortening of parts) {
    const compiled = typeset(shortening);
    if (compiled.pages <= maxPages) return restore({ shortening, compiled }, draft, typeset);
    pages = compiled.pages;
  }
  let fitted: Fitted<T> | undefined;
  for (let low = parts.length, high = steps.length - 1; low <= high; ) {
    const middle = Math.floor((low + high) / 2);
    const compiled = typeset(steps[middle]!);
    if (compiled.pages <= maxPages) {
      fitted = { shortening: steps[middle]!, compiled };
      high = middle - 1;
    } else {
      pages = compiled.pages;
      low = middle + 1;
    }
  }
  if (fitted) return restore(fitted, draft, typeset);
  throw new FactsheetError(
    `${draft.file}: the factsheet takes ${pages} pages even without its narrative, source list, list of what ` +
      `the record lacks and figures from other years; it must fit in ${maxPages}. Shorten its results, ` +
      'recommendations, results chain or study.',
  );
}
