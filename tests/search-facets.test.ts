import { describe, expect, it } from 'vitest';
import { countSearches, facetCountsFrom, facetNames, type FacetName } from '../src/lib/search-counts.ts';
import { institutionSortYear, sortYear } from '../src/lib/search-facets.ts';

const values = Object.fromEntries(facetNames.map((name) => [name, [] as string[]])) as Record<FacetName, string[]>;
values.country = ['Cambodia', 'Pakistan', 'Peru'];
values.kind = ['Innovation brief', 'Institution'];

describe('the searches behind the facet counts', () => {
  it('is one search when nothing is ticked', () => {
    expect(countSearches({})).toEqual([{ filters: {} }]);
  });

  it('adds one search per ticked facet, with that facet left out and the others kept', () => {
    expect(countSearches({ country: ['Cambodia', 'Peru'], kind: ['Institution'], region: [] })).toEqual([
      { filters: { kind: { any: ['Institution'] }, country: { any: ['Cambodia', 'Peru'] } } },
      { leftOut: 'kind', filters: { country: { any: ['Cambodia', 'Peru'] } } },
      { leftOut: 'country', filters: { kind: { any: ['Institution'] } } },
    ]);
  });
});

describe('facet counts from the answers', () => {
  it('takes a ticked facet from the search that left it out, the others from the main search, and 0 for values not mentioned', () => {
    const counts = facetCountsFrom(
      [
        { results: 2, filters: { country: { Cambodia: 2 }, kind: { Institution: 1, 'Innovation brief': 1 } } },
        { leftOut: 'country', results: 9, filters: { country: { Cambodia: 2, Pakistan: 3, Peru: 4 }, kind: { Institution: 5 } } },
      ],
      values,
    );
    expect(counts.country).toEqual(
      new Map([
        ['Cambodia', 2],
        ['Pakistan', 3],
        ['Peru', 4],
      ]),
    );
    expect(counts.kind).toEqual(
      new Map([
        ['Innovation brief', 1],
        ['Institution', 1],
      ]),
    );
  });

  it('leaves a facet out when an answer with results says nothing about it, and reads 0 when there are no results', () => {
    expect(facetCountsFrom([{ results: 4, filters: { kind: { Institution: 4 } } }], values).country).toBeUndefined();
    expect(facetCountsFrom([{ results: 0, filters: {} }], values).country).toEqual(
      new Map([
        ['Cambodia', 0],
        ['Pakistan', 0],
        ['Peru', 0],
      ]),
    );
  });
});

describe('sort years', () => {
  it('gives every page one, the oldest when none is known', () => {
    expect(sortYear(undefined, '2009-03')).toBe('2009');
    expect(sortYear(undefined)).toBe('0');
    expect(institutionSortYear(['2012', undefined, '2010'], ['2008'])).toBe('2010');
    expect(institutionSortYear([undefined], ['2011', '2009'])).toBe('2009');
  });
});
