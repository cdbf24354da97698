/**
 * The graphics a factsheet embeds, drawn by the same SVG functions as the web brief
 * (src/lib/charts), so the PDF and the page show the same diagram and the same result markers.
 */
import type { Translate } from '../../i18n/index.ts';
import { markerFill, markerKind, markerSvg, markerTone } from '../charts/markers.ts';
import { resultsChainText } from '../brief-charts.ts';
import { resultsChainSvg } from '../charts/results-chain.ts';
import type { Factsheet } from '../factsheet.ts';
import type { SheetCharts } from './input.ts';

/** SVG user units across the page's text width: the chart's type then prints at about 7.5 pt. */
const pageWidth = 880;

/** A result's marker (shape: change; colour: judgement; fill: significance) as a standalone SVG document. */
function resultMarker(result: Factsheet['results'][number]): string {
  const marker = markerSvg({
    kind: markerKind(result),
    tone: markerTone(result),
    fill: markerFill(result.significance),
    x: 10,
    y: 10,
  });
  return `<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 20 20" width="20" height="20">${marker.svg}</svg>`;
}

export function factsheetCharts(sheet: Factsheet, id: string, t: Translate): SheetCharts {
  const text = resultsChainText(sheet, t);
  return {
    resultsChain: resultsChainSvg(sheet.resultsChain, {
      width: pageWidth,
      notReported: t('value.notReported'),
      idPrefix: `chain-${id}`,
      ...text,
    }),
    // The web chart's description, so that a screen reader hears the same on both.
    resultsChainAlt: text.description,
    resultMarkers: sheet.results.map(resultMarker),
  };
}
