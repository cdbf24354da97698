import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { parse } from 'yaml';
import type { ChainStep, ResultDatum, TimelinePhase } from '../../src/lib/charts/index.ts';
import { resultsChainSteps } from '../../src/schemas/vocabulary.ts';

/**
 * The bundled content's frontmatter, read with `yaml` directly (not through the schemas, which
 * another change may be reshaping), so that the chart tests run on real labels.
 */
const contentDir = resolve('content');

interface ContentEffect {
  estimate?: number;
  range?: [number, number];
  approximation?: string;
  unit: string;
  currency?: string;
  per?: string;
  ci?: { low: number; high: number };
}

interface ContentResult {
  outcome: string;
  group?: string;
  status?: ResultDatum['status'];
  finding?: string;
  reason?: string;
  change?: ResultDatum['change'];
  judgement?: ResultDatum['judgement'];
  significance?: ResultDatum['significance'];
  effect?: ContentEffect;
}

export interface ContentInnovation {
  title: string;
  period?: { start: string | number; end?: string | number };
  results_chain?: Partial<Record<string, string[]>>;
  results: ContentResult[];
}

export interface ContentProgramme {
  phases?: { name: string; period: { start: string | number; end?: string | number } }[];
  countries?: string[];
}

function frontmatter<T>(file: string): T {
  const [, yaml] = readFileSync(file, 'utf8').split(/^---\s*$/m);
  return parse(yaml ?? '') as T;
}

export function innovationFiles(): string[] {
  return readdirSync(join(contentDir, 'innovations'))
    .filter((name) => name.endsWith('.mdx'))
    .sort();
}

export function innovation(name: string): ContentInnovation {
  return frontmatter<ContentInnovation>(join(contentDir, 'innovations', name.endsWith('.mdx') ? name : `${name}.mdx`));
}

export function programme(slug: string): ContentProgramme {
  const yamlFile = join(contentDir, 'programmes', `${slug}.yaml`);
  return existsSync(yamlFile)
    ? (parse(readFileSync(yamlFile, 'utf8')) as ContentProgramme)
    : frontmatter<ContentProgramme>(join(contentDir, 'programmes', `${slug}.mdx`));
}

export function chainSteps(entry: ContentInnovation): ChainStep[] {
  return resultsChainSteps.map((step) => ({
    step,
    label: step[0]!.toUpperCase() + step.slice(1),
    lines: entry.results_chain?.[step] ?? [],
  }));
}

/** A programme's phases, with the dates as the strings the schema makes of them. */
export function phases(entry: ContentProgramme): TimelinePhase[] {
  return (entry.phases ?? []).map((phase) => ({
    name: phase.name,
    start: String(phase.period.start),
    end: phase.period.end === undefined ? undefined : String(phase.period.end),
  }));
}

/** The effect worded roughly as the page words it: only its length matters to these tests. */
function effectLabel(effect: ContentEffect): string {
  const magnitude = effect.estimate !== undefined ? String(effect.estimate) : effect.range!.join(' to ');
  return [effect.approximation, magnitude, effect.unit].filter(Boolean).join(' ');
}

export function resultData(entry: ContentInnovation): ResultDatum[] {
  return entry.results.map((result) => ({
    outcome: result.outcome,
    group: result.group,
    status: result.status ?? 'measured',
    finding: result.finding ?? result.reason ?? '',
    change: result.change,
    judgement: result.judgement,
    significance: result.significance,
    summary: [result.change, result.judgement, result.significance].filter(Boolean).join('; ') || (result.status ?? ''),
    // One axis per unit, as the brief keys it (unit, currency, rate period).
    effectSize: result.effect && {
      ...result.effect,
      unit: [result.effect.unit, result.effect.currency ?? '', result.effect.per ?? ''].join(':'),
    },
    effectLabel: result.effect && effectLabel(result.effect),
  }));
}

/** The longest string a field has anywhere in the content. */
export function longest(values: readonly string[]): string {
  return values.reduce((a, b) => (b.length > a.length ? b : a), '');
}

export const allChainLines = (): string[] =>
  innovationFiles().flatMap((file) => Object.values(innovation(file).results_chain ?? {}).flatMap((lines) => lines ?? []));

export const allOutcomes = (): string[] => innovationFiles().flatMap((file) => innovation(file).results.map((r) => r.outcome));
