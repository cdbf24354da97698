import type { FactsheetManifest, PdfFile } from './manifest.ts';

const line = (pdf: PdfFile) =>
  `  ${pdf.file}: ${pdf.pages} page${pdf.pages === 1 ? '' : 's'}, ${Math.round(pdf.bytes / 1024)} KB` +
  (pdf.omitted.length ? ` (shortened: left out ${pdf.omitted.join(', ')})` : '');

/** The log of a factsheet run: every file with its pages and size, and what the two-page rule cut. */
export function describeManifest(manifest: FactsheetManifest, milliseconds: number, folder: string): string {
  const innovations = Object.values(manifest.innovations);
  const programmes = Object.values(manifest.programmes);
  return [
    ...innovations.map(line),
    ...programmes.map(line),
    `${innovations.length} factsheets and ${programmes.length} programme PDFs written to ${folder} in ${Math.round(milliseconds)} ms`,
  ].join('\n');
}
