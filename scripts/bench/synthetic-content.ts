/**
 * Synthetic content for `npm run bench`: N MFIs and N innovations with every optional field
 * filled (figures, a study with rounds, groups and methods, a results chain, 4-8 results with
 * effect sizes and sources, recommendations, a narrative of several paragraphs), written beside
 * the bundled programmes and site settings. The text is plainly synthetic ("Synthetic MFI
 * 0042", addresses on example.org) so that no one mistakes it for facts; the sizes are those
 * of the bundled briefs, so the build does the work a real collection of that size would.
 */
import { cp, mkdir, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { stringify } from 'yaml';
import { evaluationMethods, type EffectUnit, type Region } from '../../src/schemas/vocabulary.ts';
import { seededRandom, type Random } from './random.ts';

/** The bundled content: its programmes, taxonomies and site settings go into every synthetic project. */
const bundledContent = new URL('../../content/', import.meta.url);

/** Countries with their regions; mf4dw-asia lists the Asian ones, so its page has members too. */
const countries: readonly [string, Region][] = [
  ['KH', 'south-east-asia'],
  ['VN', 'south-east-asia'],
  ['PH', 'south-east-asia'],
  ['ID', 'south-east-asia'],
  ['IN', 'south-asia'],
  ['PK', 'south-asia'],
  ['BD', 'south-asia'],
  ['NP', 'south-asia'],
  ['MN', 'east-asia'],
  ['TJ', 'central-asia'],
  ['KG', 'central-asia'],
  ['KZ', 'central-asia'],
  ['BF', 'africa'],
  ['ML', 'africa'],
  ['NG', 'africa'],
  ['UG', 'africa'],
  ['RW', 'africa'],
  ['KE', 'africa'],
  ['GH', 'africa'],
  ['SN', 'africa'],
  ['MA', 'middle-east-north-africa'],
  ['JO', 'middle-east-north-africa'],
  ['EG', 'middle-east-north-africa'],
  ['PE', 'latin-america-caribbean'],
  ['HN', 'latin-america-caribbean'],
  ['BO', 'latin-america-caribbean'],
  ['GT', 'latin-america-caribbean'],
  ['EC', 'latin-america-caribbean'],
  ['AL', 'europe'],
  ['BA', 'europe'],
];

/** The bundled programmes that take innovations of their own (mf4dw-asia derives its list). */
const programmes = ['mf4dw', 'making-microfinance-work'] as const;

interface OutcomeKind {
  outcome: string;
  /** -1 where the intended change is a fall (less child labour, less debt stress). */
  intended: 1 | -1;
  units: readonly SyntheticUnit[];
}

/** An effect unit with what it needs: a currency code, a rate period. */
type SyntheticUnit = { unit: EffectUnit; currency?: string; per?: 'day' | 'week' | 'month'; scale: number };
const pp: SyntheticUnit = { unit: 'percentage-points', scale: 12 };
const pct: SyntheticUnit = { unit: 'percent', scale: 20 };
const usd: SyntheticUnit = { unit: 'currency', currency: 'USD', scale: 300 };
const usdMonth: SyntheticUnit = { unit: 'currency', currency: 'USD', per: 'month', scale: 60 };

const outcomes: Record<string, OutcomeKind> = {
  'child-labour': { outcome: 'Hours of child labour', intended: -1, units: [{ unit: 'hours', per: 'week', scale: 6 }, pp] },
  schooling: { outcome: 'School attendance', intended: 1, units: [pp] },
  income: { outcome: 'Household income', intended: 1, units: [usdMonth, pct] },
  welfare: { outcome: 'Household welfare index', intended: 1, units: [pct] },
  indebtedness: { outcome: 'Over-indebtedness', intended: -1, units: [pp] },
  savings: { outcome: 'Savings balance', intended: 1, units: [usd, pct] },
  insurance: { outcome: 'Insurance take-up', intended: 1, units: [pp] },
  'risk-coping': { outcome: 'Coping with shocks without selling assets', intended: 1, units: [pp] },
  'business-performance': { outcome: 'Business profit', intended: 1, units: [usdMonth, pct] },
  employment: { outcome: 'Paid workers in the business', intended: 1, units: [pct] },
  'working-conditions': {
    outcome: 'Time spent on unsafe tasks',
    intended: -1,
    units: [{ unit: 'minutes', per: 'day', scale: 45 }],
  },
  formalisation: { outcome: 'Business registration', intended: 1, units: [pp] },
  empowerment: { outcome: 'Say in household decisions', intended: 1, units: [pp] },
  awareness: { outcome: 'Awareness of workplace risks', intended: 1, units: [pp] },
  'client-retention': { outcome: 'Client retention', intended: 1, units: [pp] },
};
const domains = Object.keys(outcomes);

/** The words a challenge goes by in synthetic text; "child labour" is also the search benchmark's query. */
const challengeWords: Record<string, string> = {
  'child-labour': 'child labour',
  'working-conditions': 'unsafe working conditions',
  formalisation: 'informal businesses',
  'job-creation': 'too few jobs',
  'risk-management': 'shocks to household income',
  'womens-empowerment': "women's say in the business",
};
/** Ids of the bundled taxonomy (content/taxonomies/), which every synthetic project copies. */
const challenges = Object.keys(challengeWords);
const innovationTypes = ['financial-service', 'non-financial-service', 'package', 'restructuring'];

const products = [
  'Group loans',
  'Individual loans',
  'Voluntary savings',
  'Micro-insurance',
  'Money transfers',
  'Business training',
  'Leasing',
];
const legalStatuses = ['Non-bank financial institution', 'Cooperative', 'Non-governmental organisation', 'Microfinance bank'];
const activities = [
  'training sessions',
  'a new loan product',
  'visits by loan officers',
  'a savings plan',
  'an insurance cover',
  'a referral to partner services',
];
const groupsOfClients = [
  'women clients',
  'rural clients',
  'clients with a home business',
  'new clients',
  'clients with children of school age',
];

/** A zero-padded number, wide enough for the largest index: "0042". */
const numberer = (count: number) => (index: number) => String(index + 1).padStart(Math.max(4, String(count).length), '0');

type SentenceTemplate = (random: Random, subject: string, challenge: string) => string;

const sentenceTemplates: readonly SentenceTemplate[] = [
  (random, subject) =>
    `${subject} ran ${random.pick(activities)} for ${random.pick(groupsOfClients)} in ${random.int(3, 40)} synthetic branches.`,
  (_, __, challenge) =>
    `This synthetic paragraph stands in for the narrative of a real brief about ${challengeWords[challenge]}.`,
  (random, subject) =>
    `Loan officers at ${subject} recorded how ${random.pick(groupsOfClients)} responded over ${random.int(6, 36)} months.`,
  (random, _, challenge) =>
    `The synthetic survey asked ${random.int(200, 3000)} clients about ${challengeWords[challenge]} and about ${random.pick(activities)}.`,
  () => 'None of these figures describe a real institution; they exist so that the benchmark builds pages of realistic length.',
  (random) => `Clients who took part in ${random.pick(activities)} were compared with clients who had not been offered it.`,
  (random, subject) =>
    `Staff at ${subject} met ${random.pick(groupsOfClients)} every ${random.int(2, 8)} weeks to hear what worked and what did not.`,
];

function paragraph(random: Random, subject: string, challenge: string, sentences: number): string {
  return random
    .sample(sentenceTemplates, sentences)
    .map((template) => template(random, subject, challenge))
    .join(' ');
}

function sources(random: Random, base: string, count: number) {
  return Array.from({ length: count }, (_, index) => ({
    id: `report-${index + 1}`,
    type: 'report',
    title: `Synthetic report ${index + 1} for ${base}`,
    publisher: 'Synthetic benchmark publisher',
    year: random.int(2008, 2016),
    url: `https://example.org/synthetic/${base}/report-${index + 1}`,
    note: 'Generated for the benchmark; it does not exist.',
  }));
}

function mfiRecord(random: Random, label: string, country: readonly [string, Region]) {
  const name = `Synthetic MFI ${label}`;
  const borrowers = random.int(2_000, 400_000);
  return {
    name,
    short_name: `SMFI ${label}`,
    other_names: [`Synthetic Microfinance Institution ${label}`],
    website: `https://example.org/synthetic/mfi-${label}/`,
    country: country[0],
    region: country[1],
    headquarters: `Synthetic City ${label}`,
    founded: random.int(1975, 2005),
    legal_status: random.pick(legalStatuses),
    products: random.sample(products, random.int(3, 5)),
    mission: `${name} is synthetic: its mission is to give the benchmark a mission statement of realistic length, about access to finance for working people.`,
    background: paragraph(random, name, random.pick(challenges), 3),
    figures: [
      {
        as_of: 2010,
        source: 'report-1',
        active_borrowers: borrowers,
        women_borrowers_pct: random.int(20, 95),
        active_savers: random.int(0, borrowers),
        offices: random.int(5, 150),
        coverage: `${random.int(2, 30)} synthetic provinces`,
        gross_loan_portfolio: { amount: random.int(1, 200) * 250_000, currency: 'USD' },
        note: 'Synthetic figures, generated for the benchmark.',
      },
      {
        as_of: 2006,
        source: 'report-2',
        active_borrowers: { value: Math.round(borrowers / 2), approximation: 'about' },
        clients: random.int(1_000, 300_000),
        offices: random.int(2, 80),
      },
      { as_of: 2014, source: 'report-2', women_clients_pct: { value: random.int(30, 90), approximation: 'almost' } },
    ],
    sources: sources(random, `mfi-${label}`, 3),
  };
}

function effect(random: Random, kind: OutcomeKind) {
  const { scale, ...unit } = random.pick(kind.units);
  const estimate = random.number(-scale / 3, scale, 1) * kind.intended;
  const halfWidth = random.number(scale / 20, scale / 3, 1);
  const significant = Math.abs(estimate) > halfWidth;
  return {
    change: significant ? (estimate > 0 ? 'rose' : 'fell') : random.pick(['no-change', 'mixed', 'inconclusive'] as const),
    judgement: significant ? (Math.sign(estimate) === kind.intended ? 'favourable' : 'unfavourable') : 'not-stated',
    significance: significant ? 'significant' : 'not-significant',
    effect: {
      estimate,
      ...unit,
      ci: { low: Number((estimate - halfWidth).toFixed(1)), high: Number((estimate + halfWidth).toFixed(1)), level: 95 },
      p_value: significant ? random.number(0.001, 0.049, 3) : random.number(0.11, 0.9, 2),
    },
  };
}

function innovationRecord(random: Random, label: string, mfi: string, programme: string) {
  const subject = `Synthetic MFI ${label}`;
  const challenge = random.pick(challenges);
  const start = random.int(2008, 2010);
  const startMonth = random.int(1, 9);
  const rounds = random.int(2, 3);
  const results = random.sample(domains, random.int(4, 8)).map((domain, index) => {
    const kind = outcomes[domain]!;
    const measured = effect(random, kind);
    return {
      outcome: kind.outcome,
      domain,
      ...(index % 3 === 1 ? { group: random.pick(groupsOfClients) } : {}),
      round: `follow-up-${rounds - 1}`,
      finding: `In the synthetic study, ${kind.outcome.toLowerCase()} moved ${measured.judgement === 'favourable' ? 'the intended way' : 'little or the other way'}; this finding is generated.`,
      change: measured.change,
      judgement: measured.judgement,
      significance: measured.significance,
      effect: measured.effect,
      source: `report-${(index % 3) + 1}`,
    };
  });
  return {
    title: `Synthetic innovation ${label}: ${random.pick(activities)} against ${challengeWords[challenge]}`,
    mfi,
    programme,
    challenge,
    innovation_type: random.pick(innovationTypes),
    partners: [
      { name: `Synthetic Training Partner ${label}`, role: 'Gave the synthetic training sessions to clients.' },
      { name: `Synthetic Research Partner ${label}`, role: 'Ran the synthetic impact study with the institution.' },
    ],
    period: { start: `${start}-0${startMonth}`, end: `${start + 2}-1${random.int(0, 2)}` },
    summary: `${subject} tried ${random.pick(activities)} against ${challengeWords[challenge]}. This summary is synthetic, written for the benchmark.`,
    diagnostic: paragraph(random, subject, challenge, 3),
    costs_benefits: {
      clients: `Clients gave about ${random.int(2, 12)} hours of their time to the synthetic innovation and paid no fee.`,
      institution: `The synthetic innovation cost ${subject} about USD ${random.int(5, 90)},000 over two years.`,
    },
    study: {
      design: `Clients offered the synthetic innovation were compared with clients in branches where it was not offered, before and after, over ${rounds} survey rounds.`,
      methods: random.sample(evaluationMethods, random.int(1, 3)),
      survey_rounds: rounds,
      rounds: Array.from({ length: rounds }, (_, round) => ({
        id: round === 0 ? 'baseline' : `follow-up-${round}`,
        label: round === 0 ? 'Baseline' : `Follow-up ${round}`,
        date: `${start + round}-0${startMonth}`,
      })),
      duration_months: random.int(12, 36),
      sample_size: random.int(300, 3000),
      sample_unit: random.pick(['clients', 'households'] as const),
      branches: random.int(4, 30),
      groups: [
        {
          role: 'treatment',
          name: 'Offered the innovation',
          description: 'Synthetic clients in branches that offered the innovation.',
        },
        { role: 'comparison', name: 'Not offered', description: 'Synthetic clients in branches that did not offer it.' },
      ],
    },
    results_chain: {
      inputs: [`Staff time at ${subject}`, 'A synthetic training curriculum'],
      activities: [`Deliver ${random.pick(activities)}`, 'Follow up with each client group'],
      outputs: [`${random.int(200, 5000)} synthetic clients reached`, 'Loan officers trained'],
      outcomes: [`Less ${challengeWords[challenge]} among clients`, 'Better use of the loan'],
      impact: ['More decent work for synthetic clients and their families'],
    },
    results,
    recommendations: [
      `Keep ${random.pick(activities)} and offer it in more synthetic branches.`,
      'Measure the outcomes again after a longer period, with a larger sample.',
      'Share the synthetic tools with other institutions in the network.',
    ],
    sources: sources(random, `innovation-${label}`, 3),
  };
}

function narrative(random: Random, subject: string, challenge: string): string {
  return [
    `## What ${subject} tried`,
    paragraph(random, subject, challenge, 4),
    paragraph(random, subject, challenge, 3),
    '## What the study asked',
    paragraph(random, subject, challenge, 3),
    `- ${random.pick(activities)} for ${random.pick(groupsOfClients)}\n- ${random.pick(activities)} for ${random.pick(groupsOfClients)}`,
    '## What it found',
    paragraph(random, subject, challenge, 4),
  ].join('\n\n');
}

/**
 * Writes `content/` of a project at `root`: `count` synthetic MFIs and as many innovations (one
 * each; innovations alternate between the two bundled programmes that take innovations), with
 * the bundled programmes and site.yaml. The same count and seed always write the same files.
 */
export async function writeSyntheticContent(root: string, count: number, seed = 42): Promise<void> {
  const random = seededRandom(seed);
  const content = join(root, 'content');
  await mkdir(join(content, 'mfis'), { recursive: true });
  await mkdir(join(content, 'innovations'), { recursive: true });
  await cp(new URL('programmes', bundledContent), join(content, 'programmes'), { recursive: true });
  await cp(new URL('taxonomies', bundledContent), join(content, 'taxonomies'), { recursive: true });
  await cp(new URL('site.yaml', bundledContent), join(content, 'site.yaml'));
  const label = numberer(count);
  for (let index = 0; index < count; index++) {
    const mfi = `synthetic-mfi-${label(index)}`;
    const record = mfiRecord(random, label(index), random.pick(countries));
    await writeFile(join(content, 'mfis', `${mfi}.yaml`), stringify(record, { lineWidth: 100 }));
    const innovation = innovationRecord(random, label(index), mfi, programmes[index % programmes.length]!);
    const body = narrative(random, record.name, innovation.challenge);
    await writeFile(
      join(content, 'innovations', `synthetic-innovation-${label(index)}.mdx`),
      `---\n${stringify(innovation, { lineWidth: 100 })}---\n\n${body}\n`,
    );
  }
}
