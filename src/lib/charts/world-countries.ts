import type { Feature, FeatureCollection, Geometry } from 'geojson';
import { feature } from 'topojson-client';
import type { GeometryCollection, Topology } from 'topojson-specification';
import countries110m from 'world-atlas/countries-110m.json' with { type: 'json' };

/**
 * The Natural Earth countries of world-atlas, found by ISO alpha-2 code. The atlas identifies
 * countries by ISO numeric id and English name; rather than keep a code table, a code's English
 * name from `Intl` is matched to the atlas name after both are normalised (the atlas abbreviates:
 * "Dem. Rep.", "Is.", "Herz.").
 */
export type CountryFeature = Feature<Geometry, { name: string }>;

const topology = countries110m as unknown as Topology<{ countries: GeometryCollection<{ name: string }> }>;

export const worldCountries: FeatureCollection<Geometry, { name: string }> = feature(topology, topology.objects.countries);

const abbreviations: [RegExp, string][] = [
  [/\bdem\./g, 'democratic'],
  [/\brep\./g, 'republic'],
  [/\bis\./g, 'islands'],
  [/\beq\./g, 'equatorial'],
  [/\bherz\./g, 'herzegovina'],
  [/\bfr\./g, 'french'],
  [/\bn\./g, 'north'],
  [/\bs\./g, 'south'],
  [/\bw\./g, 'western'],
];

/** "Côte d’Ivoire", "Cote d'Ivoire" and "côte d'ivoire" share one key, and so do "&" and "and". */
export function countryNameKey(name: string): string {
  let key = name.normalize('NFKD').replace(/\p{M}/gu, '').toLowerCase();
  key = key.replace(/\(.*?\)/g, ' ').replace(/['’`]/g, '').replace(/&/g, ' and ');
  for (const [abbreviation, word] of abbreviations) key = key.replace(abbreviation, word);
  return key.replace(/[^a-z0-9]+/g, ' ').replace(/\bthe\b/g, ' ').replace(/\s+/g, ' ').trim();
}

const featuresByKey = new Map(worldCountries.features.map((country) => [countryNameKey(country.properties.name), country]));

const namings = (['long', 'short'] as const).map((style) => new Intl.DisplayNames(['en'], { type: 'region', style, fallback: 'none' }));

/**
 * The atlas feature of a country, or undefined when the atlas has none (countries too small for
 * the 1:110m scale) or names it in a way that normalising cannot match ("Congo - Kinshasa" for
 * "Dem. Rep. Congo", "Türkiye" for "Turkey").
 */
export function countryFeature(code: string): CountryFeature | undefined {
  const keys = namings.flatMap((naming) => {
    const name = naming.of(code);
    return name ? [countryNameKey(name)] : [];
  });
  for (const key of keys) {
    const exact = featuresByKey.get(key);
    if (exact) return exact;
  }
  // The atlas sometimes gives the longer form: "United States of America" for "United States".
  for (const key of keys) {
    const longer = [...featuresByKey].filter(([atlasKey]) => atlasKey.startsWith(`${key} `));
    if (longer.length === 1) return longer[0]![1];
  }
  return undefined;
}
