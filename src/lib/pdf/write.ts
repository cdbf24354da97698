/** Writes every factsheet PDF into one folder and returns the manifest of what it wrote. */
import { mkdir, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import type { FactsheetManifest, PdfFile } from './manifest.ts';
import type { ParallelRenderer } from './parallel.ts';
import type { RenderedPdf } from './render.ts';

/** `<innovation>.pdf` for each innovation, `programme-<programme>.pdf` for each programme. */
export async function writeFactsheets(
  renderer: Pick<ParallelRenderer, 'innovations' | 'programmes' | 'programmeForm' | 'innovation' | 'programme'>,
  folder: string,
): Promise<FactsheetManifest> {
  await mkdir(folder, { recursive: true });
  const write = async (file: string, rendering: Promise<RenderedPdf>): Promise<[string, PdfFile]> => {
    const rendered = await rendering;
    await writeFile(join(folder, file), rendered.pdf);
    return [rendered.id, { file, bytes: rendered.pdf.byteLength, pages: rendered.pages, omitted: rendered.omitted }];
  };
  // Everything is asked for at once, so that no worker waits; a programme's PDF starts when its
  // members' factsheets are done. The manifest lists the files in the site's order all the same.
  const [innovations, programmes] = await Promise.all([
    Promise.all(renderer.innovations.map((id) => write(`${id}.pdf`, renderer.innovation(id)))),
    Promise.all(
      renderer.programmes.map(async (id) => {
        const [, file] = await write(`programme-${id}.pdf`, renderer.programme(id));
        return [id, { ...file, form: renderer.programmeForm(id) }] as const;
      }),
    ),
  ]);
  return { innovations: Object.fromEntries(innovations), programmes: Object.fromEntries(programmes) };
}
