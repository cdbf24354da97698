import { describe, expect, it } from 'vitest';
import { judgementColours, statusColour, palette } from '../../src/lib/charts/palette.ts';

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

  it('gives text at least 4.5:1 on white and on the box wash', () => {
    for (const colour of [palette.ink, palette.muted]) {
      expect(contrast(colour, palette.background)).toBeGreaterThanOrEqual(4.5);
      expect(contrast(colour, palette.wash)).toBeGreaterThanOrEqual(4.5);
    }
  });

  it('gives marks, outlines and the accent at least 3:1 on white', () => {
    for (const colour of [palette.rule, palette.accent, ...Object.values(judgementColours), statusColour]) {
      expect(contrast(colour, palette.background), colour).toBeGreaterThanOrEqual(3);
    }
  });

  it('sets highlighted countries apart from the other land by 3:1', () => {
    expect(contrast(palette.accent, palette.land)).toBeGreaterThanOrEqual(3);
  });
});
