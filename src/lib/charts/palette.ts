/**
 * The colours of every chart. Text colours reach WCAG AA (4.5:1) on white; mark colours reach
 * the 3:1 that non-text graphics need. Colour is never the only cue: shapes, fills and dashes
 * carry every distinction, so the charts read the same printed in black and white.
 */

export const palette = {
  /** Body text and the strongest lines. */
  ink: '#1f2328',
  /** Secondary text: groups, captions, tick labels, "not reported". */
  muted: '#57606a',
  /** Axes, box outlines, arrows. */
  rule: '#6e7781',
  /** Grid lines and tracks: context only, deliberately faint. */
  grid: '#d0d7de',
  /** Box and band backgrounds behind ink text. */
  wash: '#f2f4f6',
  background: '#ffffff',
  /** The one accent: highlighted countries, timeline phases, proportion bars. */
  accent: '#0b5f95',
  /** Land that is not highlighted. */
  land: '#dfe3e8',
} as const;

/** One hue per result direction; the marker's shape says the same, for print and colour blindness. */
export const directionColours = {
  positive: '#0b5f95',
  negative: '#b23c17',
  none: '#57606a',
  mixed: '#7a3e9d',
  inconclusive: '#7d5c00',
  'not-reported': '#57606a',
  'not-measured': '#6e7781',
} as const;
