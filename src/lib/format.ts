import type { Translate } from '../i18n/index.ts';
import type { StatedNumber } from '../schemas/primitives.ts';
import type { Effect } from '../schemas/result.ts';

/** Number and date formats for one interface language, built on `Intl`. */
export interface Formatters {
  number(value: number): string;
  percent(value: number): string;
  usd(value: number): string;
  /** A sum in an ISO 4217 currency, written with its code: "NGN 13 billion". */
  money(value: number, currency: string): string;
  stated(value: StatedNumber, format?: (n: number) => string): string;
  country(code: string): string;
  partialDate(date: string): string;
  period(period: { start: string; end?: string | undefined }): string;
  effect(effect: Effect): string;
}

export function formatters(language: string, t: Translate): Formatters {
  const numberFormat = new Intl.NumberFormat(language, { maximumFractionDigits: 2 });
  const signedFormat = new Intl.NumberFormat(language, { maximumFractionDigits: 2, signDisplay: 'exceptZero' });
  const compactFormat = new Intl.NumberFormat(language, { notation: 'compact', compactDisplay: 'long', maximumFractionDigits: 1 });
  const regionNames = new Intl.DisplayNames([language], { type: 'region' });
  const monthFormat = new Intl.DateTimeFormat(language, { year: 'numeric', month: 'long', timeZone: 'UTC' });
  const dayFormat = new Intl.DateTimeFormat(language, { year: 'numeric', month: 'long', day: 'numeric', timeZone: 'UTC' });

  const number = (value: number) => numberFormat.format(value);
  // Sums of a million or more read best in words ("USD 45.2 million"), smaller ones in full.
  const money = (value: number, currency: string) =>
    t('unit.money', { currency, value: Math.abs(value) >= 1e6 ? compactFormat.format(value) : number(value) });
  const usd = (value: number) => money(value, 'USD');
  const percent = (value: number) => t('unit.percent', { value: number(value) });
  const stated = (value: StatedNumber, format: (n: number) => string = number) =>
    value.approximation ? t(`approx.${value.approximation}`, { value: format(value.value) }) : format(value.value);

  const partialDate = (date: string) => {
    const [year, month, day] = date.split('-');
    if (!month) return year!;
    const utc = new Date(Date.UTC(Number(year), Number(month) - 1, Number(day ?? 1)));
    return (day ? dayFormat : monthFormat).format(utc);
  };

  const effect = (e: Effect) => {
    const signed = (n: number) => signedFormat.format(n).replace('-', '\u2212');
    const magnitude =
      e.range !== undefined ? `${signed(e.range[0])} to ${signed(e.range[1])}` : signed(e.estimate ?? 0);
    const inUnit = e.unit === 'usd' || e.unit === 'usd-per-month'
      ? t(`unit.${e.unit}`, { value: magnitude }).replace(/USD ([+\u2212])/, '$1USD ')
      : t(`unit.${e.unit}`, { value: magnitude });
    const approximate = e.approximation ? t(`approx.${e.approximation}`, { value: inUnit }) : inUnit;
    const extras = [
      e.ci ? t('result.ci', { level: e.ci.level, low: number(e.ci.low), high: number(e.ci.high) }) : undefined,
      e.p_value !== undefined ? t('result.p', { p: number(e.p_value) }) : undefined,
    ].filter(Boolean);
    return extras.length ? `${approximate} (${extras.join(', ')})` : approximate;
  };

  return {
    number,
    percent,
    usd,
    money,
    stated,
    country: (code) => regionNames.of(code) ?? code,
    partialDate,
    period: (p) => (p.end ? `${partialDate(p.start)} – ${partialDate(p.end)}` : t('period.from', { start: partialDate(p.start) })),
    effect,
  };
}
