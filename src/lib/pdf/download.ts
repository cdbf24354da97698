import { useTranslations } from '../../i18n/index.ts';
import type { Language } from '../../schemas/vocabulary.ts';
import { formatters } from '../format.ts';
import { builtFactsheets, factsheetFolder, type PdfFile } from './manifest.ts';

export interface FactsheetDownload {
  /** Site-relative path of the PDF, e.g. factsheets/<id>.pdf. */
  path: string;
  /** "PDF, 84 KB", in the page's language. */
  size: string;
  /** What the link says the PDF is: a factsheet, a programme's factsheets in one volume, or their index. */
  text: string;
}

/**
 * The PDF of an innovation's factsheet (or a programme's PDF: its factsheets in one volume, or
 * an index of them), for the page's download link; undefined when this run typesets no PDFs, or when a programme has no
 * innovation. A build that typeset PDFs but has none for an innovation is a bug, and stops.
 */
export function factsheetDownload(
  id: string,
  language: Language,
  kind: 'innovations' | 'programmes' = 'innovations',
): FactsheetDownload | undefined {
  const manifest = builtFactsheets();
  if (!manifest) return undefined;
  const t = useTranslations(language);
  let pdf: PdfFile | undefined;
  let text: string;
  if (kind === 'programmes') {
    const programme = manifest.programmes[id];
    if (!programme) return undefined;
    pdf = programme;
    text = t(programme.form === 'index' ? 'pdf.downloadIndex' : 'pdf.downloadAll');
  } else {
    pdf = manifest.innovations[id];
    if (!pdf) throw new Error(`The build typeset no PDF factsheet for the innovation "${id}"`);
    text = t('pdf.download');
  }
  const kilobytes = t('unit.kilobytes', { value: formatters(language, t).number(Math.max(1, Math.round(pdf.bytes / 1024))) });
  return { path: `${factsheetFolder}/${pdf.file}`, size: t('pdf.fileSize', { size: kilobytes }), text };
}
