import { z } from 'astro/zod';
import countries from 'world-countries/countries.json' with { type: 'json' };
import type { Region } from './vocabulary.ts';

/**
 * Countries from the world-countries dataset (maintained, ODbL): its ISO 3166-1 codes, names,
 * numeric codes and UN geoscheme regions. Only officially assigned codes count: retired ones
 * (UK, SU, YU) and user-assigned ones (XK, EU) are not countries here.
 */
interface Country {
  cca2: string;
  ccn3: string;
  status: string;
  name: { common: string };
  region: string;
  subregion?: string;
}

const byCode = new Map((countries as Country[]).filter((c) => c.status === 'officially-assigned').map((c) => [c.cca2, c]));

/** True for a current ISO 3166-1 alpha-2 code, in capitals. */
export function isCountryCode(code: string): boolean {
  return byCode.has(code);
}

/** The English short name of a country (world-countries' common name), e.g. "DR Congo" for CD. */
export function countryName(code: string): string | undefined {
  return byCode.get(code)?.name.common;
}

/** The ISO 3166-1 numeric code, e.g. "762" for TJ: the id of a country in the world atlas. */
export function numericCountryCode(code: string): string | undefined {
  return byCode.get(code)?.ccn3 || undefined;
}

/**
 * The site's region of a country, from the dataset's UN geoscheme region and subregion. North
 * Africa and Western Asia make up the Middle East and North Africa; the rest of the Americas than
 * North America is Latin America and the Caribbean. (The dataset counts Mexico in North America.)
 */
export function countryRegion(code: string): Region | undefined {
  const country = byCode.get(code);
  if (!country) return undefined;
  const { region, subregion } = country;
  if (subregion === 'Northern Africa' || subregion === 'Western Asia') return 'middle-east-north-africa';
  if (region === 'Africa') return 'africa';
  if (region === 'Europe') return 'europe';
  if (region === 'Oceania') return 'oceania';
  if (region === 'Americas') return subregion === 'North America' ? 'north-america' : 'latin-america-caribbean';
  const asia: Record<string, Region> = {
    'Central Asia': 'central-asia',
    'Eastern Asia': 'east-asia',
    'Southern Asia': 'south-asia',
    'South-Eastern Asia': 'south-east-asia',
  };
  return subregion ? asia[subregion] : undefined;
}

/**
 * The current code a mistaken one most likely meant: the same in capitals, or the code that
 * replaced a retired or alternative one in CLDR's aliases (UK gives GB, SU gives RU, YU gives RS).
 */
export function suggestCountryCode(code: string): string | undefined {
  const upper = code.toUpperCase();
  if (upper !== code && isCountryCode(upper)) return upper;
  if (!/^[A-Z]{2}$/.test(upper)) return undefined;
  try {
    const current = new Intl.Locale(Intl.getCanonicalLocales(`und-${upper}`)[0]!).region;
    return current && current !== upper && isCountryCode(current) ? current : undefined;
  } catch {
    return undefined;
  }
}

function countryCodeMessage(code: unknown): string {
  const suggestion = typeof code === 'string' ? suggestCountryCode(code) : undefined;
  const hint = suggestion ? `; did you mean "${suggestion}" (${countryName(suggestion)})?` : '';
  return `must be a current ISO 3166-1 alpha-2 country code in capitals, e.g. TJ for Tajikistan${hint}`;
}

export const countryCode = z
  .string()
  .refine(isCountryCode, { error: (issue) => countryCodeMessage(issue.input) })
  .describe('ISO 3166-1 alpha-2 country code in capitals, e.g. TJ (Tajikistan); the site shows its name.');
