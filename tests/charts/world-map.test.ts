import { describe, expect, it } from 'vitest';
import { countryFeature } from '../../src/lib/charts/world-countries.ts';
import { worldMapLayout, worldMapSvg, worldMapTable } from '../../src/lib/charts/world-map.ts';
import { programme } from './content.ts';
import { pathRings } from './path-data.ts';
import { descendants, parseXml } from './xml.ts';

const names = new Intl.DisplayNames(['en'], { type: 'region' });
const countryName = (code: string) => names.of(code) ?? code;
const mf4dw = programme('mf4dw').countries ?? [];
const chart = { idPrefix: 'map', title: 'Where MF4DW worked', description: 'Thirteen countries.' };

/** Every point of an SVG path, absolute. */
const points = (path: string) => pathRings(path).flat();

describe('countries of the atlas by ISO code', () => {
  it('finds all thirteen MF4DW countries, and Indonesia and Rwanda', () => {
    const codes = ['BF', 'KH', 'HN', 'IN', 'KG', 'ML', 'NG', 'PK', 'PE', 'PH', 'TJ', 'UG', 'VN', 'ID', 'RW'];
    expect([...mf4dw].sort()).toEqual(codes.slice(0, 13).sort());
    for (const code of codes) expect(countryFeature(code)?.properties.name, code).toBeDefined();
    expect(countryFeature('VN')!.properties.name).toBe('Vietnam');
    expect(countryFeature('KG')!.properties.name).toBe('Kyrgyzstan');
  });

  it('matches atlas features by ISO numeric code, whatever name the atlas gives', () => {
    const expected: Record<string, string> = {
      CD: 'Dem. Rep. Congo',
      CG: 'Congo',
      TR: 'Turkey',
      MK: 'Macedonia',
      US: 'United States of America',
      BA: 'Bosnia and Herz.',
      CI: "Côte d'Ivoire",
      SZ: 'eSwatini',
      SS: 'S. Sudan',
      GN: 'Guinea',
      NE: 'Niger',
    };
    for (const [code, name] of Object.entries(expected)) expect(countryFeature(code)?.properties.name, code).toBe(name);
  });

  it('finds nothing for a country the atlas cannot draw, or a code that is not a country', () => {
    expect(countryFeature('MU')).toBeUndefined(); // Mauritius is too small for the 1:110m atlas
    for (const code of ['XK', 'UK', 'ZZ']) expect(countryFeature(code), code).toBeUndefined();
  });
});

describe('world map layout', () => {
  for (const width of [960, 760, 320]) {
    it(`fits the projected world inside ${width} px and its height`, () => {
      const layout = worldMapLayout({ width, highlighted: mf4dw, countryName });
      const all = [layout.land, ...layout.countries.map((c) => c.path)].flatMap(points);
      expect(all.length).toBeGreaterThan(1000);
      expect(Math.min(...all.map(([x]) => x))).toBeGreaterThanOrEqual(0);
      expect(Math.max(...all.map(([x]) => x))).toBeLessThanOrEqual(width);
      expect(Math.min(...all.map(([, y]) => y))).toBeGreaterThanOrEqual(0);
      expect(Math.max(...all.map(([, y]) => y))).toBeLessThanOrEqual(layout.height);
      // Equal Earth without Antarctica is about twice as wide as it is high.
      expect(layout.height / width).toBeGreaterThan(0.4);
      expect(layout.height / width).toBeLessThan(0.55);
    });
  }

  it('draws every highlighted country, with a dot where it is too small to see', () => {
    const layout = worldMapLayout({ width: 760, highlighted: [...mf4dw, 'RW', 'MU'], countryName });
    expect(layout.countries.map((c) => c.code)).toEqual([...mf4dw, 'RW']);
    expect(layout.countries.every((c) => c.path.length > 20)).toBe(true);
    expect(layout.countries.find((c) => c.code === 'RW')!.dot).toBeDefined();
    expect(layout.countries.find((c) => c.code === 'IN')!.dot).toBeUndefined();
    expect(layout.missing).toEqual(['MU']);
  });
});

describe('world map SVG and table', () => {
  it('links each highlighted country to its page and names it', () => {
    const svg = parseXml(
      worldMapSvg({
        ...chart,
        width: 760,
        highlighted: ['TJ', 'PE'],
        countryName,
        href: (code) => `/countries/${code.toLowerCase()}/`,
      }),
    );
    const links = descendants(svg).filter((e) => e.name === 'a');
    expect(links.map((a) => a.attributes.href)).toEqual(['/countries/tj/', '/countries/pe/']);
    expect(links.map((a) => a.children[0]!.name === 'title' && a.children[0]!.text)).toEqual(['Tajikistan', 'Peru']);
  });

  it('draws no link without an href', () => {
    const svg = parseXml(worldMapSvg({ ...chart, width: 760, highlighted: ['TJ'], countryName }));
    expect(descendants(svg).some((e) => e.name === 'a')).toBe(false);
    expect(
      descendants(svg)
        .filter((e) => e.name === 'title')
        .map((t) => t.text),
    ).toEqual(['Where MF4DW worked', 'Tajikistan']);
  });

  it('lists every country in the table, even one the atlas cannot draw', () => {
    expect(worldMapTable(['TJ', 'MU'], { header: ['Country'], countryName })).toEqual({
      header: ['Country'],
      rows: [['Tajikistan'], ['Mauritius']],
    });
  });
});
