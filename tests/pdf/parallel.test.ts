import { readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { createParallelRenderer } from '../../src/lib/pdf/parallel.ts';
import { createFactsheetRenderer } from '../../src/lib/pdf/render.ts';
import { defaultTemplate, FactsheetError } from '../../src/lib/pdf/typst.ts';
import { validateContent } from '../../src/lib/validation/validate.ts';
import { temporaryFolder } from '../helpers/temporary.ts';

const root = process.cwd();
const report = await validateContent(root);
const options = { root, entries: report.entries, buildDate: new Date('2026-01-15T00:00:00Z') };

describe('the parallel renderer', () => {
  const single = createFactsheetRenderer(options);
  const parallel = createParallelRenderer(options, 2);
  afterAll(async () => (await parallel).close());

  it('typesets every factsheet as one renderer does', async () => {
    const [one, many] = [await single, await parallel];
    expect(many.innovations).toEqual(one.innovations);
    const pdfs = await Promise.all(many.innovations.map((id) => many.innovation(id)));
    for (const pdf of pdfs) {
      const expected = one.innovation(pdf.id);
      // Typst orders an SVG's font resources differently from run to run, so bytes may differ;
      // the size, pages, marks and cuts may not.
      expect({ pages: pdf.pages, bytes: pdf.pdf.byteLength, marks: pdf.marks, omitted: pdf.omitted }, pdf.id).toEqual({
        pages: expected.pages,
        bytes: expected.pdf.byteLength,
        marks: expected.marks,
        omitted: expected.omitted,
      });
    }
  });

  it('typesets each programme from the sheets its workers fitted', async () => {
    const [one, many] = [await single, await parallel];
    expect(many.programmes).toEqual(one.programmes);
    for (const id of many.programmes) {
      const [pdf, expected] = [await many.programme(id), one.programme(id)];
      expect({ pages: pdf.pages, bytes: pdf.pdf.byteLength }, id).toEqual({
        pages: expected.pages,
        bytes: expected.pdf.byteLength,
      });
    }
  });

  it('passes a Typst error on as the FactsheetError a single renderer throws', async () => {
    const folder = await temporaryFolder('broken-template');
    const template = join(folder, 'factsheet.typ');
    await writeFile(template, (await readFile(defaultTemplate, 'utf8')).replace('labels.results)', 'labels.resultz)'));
    const broken = await createParallelRenderer({ ...options, template }, 2);
    try {
      const [first] = broken.innovations;
      const error = await broken.innovation(first!).catch((caught: unknown) => caught);
      expect(error).toBeInstanceOf(FactsheetError);
      expect((error as Error).message).toMatch(/factsheet\.typ:\d+:\d+: error: dictionary does not contain key "resultz"/);
    } finally {
      await broken.close();
    }
  });

  it('replaces a worker after its share of jobs, and starts none until there is work', async () => {
    const recycled = await createParallelRenderer(options, 1, { jobs: 2, rssBytes: Number.POSITIVE_INFINITY });
    try {
      expect(recycled.started()).toBe(0);
      const ids = recycled.innovations.slice(0, 5);
      const pdfs = await Promise.all(ids.map((id) => recycled.innovation(id)));
      expect(pdfs.map((pdf) => pdf.id)).toEqual(ids);
      // Five jobs, two per process: three processes, one after the other.
      expect(recycled.started()).toBe(3);
      expect(recycled.workerPeakRssBytes()).toBeGreaterThan(0);
    } finally {
      await recycled.close();
    }
  });
});
