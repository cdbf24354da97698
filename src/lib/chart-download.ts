import type { DataTable } from './charts/table.ts';
import { el, escapeXml, fontFamily, round, text } from './charts/svg.ts';
import { charactersPerLine, linesHeight, placeLines, wrapText } from './charts/text.ts';
import { palette } from './charts/palette.ts';
import { toCsv } from './open-data.ts';

/**
 * A chart as files a reader takes away: the SVG with its citation printed under it, and its data
 * as CSV (RFC 4180, UTF-8; the table only, so that any CSV reader takes it as it is). The
 * citation line says where the chart comes from, under which licence.
 */

const citationFontSize = 11;
const margin = 8;

/** The root SVG's width and height, from its viewBox (every chart of this site has one). */
function svgSize(svg: string): { width: number; height: number } {
  const match = /^<svg\b[^>]*\bviewBox="0 0 ([\d.]+) ([\d.]+)"/.exec(svg);
  if (!match) throw new Error('a chart SVG must start with <svg ... viewBox="0 0 width height">');
  return { width: Number(match[1]), height: Number(match[2]) };
}

/** The chart's SVG as a standalone file, its citation wrapped in lines below it. */
export function svgWithCitation(svg: string, citation: string): string {
  const { width, height } = svgSize(svg);
  const lines = wrapText(citation, charactersPerLine(width - 2 * margin, citationFontSize));
  const total = height + margin + linesHeight(lines.length, citationFontSize) + margin;
  const placed = placeLines(lines, margin, height + margin + citationFontSize, citationFontSize);
  const citationText = el(
    'text',
    { 'font-size': citationFontSize, fill: palette.ink, class: 'chart-citation' },
    ...placed.map((line) => el('tspan', { x: round(line.x), y: round(line.y) }, text(line.text))),
  );
  return [
    '<?xml version="1.0" encoding="UTF-8"?>\n',
    `<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 ${round(width)} ${round(total)}" width="${round(width)}" height="${round(total)}" font-family="${escapeXml(fontFamily)}">`,
    `<rect width="100%" height="100%" fill="${palette.background}"/>`,
    svg.replace(/^<svg\b/, '<svg x="0" y="0"'),
    citationText.svg,
    '</svg>\n',
  ].join('');
}

export function tableCsv(table: DataTable): string {
  return toCsv(table.header, table.rows);
}

/** What a page cites a chart by: the work it is part of, how to cite that, and the licence. */
export interface ChartSource {
  chartTitle: string;
  /** The reference of the page the chart is from, e.g. formatReference() of a brief. */
  reference: string;
  licence: string;
}

export function chartCitation(source: ChartSource, words: { source: string; licence: string }): string {
  return `${words.source} ${source.chartTitle}. ${source.reference} ${words.licence} ${source.licence}.`;
}

/** A reference for a page that is not a brief: Publisher (year). Title. Site. URL (accessed date). */
export function formatPageReference(page: {
  publisher: string;
  title: string;
  siteTitle: string;
  url: string;
  date: string;
}): string {
  return `${page.publisher} (${page.date.slice(0, 4)}). ${page.title}. ${page.siteTitle}. ${page.url} (accessed ${page.date}).`;
}
