import { execFile } from 'node:child_process';
import { writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { getDocumentProxy } from 'unpdf';
import { beforeAll, describe, expect, it } from 'vitest';
import { useTranslations } from '../../src/i18n/index.ts';
import { formatters } from '../../src/lib/format.ts';
import { programmeForm, volumeMemberLimit } from '../../src/lib/pdf/programme-index.ts';
import { createFactsheetRenderer, type RenderedPdf } from '../../src/lib/pdf/render.ts';
import { validateContent } from '../../src/lib/validation/validate.ts';
import type { Innovation, Mfi } from '../../src/schemas/index.ts';
import { temporaryFolder } from '../helpers/temporary.ts';
import { squash } from './inspect.ts';

// Poppler's tools, as a reader's would read the PDF.
const run = promisify(execFile);
const poppler = async (tool: string, ...args: string[]) => (await run(tool, args)).stdout;

const root = process.cwd();
const report = await validateContent(root);
const data = <T>(kind: string, id: string) => report.entries.find((e) => e.kind === kind && e.id === id)!.data as T;
const options = { root, entries: report.entries, buildDate: new Date('2026-01-15T00:00:00Z') };
const siteUrl = 'https://mfi-briefs.example.org/';
const { country } = formatters('en', useTranslations('en'));

describe('the form of a programme PDF', () => {
  it('is a volume of the factsheets up to the limit of members, and an index above it', () => {
    expect(programmeForm(volumeMemberLimit)).toBe('volume');
    expect(programmeForm(volumeMemberLimit + 1)).toBe('index');
    expect(programmeForm(3, 2)).toBe('index');
  });

  it('is a volume for every bundled programme, which are all below the limit', async () => {
    const renderer = await createFactsheetRenderer(options);
    for (const id of renderer.programmes) expect(renderer.programmeForm(id), id).toBe('volume');
  });
});

describe('the index of a programme above the limit', () => {
  let members: string[];
  let pdf: RenderedPdf;
  let file: string;

  beforeAll(async () => {
    // The bundled programme mf4dw has 15 innovations: a limit of 2 makes its PDF an index.
    const renderer = await createFactsheetRenderer({ ...options, volumeMemberLimit: 2 });
    expect(renderer.programmeForm('mf4dw')).toBe('index');
    members = renderer.members('mf4dw');
    pdf = renderer.programme('mf4dw');
    file = join(await temporaryFolder('programme-index'), 'programme-mf4dw.pdf');
    await writeFile(file, pdf.pdf);
  });

  it('is short, and names the programme and every member', async () => {
    expect(members.length).toBeGreaterThan(10);
    expect(pdf.pages).toBe(1);
    const text = squash(await poppler('pdftotext', '-enc', 'UTF-8', file, '-'));
    expect(text).toContain(squash('Microfinance for Decent Work action research'));
    expect(text).toContain(squash(`${members.length} innovation briefs`));
    for (const id of members) expect(text, id).toContain(squash(data<Innovation>('innovations', id).title));
  });

  it('reads, in the structure tree, each member as a row: title, MFI, country and its PDF', async () => {
    // `pdfinfo -struct-text` prints the tree's text in its own order, one quoted string a line.
    const tree = await poppler('pdfinfo', '-struct-text', file);
    const text = squash([...tree.matchAll(/^\s*(?:[A-Za-z0-9]+ )?"(.*)"(?: \(block\))?$/gm)].map((m) => m[1]).join(''));
    for (const id of members) {
      const innovation = data<Innovation>('innovations', id);
      const mfi = data<Mfi>('mfis', innovation.mfi);
      expect(text, id).toContain(squash(`${innovation.title}${mfi.short_name ?? mfi.name}${country(mfi.country)}PDF`));
    }
  });

  it("links each member's web brief and its factsheet PDF", async () => {
    const document = await getDocumentProxy(pdf.pdf.slice());
    const urls = new Set<string>();
    for (let number = 1; number <= document.numPages; number++) {
      for (const annotation of await (await document.getPage(number)).getAnnotations()) urls.add(annotation.url);
    }
    for (const id of members) {
      expect(urls, id).toContain(`${siteUrl}innovations/${id}/`);
      expect(urls, id).toContain(`${siteUrl}factsheets/${id}.pdf`);
    }
    expect(urls).toContain(`${siteUrl}programmes/mf4dw/`);
  });

  it('is tagged PDF/UA-1, with its title and the index as a table', async () => {
    expect(await poppler('pdfinfo', file)).toMatch(/^Tagged:\s+yes$/m);
    const meta = await poppler('pdfinfo', '-meta', file);
    expect(meta).toContain('<pdfuaid:part>1</pdfuaid:part>');
    expect(meta).toContain('Microfinance for Decent Work action research: index of innovation factsheets');
    const tree = await poppler('pdfinfo', '-struct', file);
    expect(tree).toMatch(/^\s*Table\b/m);
    expect(tree.match(/^\s*TR\b/gm)?.length).toBe(members.length + 1);
  });
});
