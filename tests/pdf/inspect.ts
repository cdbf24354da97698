import { extractText, getDocumentProxy, getMeta } from 'unpdf';

export interface PdfFacts {
  /** Width and height of each page, in points. */
  pages: { width: number; height: number }[];
  /** Every font a page uses: its name and whether the PDF carries the font file. */
  fonts: { name: string; embedded: boolean }[];
  /** The text of each page. */
  text: string[];
  info: Record<string, unknown>;
}

/** What pdf.js (through unpdf) reads from a PDF: no system tool involved. */
export async function inspectPdf(bytes: Uint8Array): Promise<PdfFacts> {
  // pdf.js may take over the buffer, so it gets a copy.
  const pdf = await getDocumentProxy(bytes.slice(), { fontExtraProperties: true });
  const pages: PdfFacts['pages'] = [];
  const fonts = new Map<string, boolean>();
  for (let number = 1; number <= pdf.numPages; number++) {
    const page = await pdf.getPage(number);
    const [x0, y0, x1, y1] = page.view as [number, number, number, number];
    pages.push({ width: x1 - x0, height: y1 - y0 });
    // Loading the operator list makes pdf.js load the page's fonts into commonObjs.
    await page.getOperatorList();
    for (const [, object] of page.commonObjs as unknown as Iterable<[string, unknown]>) {
      const font = object as { name?: string; missingFile?: boolean; constructor: { name: string } };
      if (font?.constructor.name === 'FontFaceObject') fonts.set(font.name ?? '?', font.missingFile === false);
    }
  }
  const { text } = await extractText(pdf, { mergePages: false });
  const { info } = await getMeta(pdf);
  return {
    pages,
    fonts: [...fonts].map(([name, embedded]) => ({ name, embedded })),
    text,
    info: info as Record<string, unknown>,
  };
}

/**
 * Text with all white space removed, for comparing what a PDF says with the content: a line
 * break may fall at any space, or after a hyphen.
 */
export const squash = (text: string) => text.replace(/\s+/g, '');
