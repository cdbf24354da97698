import { readdir, readFile, stat, utimes, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { CslItem } from '../src/lib/citation.ts';
import type { Innovation, Mfi, Programme } from '../src/schemas/index.ts';
import { fixtureProject } from './helpers/fixtures.ts';
import { temporaryFolder } from './helpers/temporary.ts';

const report = (title: string): CslItem => ({
  id: '0',
  type: 'report',
  title,
  author: [{ family: 'Gravesteijn', given: 'Robin' }],
  publisher: 'International Labour Organization',
  issued: { 'date-parts': [[2015]] },
  URL: 'https://example.org/wp-60',
});
const items = [
  report('Impact research on an innovation'),
  { ...report('A second study'), id: '1', author: [{ family: 'Fiala', given: 'Nathan' }] },
];

/**
 * A fresh copy of the citation module (and its cache), as another process would load it, with
 * citeproc's runs counted.
 */
async function freshCitation() {
  vi.resetModules();
  const citation = await import('../src/lib/citation.ts');
  const runs = vi.spyOn(citation.citeproc, 'bibliography');
  return { ...citation, runs };
}

describe('the reference cache', () => {
  let folder: string;
  beforeEach(async () => {
    folder = await temporaryFolder('references');
    vi.stubEnv('REFERENCE_CACHE', folder);
  });
  afterEach(() => {
    vi.unstubAllEnvs();
    vi.restoreAllMocks();
  });

  it('formats a list once in a process, and not at all in the next one, with the same output', async () => {
    const first = await freshCitation();
    const formatted = first.formatReferences(items);
    expect(first.formatReferences(items)).toEqual(formatted);
    expect(first.runs).toHaveBeenCalledTimes(1);
    expect(await readdir(folder)).toHaveLength(1);

    const second = await freshCitation();
    expect(second.formatReferences(items)).toEqual(formatted);
    expect(second.runs).not.toHaveBeenCalled();
    expect(formatted.get('0')?.text).toBe(
      'Gravesteijn, R. (2015). Impact research on an innovation. International Labour Organization. https://example.org/wp-60',
    );
  });

  it('keys a list by its exact items and language: a changed item is formatted again', async () => {
    const { formatReferences, runs } = await freshCitation();
    const { referenceKey } = await import('../src/lib/reference-cache.ts');
    formatReferences(items);
    const changed = [items[0]!, { ...items[1]!, title: 'A third study' }];
    expect(formatReferences(changed).get('1')?.text).toContain('A third study');
    expect(runs).toHaveBeenCalledTimes(2);
    const key = (list: readonly CslItem[], language = 'en-US') => referenceKey({ items: list, language, style: 'apa' });
    expect(key(changed)).not.toBe(key(items));
    expect(key(items, 'fr')).not.toBe(key(items));
    expect(key(items)).toBe(key(structuredClone(items)));
  });

  it('takes a corrupt or truncated entry as missing, and writes it anew', async () => {
    const first = await freshCitation();
    const formatted = first.formatReferences(items);
    const [name] = await readdir(folder);
    for (const damage of ['{"not": "entries"}', '[["0", "<div>half']) {
      await writeFile(join(folder, name!), damage);
      const next = await freshCitation();
      expect(next.formatReferences(items)).toEqual(formatted);
      expect(next.runs).toHaveBeenCalledTimes(1);
      expect(JSON.parse(await readFile(join(folder, name!), 'utf8'))).toHaveLength(2);
    }
  });

  it('keeps nothing on disk without a folder', async () => {
    vi.stubEnv('REFERENCE_CACHE', undefined);
    const { formatReferences, runs } = await freshCitation();
    formatReferences(items);
    formatReferences(items);
    expect(runs).toHaveBeenCalledTimes(1);
    expect(await readdir(folder)).toEqual([]);
  });

  it('prunes the entries no process used since a time, and keeps those read since', async () => {
    const first = await freshCitation();
    first.formatReferences(items);
    first.formatReferences([items[0]!]);
    const names = await readdir(folder);
    const old = new Date(Date.now() - 60_000);
    for (const name of names) await utimes(join(folder, name), old, old);
    const since = Date.now() - 1000;
    // Another process reads one of the two lists: its entry is dated anew.
    const second = await freshCitation();
    second.formatReferences([items[0]!]);
    expect(second.runs).not.toHaveBeenCalled();
    const { pruneReferenceCache } = await import('../src/lib/reference-cache.ts');
    expect(pruneReferenceCache(folder, since)).toBe(1);
    const [kept] = await readdir(folder);
    expect((await stat(join(folder, kept!))).mtimeMs).toBeGreaterThanOrEqual(since);
    expect(pruneReferenceCache(join(folder, 'missing'), since)).toBe(0);
  });
});

describe('the reference lists of the pages, formatted by the PDF workers', () => {
  afterEach(() => vi.restoreAllMocks());

  it('are the lists a brief page and its MFI page format: the pages find every one of them ready', async () => {
    vi.resetModules();
    const root = await fixtureProject();
    const { validateContent } = await import('../src/lib/validation/validate.ts');
    const { createFactsheetRenderer } = await import('../src/lib/pdf/render.ts');
    const citation = await import('../src/lib/citation.ts');
    const { buildFactsheet } = await import('../src/lib/factsheet.ts');
    const { buildMfiProfile } = await import('../src/lib/mfi-profile.ts');
    const { requireTaxonomy } = await import('../src/lib/taxonomy/load.ts');
    const { readSiteSettings } = await import('../src/lib/site-settings.ts');
    const { buildDate } = await import('../src/data/build-date.ts');
    const { entries } = await validateContent(root);
    const renderer = await createFactsheetRenderer({ root, entries });
    const runs = vi.spyOn(citation.citeproc, 'bibliography');
    const [id] = renderer.innovations;
    renderer.pageReferences(id!);
    // The factsheet's own list (no links, which the PDF sets itself), then the three the pages show.
    expect(runs).toHaveBeenCalledTimes(4);

    // What src/data/factsheets.ts and the MFI page build, and what SourceList.astro formats.
    const data = <T>(kind: string, wanted: string) => entries.find((e) => e.kind === kind && e.id === wanted)!.data as T;
    const innovation = data<Innovation>('innovations', id!);
    const mfi = data<Mfi>('mfis', innovation.mfi);
    const programme = innovation.programme === undefined ? undefined : data<Programme>('programmes', innovation.programme);
    const sheet = buildFactsheet(innovation, mfi, programme, 'en', await requireTaxonomy(root));
    const onPage = citation.formatReferences(citation.sourceListItems(sheet.sources));
    const onMfiPage = citation.formatReferences(citation.sourceListItems(buildMfiProfile(mfi, 'en').sources));
    // As src/data/page-charts.ts cites the brief (its address under base_url, the build date).
    const site = readSiteSettings(root);
    const cited = citation.citedBriefOf(id!, sheet, site, new URL(`innovations/${id}/`, site.base_url).href, buildDate);
    const citationText = citation.formatReferenceText(citation.briefToCsl(cited));
    expect(runs).toHaveBeenCalledTimes(4);
    expect(citationText).toContain(sheet.title);
    expect(onPage.size).toBe(sheet.sources.length);
    expect(onMfiPage.size).toBe(mfi.sources.length);
    expect([...onPage.values()][0]?.html).toContain('https://');
  });
});
