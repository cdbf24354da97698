import { symbol, symbolCircle, symbolDiamond, symbolSquare, symbolTimes, symbolTriangle, type SymbolType } from 'd3';
import {
  changes,
  judgements,
  type Change,
  type Judgement,
  type ResultStatus,
  type Significance,
} from '../../schemas/vocabulary.ts';
import { judgementColours, palette, statusColour } from './palette.ts';
import { el, round, type Markup } from './svg.ts';

/**
 * How a result is marked, with its two facts kept apart. Shape says what the outcome did (an
 * upward triangle for "rose", downward for "fell", ...), so it survives greyscale print and
 * colour blindness; colour says how the source judges it for clients; fill says the
 * significance: solid when significant, a light tint when the source does not say, hollow when
 * not significant. Results without a finding get their own marks: a cross when the study did
 * not measure the outcome, a dashed ring when the sources do not report what it found.
 */
export type MarkerKind = Change | Exclude<ResultStatus, 'measured'>;
export type MarkerFill = 'solid' | 'tint' | 'hollow';
/** The judgement colour, or `status` for a result without a finding. */
export type MarkerTone = Judgement | 'status';

export const markerKinds: readonly MarkerKind[] = [...changes, 'not-reported', 'not-measured'];

export const markerFills: readonly MarkerFill[] = ['solid', 'tint', 'hollow'];

export const markerTones: readonly MarkerTone[] = [...judgements, 'status'];

type Marked = { outcome: string; status: ResultStatus; change?: Change | undefined; judgement?: Judgement | undefined };

/** A measured result has a change (the schema requires it); the others are marked by status. */
export function markerKind(result: Marked): MarkerKind {
  if (result.status !== 'measured') return result.status;
  if (result.change === undefined) throw new Error(`the measured result "${result.outcome}" has no change`);
  return result.change;
}

export function markerTone(result: Marked): MarkerTone {
  if (result.status !== 'measured') return 'status';
  if (result.judgement === undefined) throw new Error(`the measured result "${result.outcome}" has no judgement`);
  return result.judgement;
}

export function markerFill(significance: Significance | undefined): MarkerFill {
  if (significance === 'significant') return 'solid';
  if (significance === 'not-significant') return 'hollow';
  return 'tint';
}

export function toneColour(tone: MarkerTone): string {
  return tone === 'status' ? statusColour : judgementColours[tone];
}

interface Shape {
  type: SymbolType;
  /** Symbol area in px², tuned so that the shapes look the same size. */
  area: number;
  rotate: number;
}

const shapes: Record<MarkerKind, Shape> = {
  rose: { type: symbolTriangle, area: 130, rotate: 0 },
  fell: { type: symbolTriangle, area: 130, rotate: 180 },
  'no-change': { type: symbolCircle, area: 125, rotate: 0 },
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
  tone: MarkerTone;
  fill: MarkerFill;
  x: number;
  y: number;
}

export function markerSvg(marker: Marker): Markup {
  const colour = toneColour(marker.tone);
  const common = {
    d: markerPath(marker.kind),
    transform: markerTransform(marker.kind, marker.x, marker.y),
    class: `marker marker-${marker.kind} marker-${marker.tone} marker-${marker.fill}`,
  };
  if (marker.kind === 'not-measured') {
    return el('path', { ...common, fill: 'none', stroke: colour, 'stroke-width': 2 });
  }
  // A result the sources do not report is drawn dashed, so that it never passes for "no effect".
  const dash = marker.kind === 'not-reported' ? '2.5 2' : undefined;
  const fill = marker.fill === 'hollow' ? palette.background : colour;
  const opacity = marker.fill === 'tint' ? 0.3 : undefined;
  return el('path', { ...common, fill, 'fill-opacity': opacity, stroke: colour, 'stroke-width': 1.5, 'stroke-dasharray': dash });
}
