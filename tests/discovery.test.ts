import { execFile } from 'node:child_process';
import { readFile, readdir } from 'node:fs/promises';
import { join, resolve } from 'node:path';
import { promisify } from 'node:util';
import { csvParse } from 'd3';
import { beforeAll, describe, expect, inject, it } from 'vitest';
import { bundledTaxonomy } from './helpers/taxonomy.ts';
import { Cite } from '@citation-js/core';
import { briefToCsl, formatBibtex, formatReferenceText, formatRis, sourceToCsl } from '../src/lib/citation.ts';
import { briefSources } from '../src/lib/factsheet.ts';
import { evidenceMap } from '../src/lib/evidence.ts';
import { resultColumns, toCsv } from '../src/lib/open-data.ts';
import type { Innovation, Mfi } from '../src/schemas/index.ts';
import { validateContent, type ValidatedEntry } from '../src/lib/validation/validate.ts';
import { childEnv } from './helpers/child-env.ts';
import { temporaryFolder } from './helpers/temporary.ts';
import { brokenLinks } from '../src/lib/build/links.ts';

const dist = inject('distDir');
const html = (path: string) => readFile(join(dist, path, 'index.html'), 'utf8');
let entries: ValidatedEntry[];
const innovations = () => entries.filter((e) => e.kind === 'innovations') as (ValidatedEntry & { data: Innovation })[];
const decode = (s: string) =>
  s
    .replace(/&#39;/g, "'")
    .replace(/&quot;/g, '"')
    .replace(/&amp;/g, '&');

beforeAll(async () => {
  entries = (await validateContent('.')).entries;
});

/** The Pagefind filters a built page records, as filter → values. */
function pageFilters(page: string): Map<string, string[]> {
  const filters = new Map<string, string[]>();
  for (const m of page.matchAll(/data-pagefind-filter="([^"]+)">([^<]*)</g)) {
    filters.set(m[1]!, [...(filters.get(m[1]!) ?? []), decode(m[2]!)]);
  }
  return filters;
}

describe('search', () => {
  it('indexes briefs, institutions and programmes, with the right filters on each brief', async () => {
    for (const { id, data } of innovations()) {
      const filters = pageFilters(await html(`innovations/${id}`));
      expect(filters.get('kind'), id).toEqual(['Innovation brief']);
      expect(filters.get('programme'), id).toEqual(['MF4DW']);
      expect(filters.get('challenge')?.length, id).toBe(1);
      expect(filters.has('country') && filters.has('region'), id).toBe(true);
      expect(filters.get('method')?.length ?? 0, id).toBe(data.study?.methods?.length ?? 0);
    }
    expect(pageFilters(await html('innovations/imon-womens-entrepreneurship')).get('country')).toEqual(['Tajikistan']);
    expect(pageFilters(await html('mfis/imon-international')).get('kind')).toEqual(['Institution']);
    expect(pageFilters(await html('programmes/mf4dw')).get('kind')).toEqual(['Programme']);
    const index = await readdir(join(dist, 'pagefind'));
    expect(index).toContain('pagefind.js');
  });

  it('shows on the search page, before any search, the counts the built pages carry', async () => {
    const counts = new Map<string, number>();
    for (const folder of ['innovations', 'mfis', 'programmes']) {
      const ids = (await readdir(join(dist, folder), { withFileTypes: true })).filter((d) => d.isDirectory()).map((d) => d.name);
      for (const id of ids) {
        for (const [name, values] of pageFilters(await html(`${folder}/${id}`))) {
          for (const value of values) counts.set(`${name}=${value}`, (counts.get(`${name}=${value}`) ?? 0) + 1);
        }
      }
    }
    const search = await html('search');
    const shown = new Map(
      [...search.matchAll(/data-facet="([^"]+)" data-value="([^"]+)"[^>]*>(\d+)</g)].map((m) => [
        `${m[1]}=${decode(m[2]!)}`,
        Number(m[3]),
      ]),
    );
    expect(shown).toEqual(counts);
    expect(shown.get('challenge=Child labour')).toBe(3);
    expect(shown.get('kind=Innovation brief')).toBe(innovations().length);
  });
});

describe('the evidence map', () => {
  it('places every result of the content in exactly one cell', () => {
    const map = evidenceMap(innovations(), bundledTaxonomy);
    const total = innovations().reduce((sum, i) => sum + i.data.results.length, 0);
    expect(map.total).toBe(total);
    const placed = map.rows.flatMap((row) => map.columns.map((column) => map.cell(row, column).points.length));
    expect(placed.reduce((a, b) => a + b, 0)).toBe(total);
  });

  it('links one mark per result on the page, each to a result that exists on its brief', async () => {
    const page = await html('evidence');
    const marks = [...page.matchAll(/href="\/innovations\/([^/]+)\/#result-(\d+)"/g)];
    expect(marks).toHaveLength(innovations().reduce((sum, i) => sum + i.data.results.length, 0));
    for (const [, id, n] of marks) expect(await html(`innovations/${id}`)).toContain(`id="result-${n}"`);
    expect(page).toMatch(/<th scope="col">Child labour<\/th>/);
    expect(page).toMatch(/<caption[^>]*>Results by challenge and outcome domain: \d+ results<\/caption>/);
  });
});

describe('the comparison table', () => {
  it('has one row per innovation, linking its brief', async () => {
    const page = await html('compare');
    for (const { id } of innovations()) expect(page).toContain(`<th scope="row"><a href="/innovations/${id}/">`);
    expect([...page.matchAll(/<th scope="row">/g)]).toHaveLength(innovations().length);
  });
});

describe('open data', () => {
  it('publishes every innovation, institution and programme as JSON', async () => {
    const json = async (name: string) => JSON.parse(await readFile(join(dist, 'data', name), 'utf8')) as { id: string }[];
    expect((await json('innovations.json')).map((i) => i.id).sort()).toEqual(
      innovations()
        .map((i) => i.id)
        .sort(),
    );
    expect(await json('mfis.json')).toHaveLength(entries.filter((e) => e.kind === 'mfis').length);
    expect(await json('programmes.json')).toHaveLength(entries.filter((e) => e.kind === 'programmes').length);
    for (const { id, data } of innovations()) {
      const record = JSON.parse(await readFile(join(dist, 'data', 'innovations', `${id}.json`), 'utf8'));
      expect(record.results).toEqual(JSON.parse(JSON.stringify(data.results)));
    }
    for (const name of ['mfi', 'innovation', 'programme', 'site']) {
      expect(JSON.parse(await readFile(join(dist, 'data', 'schemas', `${name}.schema.json`), 'utf8')).type).toBe('object');
    }
  });

  it("gives each brief's record the figures of its institution, further figures included, as mfis.json has them", async () => {
    type Set = { as_of: number; source?: string; other_figures?: { source?: string }[] };
    const read = async (path: string) => JSON.parse(await readFile(join(dist, 'data', path), 'utf8'));
    const mfis = (await read('mfis.json')) as { id: string; figures?: Set[] }[];
    const all = (await read('innovations.json')) as { id: string }[];
    const byYear = (a: Set, b: Set) => a.as_of - b.as_of;
    let furtherFigures = 0;
    for (const { id, data } of innovations()) {
      const record = await read(`innovations/${id}.json`);
      expect(
        all.find((other) => other.id === id),
        id,
      ).toEqual(record);
      const figures = mfis.find((mfi) => mfi.id === data.mfi)!.figures ?? [];
      if (!figures.length) {
        expect(record.mfi_figures, id).toBeUndefined();
        continue;
      }
      const { profile, other_years, sources } = record.mfi_figures as {
        profile: Set;
        other_years: Set[];
        sources: { id: string }[];
      };
      expect([profile, ...other_years].sort(byYear), id).toEqual([...figures].sort(byYear));
      const cited = [profile, ...other_years].flatMap((set) => [set.source, ...(set.other_figures ?? []).map((f) => f.source)]);
      for (const sourceId of cited.filter(Boolean))
        expect(
          sources.map((s) => s.id),
          id,
        ).toContain(sourceId);
      furtherFigures += profile.other_figures?.length ?? 0;
    }
    expect(furtherFigures).toBeGreaterThan(0);
  });

  it('publishes one CSV row per result, with its source', async () => {
    const rows = csvParse(await readFile(join(dist, 'data', 'results.csv'), 'utf8'));
    expect(rows.columns).toEqual([...resultColumns]);
    expect(rows).toHaveLength(innovations().reduce((sum, i) => sum + i.data.results.length, 0));
    const nrsp = rows.filter(
      (r) => r['innovation'] === 'nrsp-family-health-insurance' && r['effect_unit'] === 'percentage-points',
    );
    expect(nrsp[0]?.['source_url']).toBe('https://c4ed.org/?p=1654');
  });

  it('quotes CSV fields only where needed', () => {
    expect(
      toCsv(
        ['a', 'b'],
        [
          ['x, y', 'say "hi"'],
          [undefined, 3],
        ],
      ),
    ).toBe('a,b\r\n"x, y","say ""hi"""\r\n,3\r\n');
  });
});

describe('citations and reuse', () => {
  const brief = {
    id: 'imon-womens-entrepreneurship',
    title: 'Training & loans: 100% {new}',
    mfi: 'IMON International LLC',
    country: 'Tajikistan',
    publisher: 'Publisher',
    siteTitle: 'Briefs',
    url: 'https://example.org/innovations/imon-womens-entrepreneurship/',
    date: '2026-11-23',
  };

  it('formats a reference, BibTeX and RIS with the citation library, special characters kept', () => {
    const item = briefToCsl(brief);
    expect(formatReferenceText(item)).toBe(
      'Publisher. (2026). Training & loans: 100% {new}: IMON International LLC, Tajikistan. Briefs. https://example.org/innovations/imon-womens-entrepreneurship/',
    );
    expect(formatBibtex([item])).toContain('title = {Training \\& loans: 100\\% \\textbraceleft{}new\\textbraceright{}: IMON');
    expect(formatBibtex([item])).not.toContain('\\\\');
    expect(formatRis([item])).toMatch(/^TY {2}- ELEC$/m);
    expect(formatRis([item])).toMatch(/^UR {2}- https:\/\/example\.org\/innovations\/imon-womens-entrepreneurship\/$/m);
  });

  it("offers every brief's sources, as its page lists them, as RIS and BibTeX files linked from its sources", async () => {
    const mfis = new Map(entries.filter((e) => e.kind === 'mfis').map((e) => [e.id, e.data as Mfi]));
    for (const { id, data } of innovations()) {
      const sources = briefSources(data, mfis.get(data.mfi)!);
      const ris = await readFile(join(dist, 'data', 'innovations', `${id}.sources.ris`), 'utf8');
      const read = new Cite(ris).data;
      expect(
        read.map((item) => item['URL']),
        id,
      ).toEqual(sources.map((source) => source.url));
      expect(
        read.map((item) => item['title']),
        id,
      ).toEqual(sources.map((source) => source.title));
      expect(
        read.map((item) => item['type']),
        id,
      ).toEqual(sources.map((source) => sourceToCsl(source).type));
      expect(
        read.map((item) => item['author'] ?? []),
        id,
      ).toEqual(sources.map((source) => source.authors ?? []));
      expect(
        read.map((item) => item['DOI']),
        id,
      ).toEqual(sources.map((source) => source.doi));
      const bibtex = await readFile(join(dist, 'data', 'innovations', `${id}.sources.bib`), 'utf8');
      expect(bibtex.match(/^@\w+\{/gm), id).toHaveLength(sources.length);
      const page = decode(await html(`innovations/${id}`));
      const section = page.slice(page.indexOf('id="sources-heading"'), page.indexOf('id="cite-heading"'));
      expect(section, id).toContain(
        `<a href="/data/innovations/${id}.sources.ris" download>Download these sources for a reference manager (RIS)</a>`,
      );
      expect(section, id).toContain(
        `<a href="/data/innovations/${id}.sources.bib" download>Download these sources as BibTeX</a>`,
      );
    }
  });

  it('shows a citation, the licence and the data link on every brief, with description and Open Graph tags', async () => {
    for (const { id } of innovations()) {
      const page = await html(`innovations/${id}`);
      expect(page, id).toContain('Cite this brief');
      expect(page, id).toContain('@misc{');
      expect(page, id).toContain(`href="/data/innovations/${id}.ris"`);
      expect(page, id).toContain(`href="/data/innovations/${id}.json"`);
      expect(page, id).toContain('https://creativecommons.org/licenses/by/4.0/');
      expect(page, id).toMatch(/<meta name="description" content="[^"]+"/);
      expect(page, id).toMatch(/<meta property="og:title" content="[^"]+"/);
    }
  });

  it('has no broken link in the built site', async () => {
    const { checked, broken } = await brokenLinks(dist, '/');
    expect(broken).toEqual([]);
    expect(checked).toBeGreaterThan(500);
  });

  it('has no broken link when built under a sub-path', { timeout: 240_000 }, async () => {
    const out = join(await temporaryFolder('subpath'), 'dist');
    await promisify(execFile)(process.execPath, [resolve('scripts/build.ts'), '--out-dir', out], {
      env: childEnv({ BASE_PATH: '/briefs/', CI: '1' }),
      maxBuffer: 64 * 1024 * 1024,
    });
    const { checked, broken } = await brokenLinks(out, '/briefs/');
    expect(broken).toEqual([]);
    expect(checked).toBeGreaterThan(500);
    expect(await readFile(join(out, 'index.html'), 'utf8')).toContain('href="/briefs/innovations/');
  });
});
