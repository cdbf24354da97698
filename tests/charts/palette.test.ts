import { describe, expect, it } from 'vitest';
import * as colourModule from '../../src/lib/charts/palette.ts';
import { judgementColours, palette } from '../../src/lib/charts/palette.ts';

/** WCAG 2 contrast ratio of two sRGB colours written #rrggbb. */
function contrast(a: string, b: string): number {
  const luminance = (hex: string) => {
    const [r, g, b] = [1, 3, 5].map((i) => {
      const channel = parseInt(hex.slice(i, i + 2), 16) / 255;
      return channel <= 0.03928 ? channel / 12.92 : ((channel + 0.055) / 1.055) ** 2.4;
    });
    return 0.2126 * r! + 0.7152 * g! + 0.0722 * b!;
  };
  const [light, dark] = [luminance(a), luminance(b)].sort((x, y) => y - x);
  return (light! + 0.05) / (dark! + 0.05);
}

describe('chart colours', () => {
  it('computes contrast as WCAG does', () => {
    expect(contrast('#000000', '#ffffff')).toBeCloseTo(21);
    expect(contrast('#767676', '#ffffff')).toBeCloseTo(4.54, 2);
  });

  // Every colour the module exports, in any of its maps, named "map.entry": a colour added later
  // (a new map included) is checked without anyone remembering to list it here.
  const everyColour = Object.entries(colourModule).flatMap(([map, value]) =>
    typeof value === 'object' && value !== null
      ? Object.entries(value as Record<string, unknown>)
          .filter((entry): entry is [string, string] => typeof entry[1] === 'string')
          .map(([entry, colour]) => [`${map}.${entry}`, colour] as const)
      : [],
  );
  /** What marks and labels are drawn on: the page and the boxes' wash. */
  const surfaces = { background: palette.background, wash: palette.wash };
  /** Not marks: the surfaces themselves, land (checked against the accent below) and the faint grid, which carries no information (WCAG 1.4.11 exempts it). */
  const notMarks = new Set(['palette.background', 'palette.wash', 'palette.land', 'palette.grid']);
  /** Colours of text: 4.5:1, not 3:1. */
  const textColours = new Set(['palette.ink', 'palette.muted']);

  it('finds every colour of the module, each written #rrggbb', () => {
    expect(everyColour.length).toBeGreaterThanOrEqual(Object.keys(palette).length + Object.keys(judgementColours).length);
    expect(everyColour.filter(([, colour]) => !/^#[0-9a-f]{6}$/i.test(colour))).toEqual([]);
  });

  it('gives text at least 4.5:1 and every other mark and label at least 3:1, on white and on the wash', () => {
    const failing = everyColour.flatMap(([name, colour]) => {
      if (notMarks.has(name)) return [];
      const needed = textColours.has(name) ? 4.5 : 3;
      return Object.entries(surfaces)
        .map(([surface, behind]) => ({ name, surface, ratio: Math.round(contrast(colour, behind) * 100) / 100, needed }))
        .filter((check) => check.ratio < needed);
    });
    expect(failing).toEqual([]);
  });

  it('fails a colour too light for a mark', () => {
    expect(contrast('#a0a8b0', palette.background)).toBeLessThan(3);
  });

  it('sets highlighted countries apart from the other land by 3:1', () => {
    expect(contrast(palette.accent, palette.land)).toBeGreaterThanOrEqual(3);
  });
});
