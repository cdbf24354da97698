import { geoEqualEarth, geoPath } from 'd3';
import { describe, expect, it } from 'vitest';
import { compactPathContext } from '../../src/lib/charts/compact-path.ts';
import { worldCountries } from '../../src/lib/charts/world-countries.ts';
import { pathRings } from './path-data.ts';

const draw = (steps: (context: ReturnType<typeof compactPathContext>) => void, digits = 1) => {
  const context = compactPathContext(digits);
  steps(context);
  return context.result();
};

describe('compact path data', () => {
  it('writes relative steps, rounded, with the fewest separators', () => {
    const data = draw((c) => {
      c.moveTo(10.04, 20);
      c.lineTo(10.54, 19.5);
      c.lineTo(12, 19.5);
      c.lineTo(12, 21.25);
      c.closePath();
    });
    expect(data).toBe('M10,20l.5-.5 1.5,0 0,1.8z');
    expect(pathRings(data)).toEqual([
      [
        [10, 20],
        [10.5, 19.5],
        [12, 19.5],
        [12, 21.3],
      ],
    ]);
  });

  it('starts the next ring from where the last one closed, as SVG does', () => {
    const data = draw((c) => {
      c.moveTo(5, 5);
      c.lineTo(7, 5);
      c.lineTo(7, 9);
      c.closePath();
      c.moveTo(6, 4);
      c.lineTo(6.5, 4);
      c.closePath();
    });
    expect(data).toBe('M5,5l2,0 0,4zm1-1 .5,0z');
    expect(pathRings(data)[1]).toEqual([
      [6, 4],
      [6.5, 4],
    ]);
  });

  it('drops a point that rounds onto the point before it', () => {
    const data = draw((c) => {
      c.moveTo(1, 1);
      c.lineTo(1.02, 1.01);
      c.lineTo(2, 1);
    });
    expect(data).toBe('M1,1l1,0');
  });

  it('writes whole numbers at no decimals', () => {
    const data = draw((c) => {
      c.moveTo(10, 20);
      c.lineTo(110.4, 19.6);
    }, 0);
    expect(data).toBe('M10,20l100,0');
  });

  it('writes a fresh path after each result', () => {
    const context = compactPathContext(1);
    context.moveTo(3, 4);
    expect(context.result()).toBe('M3,4');
    context.moveTo(3, 4);
    expect(context.result()).toBe('M3,4');
  });

  it('starts each path with an absolute move, so that joined paths draw what each draws alone', () => {
    const first = draw((c) => {
      c.moveTo(10, 20);
      c.lineTo(12, 20);
      c.closePath();
    });
    const second = draw((c) => {
      c.moveTo(40, 5);
      c.lineTo(41, 6);
    });
    expect(pathRings(first + second)).toEqual([...pathRings(first), ...pathRings(second)]);
    expect(pathRings(first + second)).toEqual([
      [
        [10, 20],
        [12, 20],
      ],
      [
        [40, 5],
        [41, 6],
      ],
    ]);
  });

  it('draws the world within rounding of d3’s own path, in about half the characters', () => {
    const projection = geoEqualEarth().fitWidth(760, worldCountries);
    const exact = geoPath(projection)(worldCountries)!;
    const context = compactPathContext(1);
    geoPath(projection, context)(worldCountries);
    const compact = context.result();
    expect(compact.length).toBeLessThan(exact.length * 0.6);

    const exactRings = pathRings(exact);
    const compactRings = pathRings(compact);
    expect(compactRings.length).toBe(exactRings.length);
    compactRings.forEach((ring, r) => {
      // Every compact point is an exact point rounded, in order (points that rounded together are one).
      const exactRing = exactRings[r]!;
      let e = 0;
      for (const [x, y] of ring) {
        while (e < exactRing.length && Math.hypot(exactRing[e]![0] - x, exactRing[e]![1] - y) > 0.08) e++;
        expect(e, `ring ${r}: point ${x},${y} is no rounded point of d3's path`).toBeLessThan(exactRing.length);
      }
    });
  });
});
