import { geoEqualEarth, geoPath, type GeoPath } from 'd3';
import type { FeatureCollection, Geometry } from 'geojson';
import { compactPathContext } from './compact-path.ts';
import { palette } from './palette.ts';
import { el, group, svgDocument, text, type ChartText, type Markup } from './svg.ts';
import type { DataTable } from './table.ts';
import { countryFeature, worldCountries, type CountryFeature } from './world-countries.ts';

export interface WorldMapOptions {
  width: number;
  /** ISO 3166-1 alpha-2 codes of the countries to highlight. */
  highlighted: readonly string[];
  /** The country's name in the page's language, for its tooltip and the table. */
  countryName: (code: string) => string;
  /** Where a highlighted country links to (its listing page); no link when undefined. */
  href?: ((code: string) => string | undefined) | undefined;
}

export interface MapCountry {
  code: string;
  name: string;
  path: string;
  href: string | undefined;
  /**
   * A dot on countries too small to see at this scale (Rwanda, at most widths), so that every
   * highlighted country is visible and can be clicked.
   */
  dot: { x: number; y: number; r: number } | undefined;
}

export interface WorldMapLayout {
  width: number;
  height: number;
  /** Outline of all land that is not highlighted, as one path. */
  land: string;
  countries: MapCountry[];
  /** Highlighted codes the atlas has no shape for: still listed in the table. */
  missing: string[];
}

/** Antarctica carries no microfinance and would take a fifth of the height. */
const mappedLand: FeatureCollection<Geometry, { name: string }> = {
  type: 'FeatureCollection',
  features: worldCountries.features.filter((country) => country.properties.name !== 'Antarctica'),
};

const smallArea = 40;
const padding = 2;

/** The land projected at one width, and each country's outline: the same at every call, so made once per width. */
interface ProjectedLand {
  measure: GeoPath;
  bottom: number;
  outline(feature: CountryFeature): string;
}

const projectedLand = new Map<number, ProjectedLand>();

function projectLand(width: number): ProjectedLand {
  const known = projectedLand.get(width);
  if (known) return known;
  const projection = geoEqualEarth().fitWidth(width - 2 * padding, mappedLand);
  projection.translate([projection.translate()[0] + padding, projection.translate()[1] + padding]);
  // Measures in full precision; draws the outlines in compact path data.
  const measure = geoPath(projection);
  const context = compactPathContext(1);
  const draw = geoPath(projection, context);
  const [, [, bottom]] = measure.bounds(mappedLand);
  const outlines = new Map<CountryFeature, string>();
  const outline = (feature: CountryFeature) => {
    let made = outlines.get(feature);
    if (made === undefined) {
      draw(feature);
      made = context.result();
      outlines.set(feature, made);
    }
    return made;
  };
  const land = { measure, bottom, outline };
  projectedLand.set(width, land);
  return land;
}

export function worldMapLayout(options: WorldMapOptions): WorldMapLayout {
  const { width } = options;
  const { measure, bottom, outline } = projectLand(width);

  const resolved = options.highlighted.map((code) => ({ code, feature: countryFeature(code) }));
  const highlightedFeatures = new Set(resolved.map((r) => r.feature));
  // Each outline starts with an absolute move, so the land is the countries' own outlines one after another.
  const land = mappedLand.features
    .filter((f) => !highlightedFeatures.has(f))
    .map(outline)
    .join('');

  const countries = resolved.flatMap(({ code, feature }): MapCountry[] => {
    if (!feature) return [];
    const [x, y] = measure.centroid(feature);
    return [
      {
        code,
        name: options.countryName(code),
        path: outline(feature),
        href: options.href?.(code),
        dot: measure.area(feature) < smallArea ? { x, y, r: 3.5 } : undefined,
      },
    ];
  });
  return {
    width,
    height: Math.ceil(bottom + padding),
    land,
    countries,
    missing: resolved.filter((r) => !r.feature).map((r) => r.code),
  };
}

function countrySvg(country: MapCountry): Markup {
  const shapes = [
    el('title', {}, text(country.name)),
    el('path', { d: country.path, fill: palette.accent, stroke: palette.background, 'stroke-width': 0.5 }),
    ...(country.dot
      ? [
          el('circle', {
            cx: country.dot.x,
            cy: country.dot.y,
            r: country.dot.r,
            fill: palette.accent,
            stroke: palette.background,
            'stroke-width': 1,
          }),
        ]
      : []),
  ];
  const attributes = { class: `map-country map-${country.code.toLowerCase()}` };
  return country.href ? el('a', { href: country.href, ...attributes }, ...shapes) : group(attributes, shapes);
}

export function worldMapSvg(options: WorldMapOptions & ChartText): string {
  const layout = worldMapLayout(options);
  const interactive = layout.countries.some((country) => country.href !== undefined);
  return svgDocument({ ...options, width: layout.width, height: layout.height, className: 'chart-world-map', interactive }, [
    el('path', { d: layout.land, fill: palette.land, stroke: palette.background, 'stroke-width': 0.5, class: 'map-land' }),
    ...layout.countries.map(countrySvg),
  ]);
}

export function worldMapTable(
  codes: readonly string[],
  labels: { header: [country: string]; countryName: (code: string) => string },
): DataTable {
  return { header: [...labels.header], rows: codes.map((code) => [labels.countryName(code)]) };
}
