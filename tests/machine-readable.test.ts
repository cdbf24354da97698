import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { XMLParser } from 'fast-xml-parser';
import { beforeAll, describe, expect, inject, it } from 'vitest';
import { validateContent, type ValidatedEntry } from '../src/lib/validation/validate.ts';
import { openGraphLocale } from '../src/lib/structured-data.ts';
import type { Innovation } from '../src/schemas/index.ts';

const dist = inject('distDir');
const site = 'https://mfi-briefs.example.org';
const html = (path: string) => readFile(join(dist, path, 'index.html'), 'utf8');
const xml = new XMLParser({ ignoreAttributes: false, isArray: (name) => ['item', 'url', 'sitemap', 'category'].includes(name) });
let innovations: (ValidatedEntry & { data: Innovation })[];

beforeAll(async () => {
  innovations = (await validateContent('.')).entries.filter((e) => e.kind === 'innovations') as typeof innovations;
});

/** The JSON-LD records of a built page, parsed. */
function jsonLd(page: string): Record<string, unknown>[] {
  return [...page.matchAll(/<script type="application\/ld\+json">([^<]*)<\/script>/g)].map(
    (m) => JSON.parse(m[1]!) as Record<string, unknown>,
  );
}

describe('the feed', () => {
  it('is RSS 2.0 holding every brief once, newest first, linked from every page', async () => {
    const feed = xml.parse(await readFile(join(dist, 'feed.xml'), 'utf8'));
    const items = feed.rss.channel.item as {
      title: string;
      link: string;
      pubDate: string;
      description: string;
      category: string[];
    }[];
    expect(feed.rss['@_version']).toBe('2.0');
    expect(items.map((i) => i.link).sort()).toEqual(innovations.map((i) => `${site}/innovations/${i.id}/`).sort());
    const times = items.map((i) => Date.parse(i.pubDate));
    expect(times.every((t) => !Number.isNaN(t))).toBe(true);
    expect(times).toEqual([...times].sort((a, b) => b - a));
    for (const item of items) expect(item.description.length).toBeGreaterThan(20);
    for (const path of ['', 'search', 'data', `innovations/${innovations[0]!.id}`, 'mfis', 'evidence']) {
      expect(await html(path), path).toContain(
        '<link rel="alternate" type="application/rss+xml" title="Microfinance innovation briefs: new briefs" href="/feed.xml">',
      );
    }
    expect(await readFile(join(dist, '404.html'), 'utf8')).toContain('href="/feed.xml"');
  });
});

describe('structured data', () => {
  it('describes every brief as a schema.org Report with its subject, country, publisher, dates, licence and citation', async () => {
    for (const { id, data } of innovations) {
      const page = await html(`innovations/${id}`);
      const [record, ...others] = jsonLd(page);
      expect(others, id).toEqual([]);
      expect(record, id).toMatchObject({
        '@context': 'https://schema.org',
        '@type': 'Report',
        url: `${site}/innovations/${id}/`,
        name: data.title,
        description: data.summary,
        about: { '@type': 'DefinedTerm', name: expect.any(String) },
        spatialCoverage: { '@type': 'Country', name: expect.any(String), identifier: expect.stringMatching(/^[A-Z]{2}$/) },
        publisher: { '@type': 'Organization', name: 'Microfinance Innovation Briefs contributors' },
        license: 'https://creativecommons.org/licenses/by/4.0/',
        creditText: expect.stringContaining(`${site}/innovations/${id}/`),
      });
      expect(Date.parse(record!['datePublished'] as string), id).toBeLessThanOrEqual(
        Date.parse(record!['dateModified'] as string),
      );
      expect(
        (record!['citation'] as { url: string }[]).map((c) => c.url),
        id,
      ).toEqual(data.sources.map((s) => s.url));
      // The reference is the one the "Cite this brief" box shows.
      expect(page.replace(/&#39;/g, "'").replace(/&amp;/g, '&'), id).toContain(record!['creditText'] as string);
      expect(page, id).toContain('<meta property="og:type" content="article">');
    }
  });

  it('describes /data/ as a Dataset whose distributions are its files', async () => {
    const [record] = jsonLd(await html('data'));
    expect(record).toMatchObject({
      '@type': 'Dataset',
      url: `${site}/data/`,
      license: 'https://creativecommons.org/licenses/by/4.0/',
    });
    const files = record!['distribution'] as { '@type': string; contentUrl: string; encodingFormat: string }[];
    expect(files.map((f) => f.contentUrl)).toEqual(
      expect.arrayContaining([
        `${site}/data/innovations.json`,
        `${site}/data/results.csv`,
        `${site}/data/mfis.json`,
        `${site}/data/programmes.json`,
      ]),
    );
    for (const file of files) {
      expect(file['@type']).toBe('DataDownload');
      await expect(readFile(join(dist, new URL(file.contentUrl).pathname)), file.contentUrl).resolves.toBeTruthy();
    }
  });

  it('gives og:locale in the language_TERRITORY form', async () => {
    expect(openGraphLocale('en')).toBe('en_US');
    expect(openGraphLocale('fr')).toBe('fr_FR');
    expect(openGraphLocale('pt-BR')).toBe('pt_BR');
    expect(await html('')).toContain('<meta property="og:locale" content="en_US">');
  });
});

describe('the sitemap', () => {
  it('lists every page with a last-modified date, from the sitemap index robots.txt names', async () => {
    expect(await readFile(join(dist, 'robots.txt'), 'utf8')).toContain(`Sitemap: ${site}/sitemap-index.xml`);
    const index = xml.parse(await readFile(join(dist, 'sitemap-index.xml'), 'utf8'));
    const urls = [];
    for (const { loc } of index.sitemapindex.sitemap as { loc: string }[]) {
      urls.push(
        ...(xml.parse(await readFile(join(dist, new URL(loc).pathname), 'utf8')).urlset.url as {
          loc: string;
          lastmod?: string;
        }[]),
      );
    }
    const locs = urls.map((u) => u.loc);
    for (const { id } of innovations) expect(locs).toContain(`${site}/innovations/${id}/`);
    expect(locs).toContain(`${site}/evidence/`);
    expect(locs.filter((loc) => loc.includes('404'))).toEqual([]);
    for (const url of urls) expect(Number.isNaN(Date.parse(url.lastmod ?? '')), url.loc).toBe(false);
  });

  it('keeps the 404 page out of search engines, with no canonical address', async () => {
    const page = await readFile(join(dist, '404.html'), 'utf8');
    expect(page).toContain('<meta name="robots" content="noindex">');
    expect(page).not.toContain('rel="canonical"');
    expect(page).not.toContain('og:url');
  });
});
