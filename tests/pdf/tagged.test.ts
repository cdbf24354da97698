import { execFile } from 'node:child_process';
import { readdir, readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { getDocumentProxy } from 'unpdf';
import { bundledTaxonomy } from '../helpers/taxonomy.ts';
import { describe, expect, inject, it } from 'vitest';
import { buildFactsheet } from '../../src/lib/factsheet.ts';
import { sourceNumber } from '../../src/lib/pdf/input.ts';
import { validateContent } from '../../src/lib/validation/validate.ts';
import type { Innovation, Mfi, Programme } from '../../src/schemas/index.ts';
import { squash } from './inspect.ts';

// Poppler's pdfinfo and pdffonts (Debian's poppler-utils), as a reader's tools would see the PDFs.
const run = promisify(execFile);
const poppler = async (tool: string, ...args: string[]) => (await run(tool, args, { maxBuffer: 64 * 1024 * 1024 })).stdout;
/**
 * Debian's Poppler (22.12) reports the valid `/MarkInfo << /Suspects false >>` that Typst writes
 * as "Suspects object is wrong type (boolean)": its check warns on any Suspects that is not
 * `true` (Catalog::getMarkInfo). Any other message is a fault in the file.
 */
const popplerFalseAlarm = 'Syntax Error: Suspects object is wrong type (boolean)';

const folder = join(inject('distDir'), 'factsheets');
const files = (await readdir(folder)).filter((name) => name.endsWith('.pdf')).sort();
const report = await validateContent(process.cwd());
const data = <T>(kind: string, id: string) => report.entries.find((e) => e.kind === kind && e.id === id)!.data as T;
const viewModel = (id: string) => {
  const innovation = data<Innovation>('innovations', id);
  return buildFactsheet(
    innovation,
    data<Mfi>('mfis', innovation.mfi),
    innovation.programme === undefined ? undefined : data<Programme>('programmes', innovation.programme),
    'en',
    bundledTaxonomy,
  );
};

/** The structure tree's text in its own order (`pdfinfo -struct-text`), every string joined, white space removed. */
async function structureText(file: string): Promise<string> {
  const tree = await poppler('pdfinfo', '-struct-text', file);
  return squash([...tree.matchAll(/^\s*(?:[A-Za-z0-9]+ )?"(.*)"(?: \(block\))?$/gm)].map((m) => m[1]).join(''));
}

interface StructNode {
  role?: string;
  alt?: string;
  children?: StructNode[];
}
/** Every tagged element of every page, as pdf.js reads the structure tree: its role and alt text. */
async function structElements(bytes: Uint8Array): Promise<{ role: string; alt: string | undefined }[]> {
  const pdf = await getDocumentProxy(bytes.slice());
  const found: { role: string; alt: string | undefined }[] = [];
  const walk = (node: StructNode) => {
    if (node.role) found.push({ role: node.role, alt: node.alt });
    for (const child of node.children ?? []) walk(child);
  };
  for (let number = 1; number <= pdf.numPages; number++) walk((await (await pdf.getPage(number)).getStructTree()) as StructNode);
  return found;
}

describe.each(files)('the PDF %s', (name) => {
  const file = join(folder, name);

  it('is tagged, claims PDF/UA-1, and carries its title and language', async () => {
    const { stdout, stderr } = await run('pdfinfo', [file]);
    expect(stdout).toMatch(/^Tagged:\s+yes$/m);
    expect(stderr.split('\n').filter((line) => line && line !== popplerFalseAlarm)).toEqual([]);
    const meta = await poppler('pdfinfo', '-meta', file);
    expect(meta).toContain('<pdfuaid:part>1</pdfuaid:part>');
    expect(meta).toMatch(/<dc:language><rdf:Bag><rdf:li>en<\/rdf:li>/);
    expect(meta).toMatch(/<dc:title><rdf:Alt><rdf:li xml:lang="x-default">[^<]+<\/rdf:li>/);
  });

  it('embeds each font once', async () => {
    const fonts = (await poppler('pdffonts', file))
      .split('\n')
      .slice(2)
      .filter(Boolean)
      .map((line) => line.split(/\s+/)[0]!.replace(/^[A-Z]{6}\+/, ''));
    expect(fonts.length).toBeGreaterThan(0);
    expect(fonts.filter((font, index) => fonts.indexOf(font) !== index)).toEqual([]);
  });
});

describe.each(files.filter((name) => !name.startsWith('programme-')).map((name) => name.replace(/\.pdf$/, '')))(
  'the tagged factsheet %s',
  (id) => {
    const file = join(folder, `${id}.pdf`);
    const sheet = viewModel(id);

    it('has the title as its one H1 and each section as an H2, in the order of the page', async () => {
      const elements = await structElements(new Uint8Array(await readFile(file)));
      expect(elements.filter((e) => e.role === 'H1')).toHaveLength(1);
      expect(elements.filter((e) => e.role === 'H2').length).toBeGreaterThanOrEqual(5);
      const text = await structureText(file);
      // A section the study does not have has no heading (tests/pdf/optional-sections.test.ts).
      const order = [
        'Institution profile',
        'The innovation',
        'How the impact was measured',
        ...(sheet.has.resultsChain ? ['Results chain'] : []),
        'Results',
        ...(sheet.has.recommendations ? ['Recommendations'] : []),
        'What this record lacks',
        'Sources',
      ].map((heading) => text.indexOf(squash(heading)));
      expect(
        order.every((at) => at >= 0),
        String(order),
      ).toBe(true);
      expect([...order].sort((a, b) => a - b)).toEqual(order);
    });

    it('gives the results chain the text alternative of the web chart, and tags the fact rows as tables', async () => {
      const elements = await structElements(new Uint8Array(await readFile(file)));
      const figures = elements.filter((e) => e.role === 'Figure');
      // A study without a results chain has no chart of it.
      expect(figures).toHaveLength(sheet.has.resultsChain ? 1 : 0);
      if (sheet.has.resultsChain) {
        expect(figures[0]!.alt).toMatch(/^The results chain of this innovation, from inputs to impact\. Inputs: /);
        for (const step of sheet.resultsChain) expect(figures[0]!.alt).toContain(`${step.label}: `);
      }
      expect(elements.filter((e) => e.role === 'Table').length).toBeGreaterThanOrEqual(2);
    });

    it('reads each label beside its value, and each result with its finding and source number', async () => {
      const text = await structureText(file);
      for (const row of sheet.header)
        expect(text, row.label).toContain(squash(`${row.label.toUpperCase()}${row.value ?? 'not reported'}`));
      for (const row of [...sheet.profile.rows, ...sheet.study])
        expect(text, row.label).toContain(squash(`${row.label}${row.value ?? 'not reported'}`));
      // The figures' note follows them.
      if (sheet.profile.note)
        expect(text).toContain(squash(`${sheet.profile.rows.at(-1)!.value ?? 'not reported'}${sheet.profile.note}`));
      for (const result of sheet.results) {
        const number = sourceNumber(sheet.sources, result.source);
        expect(text, result.outcome).toContain(squash(`${result.finding}${number === null ? '' : ` (Source ${number})`}`));
      }
    });
  },
);

describe('source numbers', () => {
  it("point into the sheet's list, which holds each URL once, and are null for no source", () => {
    const a = { id: 'a', type: 'web-page' as const, title: 'A', publisher: 'P', url: 'https://a.example/' };
    const b = { id: 'b', type: 'web-page' as const, title: 'B', publisher: 'P', url: 'https://b.example/' };
    expect(sourceNumber([a, b], { ...b, id: 'b-again' })).toBe(2);
    expect(sourceNumber([a, b], undefined)).toBeNull();
    expect(sourceNumber([a], b)).toBeNull();
  });
});
