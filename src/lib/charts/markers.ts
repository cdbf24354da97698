import { symbol, symbolCircle, symbolDiamond, symbolSquare, symbolTimes, symbolTriangle, type SymbolType } from 'd3';
import { directions, type Direction, type ResultStatus, type Significance } from '../../schemas/vocabulary.ts';
import { directionColours, palette } from './palette.ts';
import { el, round, type Markup } from './svg.ts';

/**
 * How a result is marked. Shape says the direction (so it survives greyscale print and colour
 * blindness); fill says the significance: solid when significant, a light tint when the source
 * does not say, hollow when not significant. Results without a finding get their own marks: a
 * cross when the study did not measure the outcome, a dashed ring when the sources do not report
 * what it found.
 */
export type MarkerKind = Direction | Exclude<ResultStatus, 'measured'>;
export type MarkerFill = 'solid' | 'tint' | 'hollow';

export const markerKinds: readonly MarkerKind[] = [...directions, 'not-reported', 'not-measured'];

export const markerFills: readonly MarkerFill[] = ['solid', 'tint', 'hollow'];

/** A measured result has a direction (the schema requires it); the others are marked by status. */
export function markerKind(result: { outcome: string; status: ResultStatus; direction?: Direction | undefined }): MarkerKind {
  if (result.status !== 'measured') return result.status;
  if (result.direction === undefined) throw new Error(`the measured result "${result.outcome}" has no direction`);
  return result.direction;
}

export function markerFill(significance: Significance | undefined): MarkerFill {
  if (significance === 'significant') return 'solid';
  if (significance === 'not-significant') return 'hollow';
  return 'tint';
}

interface Shape {
  type: SymbolType;
  /** Symbol area in px², tuned so that the shapes look the same size. */
  area: number;
  rotate: number;
}

const shapes: Record<MarkerKind, Shape> = {
  positive: { type: symbolTriangle, area: 130, rotate: 0 },
  negative: { type: symbolTriangle, area: 130, rotate: 180 },
  none: { type: symbolCircle, area: 125, rotate: 0 },
  mixed: { type: symbolDiamond, area: 110, rotate: 0 },
  inconclusive: { type: symbolSquare, area: 95, rotate: 0 },
  'not-reported': { type: symbolCircle, area: 125, rotate: 0 },
  'not-measured': { type: symbolTimes, area: 90, rotate: 0 },
};

/** The marker's outline, centred on the origin (place it with a transform). */
export function markerPath(kind: MarkerKind): string {
  const shape = shapes[kind];
  return symbol(shape.type, shape.area)() ?? '';
}

export function markerTransform(kind: MarkerKind, x: number, y: number): string {
  const rotate = shapes[kind].rotate;
  return `translate(${round(x)},${round(y)})${rotate ? ` rotate(${rotate})` : ''}`;
}

/** A placed marker. */
export interface Marker {
  kind: MarkerKind;
  fill: MarkerFill;
  x: number;
  y: number;
}

export function markerSvg(marker: Marker): Markup {
  const colour = directionColours[marker.kind];
  const common = { d: markerPath(marker.kind), transform: markerTransform(marker.kind, marker.x, marker.y), class: `marker marker-${marker.kind} marker-${marker.fill}` };
  if (marker.kind === 'not-measured') {
    return el('path', { ...common, fill: 'none', stroke: colour, 'stroke-width': 2 });
  }
  // A result the sources do not report is drawn dashed, so that it never passes for "no effect".
  const dash = marker.kind === 'not-reported' ? '2.5 2' : undefined;
  const fill = marker.fill === 'hollow' ? palette.background : colour;
  const opacity = marker.fill === 'tint' ? 0.3 : undefined;
  return el('path', { ...common, fill, 'fill-opacity': opacity, stroke: colour, 'stroke-width': 1.5, 'stroke-dasharray': dash });
}
