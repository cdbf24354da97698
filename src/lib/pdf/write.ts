/** Writes every factsheet PDF into one folder and returns the manifest of what it wrote. */
import { mkdir, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import type { FactsheetManifest, PdfFile } from './manifest.ts';
import type { FactsheetRenderer, RenderedPdf } from './render.ts';

/** `<innovation>.pdf` for each innovation, `programme-<programme>.pdf` for each programme. */
export async function writeFactsheets(renderer: FactsheetRenderer, folder: string): Promise<FactsheetManifest> {
  await mkdir(folder, { recursive: true });
  const write = async (file: string, rendered: RenderedPdf): Promise<PdfFile> => {
    await writeFile(join(folder, file), rendered.pdf);
    return { file, bytes: rendered.pdf.byteLength, pages: rendered.pages, omitted: rendered.omitted };
  };
  const manifest: FactsheetManifest = { innovations: {}, programmes: {} };
  for (const id of renderer.innovations) manifest.innovations[id] = await write(`${id}.pdf`, renderer.innovation(id));
  for (const id of renderer.programmes) manifest.programmes[id] = await write(`programme-${id}.pdf`, renderer.programme(id));
  return manifest;
}
