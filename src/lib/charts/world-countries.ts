import type { Feature, FeatureCollection, Geometry } from 'geojson';
import { feature } from 'topojson-client';
import type { GeometryCollection, Topology } from 'topojson-specification';
import countries110m from 'world-atlas/countries-110m.json' with { type: 'json' };
import { numericCountryCode } from '../../schemas/country.ts';

/**
 * The Natural Earth countries of world-atlas, found by ISO code: the atlas identifies each
 * country by its ISO 3166-1 numeric code, which world-countries gives for each alpha-2 code (so
 * "DR Congo", "Türkiye" or "North Macedonia" are found whatever the atlas calls them).
 */
export type CountryFeature = Feature<Geometry, { name: string }>;

const topology = countries110m as unknown as Topology<{ countries: GeometryCollection<{ name: string }> }>;

export const worldCountries: FeatureCollection<Geometry, { name: string }> = feature(topology, topology.objects.countries);

const featuresById = new Map(
  worldCountries.features.filter((country) => country.id !== undefined).map((country) => [String(country.id), country]),
);

/** The atlas feature of a country, or undefined when the atlas has none (countries too small for the 1:110m scale). */
export function countryFeature(code: string): CountryFeature | undefined {
  const id = numericCountryCode(code);
  return id === undefined ? undefined : featuresById.get(id);
}
