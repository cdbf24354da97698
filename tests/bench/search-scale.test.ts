import { describe, expect, it } from 'vitest';
import { baseCountries, moveCountry, relabel, searchPage, searchRecord } from '../../scripts/bench/search-scale.ts';

/** A brief page as the build writes it, cut down to what the cloning reads and rewrites. */
const brief = (label: string, country: string, href: string, region: string, year = '2009') =>
  '<html><head><meta name="description" content="A summary.">' +
  `<script type="application/ld+json">{"spatialCoverage":"${country.replace('&amp;', '&')}"}</script></head>` +
  '<body><article data-pagefind-body><div hidden data-pagefind-ignore>' +
  '<span data-pagefind-filter="kind">Innovation brief</span>' +
  `<span data-pagefind-filter="country">${country}</span><span data-pagefind-filter="region">${region}</span>` +
  `<span data-pagefind-meta="mfi">SMFI ${label}</span><span data-pagefind-meta="country">${country}</span>` +
  `<span data-pagefind-sort="year:${year}"></span></div>` +
  `<h1>Synthetic innovation ${label}: a savings plan</h1>` +
  `<dd><a href="${href}">${country}</a></dd><dd><a href="/mfis/synthetic-mfi-${label}/">Synthetic MFI ${label}</a></dd>` +
  `<p>p = 0.${label}, 12${label} clients, chart <span class="x${label}">${label}</span></p></article></body></html>`;

const countries = baseCountries([
  brief('0001', 'Ghana', '/countries/gh/', 'Africa'),
  brief('0002', 'Bosnia &amp; Herzegovina', '/countries/ba/', 'Europe'),
  brief('0003', 'Morocco', '/countries/ma/', 'Middle East and North Africa'),
]);

describe('cloning built pages for the search benchmark', () => {
  it('renumbers a page where the number stands alone, not inside decimals, longer numbers or class names', () => {
    const html = relabel(brief('0042', 'Ghana', '/countries/gh/', 'Africa'), '0042', '04242');
    expect(html).toContain('<h1>Synthetic innovation 04242: a savings plan</h1>');
    expect(html).toContain('href="/mfis/synthetic-mfi-04242/"');
    expect(html).toContain('<span data-pagefind-meta="mfi">SMFI 04242</span>');
    expect(html).toContain('p = 0.0042, 120042 clients, chart <span class="x0042">04242</span>');
  });

  it('moves a page to another country with that country’s region and page, in every form the page writes it', () => {
    const ghana = brief('0001', 'Ghana', '/countries/gh/', 'Africa');
    const moved = searchRecord(moveCountry(ghana, countries, 1));
    // The base's countries in name order: Bosnia & Herzegovina, Ghana, Morocco; one place on from Ghana is Morocco.
    expect(moved.filters).toMatchObject({ country: ['Morocco'], region: ['Middle East and North Africa'] });
    const bosnia = moveCountry(ghana, countries, 2);
    expect(searchRecord(bosnia).filters).toMatchObject({ country: ['Bosnia & Herzegovina'], region: ['Europe'] });
    expect(bosnia).toContain('<a href="/countries/ba/">Bosnia &amp; Herzegovina</a>');
    expect(bosnia).toContain('"spatialCoverage":"Bosnia & Herzegovina"');
    expect(bosnia).not.toMatch(/Ghana|Africa|\/gh\//);
    // A whole cycle of countries brings the page back as it was.
    expect(moveCountry(ghana, countries, 3)).toBe(ghana);
  });

  it('moves a region only where it is a text of its own, so "Africa" is not replaced inside "North Africa"', () => {
    const morocco = brief('0003', 'Morocco', '/countries/ma/', 'Middle East and North Africa');
    expect(searchRecord(moveCountry(morocco, countries, 1)).filters).toMatchObject({
      country: ['Bosnia & Herzegovina'],
      region: ['Europe'],
    });
  });

  it('recomputes the search page: result count, facet counts, the newest first, and the counts of the listings without JavaScript', () => {
    const page =
      '<form data-messages="{&quot;other&quot;:&quot;{count} results&quot;}" data-lang="en" data-page-size="2">' +
      '<span class="count" data-facet="country" data-value="Bosnia &amp; Herzegovina" data-all="1">1</span>' +
      '<span class="count" data-facet="country" data-value="Ghana" data-all="1">1</span>' +
      '<p id="search-status" class="search-status" role="status" aria-live="polite" data-all="2">2 results</p>' +
      '<ol id="search-results" class="results-list"><li>old</li></ol>' +
      '<noscript><li><a href="/countries/gh/">Ghana</a> (1)</li></noscript></form>';
    const records = [
      searchRecord(brief('0001', 'Ghana', '/countries/gh/', 'Africa', '2008'), '/innovations/a/'),
      searchRecord(brief('0002', 'Ghana', '/countries/gh/', 'Africa', '2010'), '/innovations/b/'),
      searchRecord(brief('0003', 'Ghana', '/countries/gh/', 'Africa', '2009'), '/innovations/c/'),
      searchRecord(brief('0004', 'Bosnia &amp; Herzegovina', '/countries/ba/', 'Europe', '2008'), '/innovations/d/'),
    ];
    const html = searchPage(page, records);
    expect(html).toContain('data-value="Ghana" data-all="3">3</span>');
    expect(html).toContain('data-value="Bosnia &amp; Herzegovina" data-all="1">1</span>');
    expect(html).toContain('data-all="4">4 results</p>');
    expect([...html.matchAll(/<a href="(\/innovations\/\w\/)"/g)].map((m) => m[1])).toEqual([
      '/innovations/b/',
      '/innovations/c/',
    ]);
    expect(html).toContain('<p class="card-meta">SMFI 0002 · Ghana</p><p>A summary.</p>');
    expect(html).toContain('<a href="/countries/gh/">Ghana</a> (3)');
  });
});
