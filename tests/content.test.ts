import { readdir, readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { beforeAll, describe, expect, inject, it } from 'vitest';
import type { Innovation, Mfi, Programme } from '../src/schemas/index.ts';
import { validateContent, type ValidatedEntry } from '../src/lib/validation/validate.ts';

const dist = inject('distDir');
let entries: ValidatedEntry[];
const of = <T>(kind: ValidatedEntry['kind']) => entries.filter((e) => e.kind === kind) as (ValidatedEntry & { data: T })[];
const html = (path: string) => readFile(join(dist, path, 'index.html'), 'utf8');
const decode = (s: string) =>
  s
    .replace(/&#39;/g, "'")
    .replace(/&quot;/g, '"')
    .replace(/&amp;/g, '&');
const text = (page: string) => decode(page.replace(/<[^>]+>/g, ' ')).replace(/\s+/g, ' ');
const squash = (s: string) => s.replace(/\s+/g, ' ').trim();

// The validator enforces what the schema says (a source and a result per brief, a year per figure
// set, references that resolve; tests/validate.test.ts pins each refusal); this file checks what
// the schema cannot.
beforeAll(async () => {
  const report = await validateContent('.');
  expect(report.problems).toEqual([]);
  entries = report.entries;
});

describe('the bundled MF4DW content', () => {
  it('holds the 15 partner institutions, their 15 described innovations and 3 programmes', async () => {
    const files = async (folder: string) => (await readdir(join('content', folder))).length;
    expect(of('mfis')).toHaveLength(await files('mfis'));
    expect(of('innovations')).toHaveLength(await files('innovations'));
    expect(of('programmes')).toHaveLength(await files('programmes'));
    expect([of('mfis').length, of('innovations').length, of('programmes').length]).toEqual([15, 15, 3]);
  });

  it('gives every measured result both facts, what changed and how the source judges it, and a source', () => {
    const measured = of<Innovation>('innovations').flatMap(({ id, data }) =>
      data.results.filter((r) => r.status === 'measured').map((r) => ({ id, r, sources: data.sources })),
    );
    expect(measured.length).toBeGreaterThan(50);
    for (const { id, r, sources } of measured) {
      const where = `${id}: ${r.outcome}`;
      expect(['rose', 'fell', 'no-change', 'mixed', 'inconclusive'], where).toContain(r.change);
      expect(['favourable', 'unfavourable', 'neither', 'not-stated'], where).toContain(r.judgement);
      expect(r.source ?? (sources.length === 1 ? sources[0]!.id : undefined), where).toBeDefined();
    }
    // Where a source words its own judgement, it is recorded; elsewhere "not stated", never guessed.
    const judged = (id: string, outcome: string) => measured.find((m) => m.id === id && m.r.outcome === outcome)?.r.judgement;
    expect(judged('lapo-school-fee-loan-campaign', 'Value put on work rather than school')).toBe('unfavourable');
    expect(judged('nwtf-emergency-fund', 'Life insurance')).toBe('unfavourable');
    expect(judged('imon-womens-entrepreneurship', 'Client retention')).toBe('favourable');
    expect(judged('nrsp-family-health-insurance', 'Hazardous work')).toBe('not-stated');
    // "Small effects" says neither which way nor how good: recorded as the source words it.
    const esaf = measured.find((m) => m.id === 'esaf-formalisation' && m.r.domain === 'business-performance')!.r;
    expect([esaf.change, esaf.judgement]).toEqual(['inconclusive', 'not-stated']);
  });

  it('keeps both results where sources disagree (NRSP child labour), each with its own source', () => {
    const nrsp = of<Innovation>('innovations').find((e) => e.data.mfi === 'nrsp')!.data;
    const childLabour = nrsp.results.filter((r) => r.outcome.startsWith('Child labour'));
    expect(childLabour.map((r) => r.effect?.unit)).toContain('percentage-points');
    expect(childLabour.map((r) => r.effect?.unit)).toContain('percent');
    expect(new Set(childLabour.map((r) => r.source)).size).toBe(childLabour.length);
  });

  it('references a programme from every innovation, and a parent from the regional programme', () => {
    const programmes = new Set(of<Programme>('programmes').map((p) => p.id));
    for (const { data } of of<Innovation>('innovations')) expect(programmes).toContain(data.programme);
    expect(of<Programme>('programmes').find((p) => p.id === 'mf4dw-asia')?.data.part_of).toBe('mf4dw');
  });
});

describe('the built site shows every fact with its source', () => {
  it('has one page per content file', async () => {
    for (const [folder, kind] of [
      ['innovations', 'innovations'],
      ['mfis', 'mfis'],
      ['programmes', 'programmes'],
    ] as const) {
      const pages = (await readdir(join(dist, folder), { withFileTypes: true }))
        .filter((d) => d.isDirectory())
        .map((d) => d.name)
        .sort();
      expect(pages).toEqual(
        of(kind)
          .map((e) => e.id)
          .sort(),
      );
    }
  });

  it('shows every result, recommendation and source on each brief', async () => {
    for (const { id, data } of of<Innovation>('innovations')) {
      const page = text(await html(`innovations/${id}`));
      for (const result of data.results) {
        expect(page, id).toContain(squash(result.outcome));
        expect(page, id).toContain(squash(result.finding ?? result.reason ?? ''));
      }
      for (const recommendation of data.recommendations ?? []) expect(page, id).toContain(squash(recommendation));
      for (const source of data.sources) expect(page, id).toContain(source.url);
    }
  });

  it('shows every figure set with its year, every source and the background on each MFI page', async () => {
    for (const { id, data } of of<Mfi>('mfis')) {
      const page = text(await html(`mfis/${id}`));
      for (const set of data.figures ?? []) expect(page, id).toContain(String(set.as_of));
      for (const source of data.sources) expect(page, id).toContain(source.url);
      if (data.background) expect(page, id).toContain(squash(data.background));
    }
    expect(text(await html('mfis/pride-microfinance'))).toContain(
      'No innovation of this institution is described in the sources.',
    );
  });

  it('marks results that were not measured or not reported, with the reason', async () => {
    const banco = text(await html('innovations/banco-popular-health-insurance'));
    expect(banco).toContain('Not measured');
    const tym = text(await html('innovations/tym-risk-management-training'));
    expect(tym).toContain('Result not reported');
  });

  it('says on each brief what its record lacks', async () => {
    const tym = text(await html('innovations/tym-risk-management-training'));
    expect(tym).toMatch(/How the impact was measured: [a-z ,]*sample[a-z ,]* not reported/);
    const imon = text(await html('innovations/imon-womens-entrepreneurship'));
    expect(imon).toContain('How the impact was measured: methods not reported');
  });

  it('lists the Asian innovations on the MF4DW Asia page and none on the MMW page', async () => {
    const asia = text(await html('programmes/mf4dw-asia'));
    for (const title of of<Innovation>('innovations')
      .filter((i) => ['nrsp', 'amk', 'basix'].includes(i.data.mfi))
      .map((i) => i.data.title)) {
      expect(asia).toContain(title);
    }
    expect(asia).not.toContain(of<Innovation>('innovations').find((i) => i.data.mfi === 'lapo')!.data.title);
    const mmw = text(await html('programmes/making-microfinance-work'));
    expect(mmw).toContain('No innovation brief belongs to this programme.');
    for (const { data } of of<Innovation>('innovations')) expect(mmw).not.toContain(squash(data.title));
  });
});
