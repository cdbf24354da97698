import { readdir, readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { writeSyntheticContent } from '../../scripts/bench/synthetic-content.ts';
import { validateContent } from '../../src/lib/validation/validate.ts';
import { temporaryFolder } from '../helpers/temporary.ts';

async function generate(count: number, seed?: number): Promise<string> {
  const root = await temporaryFolder('synthetic');
  await writeSyntheticContent(root, count, seed);
  return root;
}

describe('the synthetic content of the benchmark', () => {
  it('validates with zero problems for N = 20', async () => {
    const report = await validateContent(await generate(20));
    expect(report.problems).toEqual([]);
    const kinds = report.entries.map((entry) => entry.kind);
    expect(kinds.filter((kind) => kind === 'mfis')).toHaveLength(20);
    expect(kinds.filter((kind) => kind === 'innovations')).toHaveLength(20);
    expect(kinds.filter((kind) => kind === 'programmes').length).toBeGreaterThan(0);
  });

  it('fills every optional field of a brief, and says it is synthetic', async () => {
    const report = await validateContent(await generate(20));
    for (const entry of report.entries.filter((e) => e.kind === 'innovations')) {
      const data = entry.data as Record<string, unknown> & { results: unknown[]; study: Record<string, unknown> };
      for (const field of [
        'innovation_type',
        'partners',
        'period',
        'diagnostic',
        'costs_benefits',
        'study',
        'results_chain',
        'recommendations',
      ]) {
        expect(data[field], `${entry.id}: ${field}`).toBeDefined();
      }
      for (const field of ['design', 'methods', 'rounds', 'groups', 'sample_size'])
        expect(data.study[field], `${entry.id}: study.${field}`).toBeDefined();
      expect(data.results.length).toBeGreaterThanOrEqual(4);
      expect(data.results.length).toBeLessThanOrEqual(8);
      expect(
        data.results.every(
          (result) => (result as { effect?: unknown; source?: unknown }).effect && (result as { source?: unknown }).source,
        ),
      ).toBe(true);
      expect(entry.document.body?.match(/^## /gm)?.length).toBeGreaterThanOrEqual(3);
      expect(data['title']).toMatch(/^Synthetic innovation \d{4}/);
    }
  });

  it('writes the same files for the same seed, and different ones for another', async () => {
    const read = async (root: string) => {
      const folder = join(root, 'content', 'innovations');
      return Promise.all((await readdir(folder)).sort().map((name) => readFile(join(folder, name), 'utf8')));
    };
    const [first, again, other] = await Promise.all([generate(5), generate(5), generate(5, 7)]);
    expect(await read(again)).toEqual(await read(first));
    expect(await read(other)).not.toEqual(await read(first));
  });
});
