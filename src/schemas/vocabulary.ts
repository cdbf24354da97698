/**
 * The technical vocabularies of the content model, fixed in code. Each is a list of ids; the
 * words a reader sees for them live in the interface dictionary (`src/i18n/`), so that a
 * translation never touches the schema. The vocabularies an adopter changes (challenges,
 * outcome domains, innovation types) are content: see ./taxonomy.ts.
 */

/**
 * What the outcome did, as measured: the first of a result's two facts. `inconclusive` is for
 * findings the source calls inconclusive or whose direction it does not give ("small effects"),
 * which are neither "no change" nor "mixed".
 */
export const changes = ['rose', 'fell', 'no-change', 'mixed', 'inconclusive'] as const;
export type Change = (typeof changes)[number];

/**
 * How the source judges the change for clients: the second fact, never inferred from the first
 * (a fall in debt and a fall in income are both "fell"). `not-stated` where the source does not
 * say.
 */
export const judgements = ['favourable', 'unfavourable', 'neither', 'not-stated'] as const;
export type Judgement = (typeof judgements)[number];

/** Whether a result has a finding: measured, not measured by the study, or not in the sources. */
export const resultStatuses = ['measured', 'not-measured', 'not-reported'] as const;
export type ResultStatus = (typeof resultStatuses)[number];

/**
 * Whether the source reports the effect as statistically significant. Where it gives a p-value
 * or threshold, the significance (and its level) is derived from that instead of typed.
 */
export const significances = ['significant', 'not-significant', 'not-reported'] as const;
export type Significance = (typeof significances)[number];

/** The conventional levels a significance is stated at, strictest first, as p thresholds. */
export const significanceLevels = [0.01, 0.05, 0.1] as const;

/** Impact-evaluation methods, named as evaluation reports name them. */
export const evaluationMethods = [
  'randomised',
  'difference-in-differences',
  'matching',
  'regression-discontinuity',
  'regression',
  'before-after',
  'qualitative',
  'mixed-methods',
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

/**
 * Units an effect size can be reported in. `percent` is a relative change, `percentage-points`
 * an absolute change of a share; `currency` needs an ISO 4217 code, and a rate (a sum a month,
 * minutes a day) names its period with `per`.
 */
export const effectUnits = [
  'percent',
  'percentage-points',
  'standard-deviations',
  'currency',
  'count',
  'minutes',
  'hours',
  'days',
  'weeks',
  'months',
  'years',
] as const;
export type EffectUnit = (typeof effectUnits)[number];

/** The period of a rate: "USD 37 a month", "73 minutes a day". */
export const ratePeriods = ['day', 'week', 'month', 'year'] as const;
export type RatePeriod = (typeof ratePeriods)[number];

/** ISO 4217 currency codes, as the runtime's `Intl` knows them. */
export const currencyCodes = Intl.supportedValuesOf('currency') as readonly string[];

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
