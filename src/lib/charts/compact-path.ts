import type { GeoContext } from 'd3';

/**
 * SVG path data for map outlines in few bytes: each point is rounded to `digits` decimals and
 * written as the step from the point before (relative `m` and implicit `l`), since neighbouring
 * points of a coastline differ in their last digits only. The world map is most of the home and
 * programme pages' HTML; written this way its outlines take half the bytes of d3's absolute
 * two-decimal path, and look the same (a tenth of a unit is a tenth of a pixel at 760 px wide).
 *
 * The rounding is of the absolute points, so the steps add up to the rounded point exactly and
 * errors never accumulate along a long coastline. A path starts with an absolute move, so the
 * paths of several features can be joined into one.
 */

/** A context for d3's geoPath that writes compact path data. */
export interface CompactPathContext extends GeoContext {
  /** The path data written since the last call, and a fresh start for the next path. */
  result(): string;
}

export function compactPathContext(digits = 1): CompactPathContext {
  const scale = 10 ** digits;
  let data = '';
  // The current point and the start of the current ring, in units of 10^-digits.
  let x = 0;
  let y = 0;
  let startX = 0;
  let startY = 0;
  // After a path's opening absolute move, pairs would be absolute lines: the first step says "l".
  let openedAbsolute = false;

  const number = (units: number) => {
    const fixed = (units / scale).toFixed(digits);
    const text = digits > 0 ? fixed.replace(/\.?0+$/, '') : fixed;
    // ".5" not "0.5", "-.5" not "-0.5", and "0" not "-0" or "".
    return (text === '-0' || text === '' ? '0' : text).replace(/^(-?)0\./, '$1.');
  };
  /** A step, separated from what came before: a minus sign separates by itself. */
  const step = (dx: number, dy: number) => {
    const a = number(dx);
    const b = number(dy);
    const separate = (value: string) => (value.startsWith('-') || !/[\d.]$/.test(data) ? value : ` ${value}`);
    data += separate(a);
    data += b.startsWith('-') ? b : `,${b}`;
  };

  return {
    moveTo(px, py) {
      const nx = Math.round(px * scale);
      const ny = Math.round(py * scale);
      openedAbsolute = data === '';
      data += openedAbsolute ? 'M' : 'm';
      step(nx - x, ny - y);
      x = startX = nx;
      y = startY = ny;
    },
    lineTo(px, py) {
      const nx = Math.round(px * scale);
      const ny = Math.round(py * scale);
      // A point that rounds onto the one before it draws nothing.
      if (nx === x && ny === y) return;
      if (openedAbsolute) data += 'l';
      openedAbsolute = false;
      step(nx - x, ny - y);
      x = nx;
      y = ny;
    },
    closePath() {
      openedAbsolute = false;
      data += 'z';
      x = startX;
      y = startY;
    },
    beginPath() {},
    // d3 draws circles for point geometries with arcs; an atlas of countries has none.
    arc() {
      throw new Error('compactPathContext draws outlines only: a map geometry with a point in it needs geoPath without it');
    },
    result() {
      const written = data;
      data = '';
      x = y = startX = startY = 0;
      openedAbsolute = false;
      return written;
    },
  };
}
