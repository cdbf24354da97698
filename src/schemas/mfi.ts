import { z } from 'astro/zod';
import { countryCode, countryName, countryRegion } from './country.ts';
import { count, httpUrl, nonEmptyText, percent, sourceRef, statedNumber, year } from './primitives.ts';
import { sourcesSchema } from './source.ts';
import { regions } from './vocabulary.ts';

const currencies = new Set(Intl.supportedValuesOf('currency'));

/** An ISO 4217 currency code, e.g. USD, NGN, XOF (CFA franc), EUR, VND. */
export const currencyCode = z
  .string()
  .refine((code) => currencies.has(code), { message: 'must be an ISO 4217 currency code in capitals, e.g. USD, NGN, XOF, EUR' })
  .describe('ISO 4217 currency code, e.g. USD, NGN (naira), XOF (CFA franc), EUR, VND (dong).');

/** A sum of money in the currency the source gives, and its value in US dollars only where the source gives that too. */
export const moneySchema = z
  .strictObject({
    amount: statedNumber(z.number().nonnegative()).describe('The sum, written in full (45200000 for 45.2 million).'),
    currency: currencyCode,
    usd: statedNumber(z.number().nonnegative())
      .optional()
      .describe('The same sum in US dollars, only where the source gives it; never converted by us.'),
  })
  .describe('A sum of money, in the currency the source gives.');

/** A figure the fixed fields do not cover, with its own label and unit. */
export const otherFigureSchema = z
  .strictObject({
    label: nonEmptyText.describe('What the figure is, e.g. "Average loan" or "Loans disbursed over the year".'),
    value: statedNumber(z.number()).describe('The figure, as the source states it (write 21900000000 for 21.9 billion).'),
    unit: nonEmptyText
      .optional()
      .describe('An ISO 4217 currency code for a sum (e.g. EUR), or the unit in words (e.g. "clients").'),
    year: year.optional().describe("The year it describes, where it differs from the set's as_of."),
    source: sourceRef.optional(),
    note: nonEmptyText.optional().describe('What a reader should know about this figure.'),
  })
  .describe('A further figure of the institution.');

/**
 * The institution's key figures for one year, as one source reports them. Every figure is
 * optional: unknown is left out, never written as zero.
 */
export const figureSetSchema = z
  .strictObject({
    as_of: year.describe('The year these figures describe (not the year they were published).'),
    source: sourceRef.optional(),
    active_borrowers: statedNumber(count).optional().describe('Number of active borrowers.'),
    women_borrowers_pct: statedNumber(percent)
      .optional()
      .describe('Share of active borrowers who are women, in percent (0-100).'),
    women_clients_pct: statedNumber(percent)
      .optional()
      .describe('Share of all clients or members who are women, in percent, where the source does not count borrowers.'),
    active_savers: statedNumber(count).optional().describe('Number of active savers (0 if the MFI takes no deposits).'),
    clients: statedNumber(count)
      .optional()
      .describe('Number of clients or members, where the source does not split borrowers and savers.'),
    offices: statedNumber(count).optional().describe('Number of offices or branches.'),
    coverage: nonEmptyText.optional().describe('Geographic coverage in words, e.g. "28 regions of the country".'),
    gross_loan_portfolio: moneySchema
      .optional()
      .describe('Gross loan portfolio (outstanding loans), in the currency the source gives.'),
    other_figures: z
      .array(otherFigureSchema)
      .min(1)
      .optional()
      .describe('Figures the fields above do not cover, e.g. average loan or cumulative clients.'),
    note: nonEmptyText.optional().describe('What a reader should know about these figures.'),
  })
  .describe('Key figures of the institution for one year.');

export type FigureSet = z.output<typeof figureSetSchema>;

export const mfiSchema = z
  .strictObject({
    name: nonEmptyText.describe('Full name of the institution, as it was during the programme.'),
    short_name: nonEmptyText.optional().describe('The short name readers know it by, e.g. IMON.'),
    other_names: z.array(nonEmptyText).optional().describe('Other names sources use for it.'),
    website: httpUrl.optional().describe("The institution's web site."),
    country: countryCode,
    region: z
      .enum(regions)
      .describe('World region, used for filters; it must be the region of the country (UN geoscheme, from world-countries).'),
    headquarters: nonEmptyText.optional().describe('City of the head office.'),
    founded: year.optional().describe('Year the institution (or its forerunner) began.'),
    legal_status: nonEmptyText.optional().describe('Legal form, e.g. "Non-bank financial institution".'),
    products: z.array(nonEmptyText).optional().describe('Products and services offered.'),
    mission: nonEmptyText.optional().describe('The mission, in our own words.'),
    background: nonEmptyText
      .optional()
      .describe('History and context in our own words; where sources disagree, say so and say which says what.'),
    figures: z.array(figureSetSchema).optional().describe('Key figures, one entry per year and source.'),
    sources: sourcesSchema,
  })
  .superRefine((mfi, context) => {
    const expected = countryRegion(mfi.country);
    if (expected && mfi.region !== expected) {
      context.addIssue({
        code: 'custom',
        path: ['region'],
        input: mfi.region,
        message: `must be the region of ${countryName(mfi.country)} (${mfi.country}): ${expected}`,
      });
    }
  })
  .describe('A microfinance institution.');

export type Mfi = z.output<typeof mfiSchema>;
