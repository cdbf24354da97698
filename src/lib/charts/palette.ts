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

/**
 * One hue per judgement (how the source judges a result for clients). The marker's shape says
 * what the outcome did and its fill the significance; the judgement is also in every label and
 * table, so colour is never the only cue.
 */
export const judgementColours = {
  favourable: '#0b5f95',
  unfavourable: '#b23c17',
  neither: '#7a3e9d',
  'not-stated': '#57606a',
} as const;

/** Results without a finding (not measured, not reported) are drawn in a neutral grey. */
export const statusColour = '#6e7781';
