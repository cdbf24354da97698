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
  period(period: { start: string; end?: string | undefined; ongoing?: true | undefined }): string;
  effect(effect: Effect): string;
  /** The words of an effect's unit, for an axis title: "percentage points", "USD a month". */
  unitName(effect: Pick<Effect, 'unit' | 'currency' | 'per'>): string;
}

/** The `Intl` formats of one language. Made once per language: making them is most of the cost of `formatters`. */
function intlFormats(language: string) {
  return {
    numberFormat: new Intl.NumberFormat(language, { maximumFractionDigits: 2 }),
    signedFormat: new Intl.NumberFormat(language, { maximumFractionDigits: 2, signDisplay: 'exceptZero' }),
    compactFormat: new Intl.NumberFormat(language, { notation: 'compact', compactDisplay: 'long', maximumFractionDigits: 1 }),
    regionNames: new Intl.DisplayNames([language], { type: 'region' }),
    monthFormat: new Intl.DateTimeFormat(language, { year: 'numeric', month: 'long', timeZone: 'UTC' }),
    dayFormat: new Intl.DateTimeFormat(language, { year: 'numeric', month: 'long', day: 'numeric', timeZone: 'UTC' }),
  };
}

const formatsByLanguage = new Map<string, ReturnType<typeof intlFormats>>();

export function formatters(language: string, t: Translate): Formatters {
  const formats = formatsByLanguage.get(language) ?? intlFormats(language);
  formatsByLanguage.set(language, formats);
  const { numberFormat, signedFormat, compactFormat, regionNames, monthFormat, dayFormat } = formats;

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

  // "USD 37", "+73 minutes a day", "−3.4 percentage points": the unit's words around the number.
  const inUnit = (e: Pick<Effect, 'unit' | 'currency' | 'per'>, value: string) => {
    const worded = t(`unit.${e.unit}`, { value, currency: e.currency ?? '' });
    return e.per ? t(`per.${e.per}`, { value: worded }) : worded;
  };

  const effect = (e: Effect) => {
    const signed = (n: number) => signedFormat.format(n).replace('-', '\u2212');
    const magnitude = e.range !== undefined ? `${signed(e.range[0])} to ${signed(e.range[1])}` : signed(e.estimate ?? 0);
    // A currency code goes before the sign: "+USD 170", not "USD +170".
    const worded = inUnit(e, magnitude).replace(/^([A-Z]{3}) ([+\u2212])/, '$2$1 ');
    const approximate = e.approximation ? t(`approx.${e.approximation}`, { value: worded }) : worded;
    const extras = [
      e.standard_error !== undefined ? t('result.se', { se: number(e.standard_error) }) : undefined,
      e.ci ? t('result.ci', { level: e.ci.level, low: number(e.ci.low), high: number(e.ci.high) }) : undefined,
      e.p_value !== undefined ? t(e.p_value.below ? 'result.pBelow' : 'result.p', { p: number(e.p_value.value) }) : undefined,
      e.control_mean !== undefined ? t('result.controlMean', { mean: number(e.control_mean) }) : undefined,
    ].filter(Boolean);
    return extras.length ? `${approximate} (${extras.join('; ')})` : approximate;
  };

  return {
    number,
    percent,
    usd,
    money,
    stated,
    country: (code) => regionNames.of(code) ?? code,
    partialDate,
    // A start without an end is not "from": the end may simply be missing from the sources.
    period: (p) =>
      p.end
        ? `${partialDate(p.start)} – ${partialDate(p.end)}`
        : t(p.ongoing ? 'period.ongoing' : 'period.endNotReported', { start: partialDate(p.start) }),
    effect,
    unitName: (e) => {
      const name = t(`unitName.${e.unit}`, { currency: e.currency ?? '' });
      return e.per ? t(`per.${e.per}`, { value: name }) : name;
    },
  };
}
