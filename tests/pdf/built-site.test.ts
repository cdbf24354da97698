import { readFile, stat } from 'node:fs/promises';
import { join } from 'node:path';
import { describe, expect, inject, it } from 'vitest';
import { validateContent } from '../../src/lib/validation/validate.ts';

const dist = inject('distDir');
const report = await validateContent(process.cwd());
const innovations = report.entries.filter((entry) => entry.kind === 'innovations').map((entry) => entry.id);

describe('the built site', () => {
  it.each(innovations)('has the PDF factsheet of %s, linked from its brief with its size', async (id) => {
    const pdf = await stat(join(dist, 'factsheets', `${id}.pdf`));
    expect(pdf.size).toBeGreaterThan(10_000);
    const brief = await readFile(join(dist, 'innovations', id, 'index.html'), 'utf8');
    const link = new RegExp(`<a href="/factsheets/${id}\\.pdf"[^>]*>Download the PDF factsheet</a> \\(PDF, (\\d+) KB\\)`);
    expect(brief).toMatch(link);
    expect(Number(link.exec(brief)![1])).toBe(Math.round(pdf.size / 1024));
  });

  it('has the combined PDF of the programme, linked from its page as all its factsheets', async () => {
    const pdf = await stat(join(dist, 'factsheets', 'programme-mf4dw.pdf'));
    expect(pdf.size).toBeGreaterThan(10_000);
    const page = await readFile(join(dist, 'programmes', 'mf4dw', 'index.html'), 'utf8');
    const link =
      /<a href="\/factsheets\/programme-mf4dw\.pdf"[^>]*>Download all their factsheets in one PDF<\/a> \(PDF, (\d+) KB\)/;
    expect(page).toMatch(link);
    expect(Number(link.exec(page)![1])).toBe(Math.round(pdf.size / 1024));
  });
});
