import type { Translate } from '../i18n/index.ts';
import { significanceFromP, significanceLevel, type Result } from '../schemas/result.ts';
import type { Significance } from '../schemas/vocabulary.ts';

/**
 * What the page says about a result's significance, derived from the p-value where the source
 * gives one (so that no star or word is ever typed by hand), otherwise as the source states it.
 */
export interface SignificanceView {
  significance: Significance | undefined;
  /** The p threshold met, as a percentage (1, 5 or 10), where a p-value gives one. */
  levelPct: number | undefined;
  /** The conventional stars: *** at 1%, ** at 5%, * at 10%. */
  stars: string;
}

export function resultSignificance(result: Pick<Result, 'significance' | 'effect'>): SignificanceView {
  const p = result.effect?.p_value;
  const level = p && significanceLevel(p);
  const significance = (p && significanceFromP(p)) ?? result.significance;
  const stars = level === 0.01 ? '***' : level === 0.05 ? '**' : level === 0.1 ? '*' : '';
  return { significance, levelPct: level === undefined ? undefined : Math.round(level * 100), stars };
}

export function significanceWords(view: SignificanceView, t: Translate): string | undefined {
  if (view.levelPct !== undefined) return t('result.significantAt', { level: view.levelPct });
  return view.significance && t(`significance.${view.significance}`);
}

/** "fell; favourable; significant at 5%": the three facts of a measured result, in words. */
export function resultSummary(
  result: Pick<Result, 'status' | 'change' | 'judgement' | 'significance' | 'effect'>,
  t: Translate,
): string {
  if (result.status !== 'measured') return t(`status.${result.status}`);
  const significance = significanceWords(resultSignificance(result), t) ?? t('significance.not-reported');
  return t('result.summary', {
    change: t(`change.${result.change!}`),
    judgement: t(`judgement.${result.judgement!}`),
    significance,
  });
}
