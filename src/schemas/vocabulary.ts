/**
 * The technical vocabularies of the content model, fixed in code. Each is a list of ids; the
 * words a reader sees for them live in the interface dictionary (`src/i18n/`), so that a
 * translation never touches the schema. The vocabularies an adopter changes (challenges,
 * outcome domains, innovation types) are content: see ./taxonomy.ts.
 */

/**
 * Whether a result moved the outcome the way the innovation intended. `inconclusive` is for
 * findings the source itself calls inconclusive, which are neither "no effect" nor "mixed".
 */
export const directions = ['positive', 'negative', 'none', 'mixed', 'inconclusive'] as const;
export type Direction = (typeof directions)[number];

/** Whether a result has a finding: measured, not measured by the study, or not in the sources. */
export const resultStatuses = ['measured', 'not-measured', 'not-reported'] as const;
export type ResultStatus = (typeof resultStatuses)[number];

export const significances = ['significant', 'not-significant', 'not-reported'] as const;
export type Significance = (typeof significances)[number];

/** Impact-evaluation methods, named as evaluation reports name them. */
export const evaluationMethods = [
  'randomised-controlled-trial',
  'difference-in-differences',
  'matching',
  'regression',
  'before-after',
  'qualitative',
] as const;
export type EvaluationMethod = (typeof evaluationMethods)[number];

export const regions = [
  'africa',
  'central-asia',
  'east-asia',
  'south-asia',
  'south-east-asia',
  'middle-east-north-africa',
  'europe',
  'latin-america-caribbean',
  'north-america',
  'oceania',
] as const;
export type Region = (typeof regions)[number];

/** Units an effect size can be reported in; each has its own number format. */
export const effectUnits = [
  'percent',
  'percentage-points',
  'usd',
  'usd-per-month',
  'minutes-per-day',
  'hours-per-week',
] as const;
export type EffectUnit = (typeof effectUnits)[number];

/** How a source qualifies a number ("almost 7%", "more than 42,500"). */
export const approximations = ['about', 'almost', 'more-than', 'less-than'] as const;
export type Approximation = (typeof approximations)[number];

export const studyGroupRoles = ['treatment', 'comparison'] as const;
export type StudyGroupRole = (typeof studyGroupRoles)[number];

/** The steps of a results chain, in causal order. */
export const resultsChainSteps = ['inputs', 'activities', 'outputs', 'outcomes', 'impact'] as const;
export type ResultsChainStep = (typeof resultsChainSteps)[number];

/** Interface languages the dictionary has (or will have) words for. */
export const languages = ['en'] as const;
export type Language = (typeof languages)[number];

/** Kinds of document a source can be; each maps to a CSL item type (src/lib/citation.ts). */
export const sourceTypes = ['journal-article', 'working-paper', 'report', 'factsheet', 'web-page', 'dataset'] as const;
export type SourceType = (typeof sourceTypes)[number];
