import { cp, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { openFactsheetCache } from '../../src/lib/pdf/cache.ts';
import { createIncrementalRenderer, type IncrementalOptions } from '../../src/lib/pdf/incremental.ts';
import { inShard, parseShard } from '../../src/lib/pdf/shard.ts';
import { createFactsheetRenderer } from '../../src/lib/pdf/render.ts';
import { defaultTemplate } from '../../src/lib/pdf/typst.ts';
import { writeFactsheets } from '../../src/lib/pdf/write.ts';
import { validateContent } from '../../src/lib/validation/validate.ts';
import type { Innovation } from '../../src/schemas/index.ts';
import { inspectPdf, squash } from './inspect.ts';

const root = process.cwd();
const report = await validateContent(root);
const scratch = await mkdtemp(join(tmpdir(), 'factsheet-cache-'));
const cache = openFactsheetCache(join(scratch, 'cache'));
const base = { root, entries: report.entries, buildDate: new Date('2026-01-15T00:00:00Z'), cache };
afterAll(() => rm(scratch, { recursive: true, force: true }));

const innovations = report.entries.filter((entry) => entry.kind === 'innovations');
// A programme's PDF holds its own innovations and, for a regional programme, those of its countries.
const planner = await createFactsheetRenderer(base);
const programmesOf = (id: string) =>
  planner.programmes.filter((programme) => planner.members(programme).includes(id)).map((p) => `programme:${p}`);
const everything = [...innovations.map((entry) => entry.id), ...planner.programmes.map((p) => `programme:${p}`)].sort();

/** The content with one innovation's summary edited. */
const entriesWithEdited = (edited: (typeof innovations)[number]) =>
  report.entries.map((entry) =>
    entry === edited
      ? { ...entry, data: { ...(entry.data as Innovation), summary: `${(entry.data as Innovation).summary} Edited.` } }
      : entry,
  );

/** One build's PDF step: what it typeset, and the PDFs it wrote. */
async function build(options: IncrementalOptions = base) {
  const renderer = await createIncrementalRenderer(options);
  const out = await mkdtemp(join(scratch, 'out-'));
  const manifest = await writeFactsheets(renderer, out).finally(() => renderer.close());
  await renderer.pruneCache();
  const { typeset, reused, workers } = renderer.counts();
  return { typeset: typeset.sort(), reused, workers, manifest, out };
}

describe('the factsheet cache', () => {
  it('typesets everything the first time, and nothing when no input changed', async () => {
    const first = await build();
    expect(first.typeset).toEqual(everything);
    const second = await build();
    expect(second).toMatchObject({ typeset: [], reused: everything.length, workers: 0 });
    expect(second.manifest).toEqual(first.manifest);
    const id = innovations[0]!.id;
    expect(await readFile(join(second.out, `${id}.pdf`))).toEqual(await readFile(join(first.out, `${id}.pdf`)));
  });

  it('typesets again only the edited brief and the programme PDFs that hold it', async () => {
    const edited = innovations[3]!;
    const result = await build({ ...base, entries: entriesWithEdited(edited) });
    const made = [edited.id, ...programmesOf(edited.id)].sort();
    expect(made.length).toBeGreaterThan(1);
    expect(result.typeset).toEqual(made);
    expect(result.reused).toBe(everything.length - made.length);
    expect(Object.values(result.manifest.programmes).map((pdf) => pdf.form)).not.toContain('index');
  });

  it('does the same where the programme PDFs are indexes (programmes above the volume limit)', async () => {
    const limited = { ...base, volumeMemberLimit: 2 };
    const before = await build(limited);
    expect(Object.values(before.manifest.programmes).map((pdf) => pdf.form)).toEqual(planner.programmes.map(() => 'index'));
    const edited = innovations[5]!;
    const result = await build({ ...limited, entries: entriesWithEdited(edited) });
    expect(result.typeset).toEqual([edited.id, ...programmesOf(edited.id)].sort());
  });

  it('typesets everything again when the template changes', async () => {
    const folder = join(scratch, 'template');
    await cp(dirname(defaultTemplate), folder, { recursive: true });
    const template = join(folder, 'factsheet.typ');
    await writeFile(
      template,
      `${await readFile(template, 'utf8')}\n// An edit that changes no output still counts as a change.\n`,
    );
    expect((await build({ ...base, template })).typeset).toEqual(everything);
  });

  const laterDate = new Date('2026-02-01T00:00:00Z');

  it('typesets everything again for another build date (it is printed in every footer)', async () => {
    expect((await build({ ...base, buildDate: laterDate })).typeset).toEqual(everything);
  });

  it('typesets everything again when a taxonomy label changes (the labels are printed)', async () => {
    // A copy of the content, so that a taxonomy file can change; the cache holds the last build's PDFs.
    const copy = join(scratch, 'relabelled');
    await cp(join(root, 'content'), join(copy, 'content'), { recursive: true });
    const options = { ...base, root: copy, buildDate: laterDate };
    expect((await build(options)).typeset).toEqual([]);

    const file = join(copy, 'content', 'taxonomies', 'challenges.yaml');
    const taxonomy = await readFile(file, 'utf8');
    expect(taxonomy).toContain('label: Child labour\n');
    await writeFile(file, taxonomy.replace('label: Child labour\n', 'label: Child work\n'));
    const relabelled = await build(options);
    expect(relabelled.typeset).toEqual(everything);

    const child = innovations.find((entry) => (entry.data as Innovation).challenge === 'child-labour')!;
    const text = squash(
      (await inspectPdf(new Uint8Array(await readFile(join(relabelled.out, `${child.id}.pdf`))))).text.join(''),
    );
    // The header names the challenge by its new label.
    expect(text).toContain(squash('DECENT-WORK CHALLENGE Child work'));
    expect(text).not.toContain(squash('DECENT-WORK CHALLENGE Child labour'));
  });
});

describe('shards', () => {
  it('split the innovations between them, each exactly once, whatever the order', () => {
    const ids = innovations.map((entry) => entry.id);
    const shards = [1, 2, 3].map((index) => ids.filter((id) => inShard(id, { index, count: 3 })));
    expect(shards.flat().sort()).toEqual([...ids].sort());
    expect(shards.every((shard) => shard.length > 0)).toBe(true);
  });

  it('typeset only their own factsheets and no programme PDF', async () => {
    const shard = parseShard('2/3');
    const result = await build({ ...base, cache: openFactsheetCache(join(scratch, 'shard-cache')), shard });
    expect(result.typeset).toEqual(
      innovations
        .map((entry) => entry.id)
        .filter((id) => inShard(id, shard))
        .sort(),
    );
    expect(Object.keys(result.manifest.programmes)).toEqual([]);
  });

  it('are named i/n, 1 ≤ i ≤ n', () => {
    expect(parseShard('1/4')).toEqual({ index: 1, count: 4 });
    expect(() => parseShard('5/4')).toThrow('--shard takes i/n with 1 ≤ i ≤ n, e.g. 2/4 (found "5/4")');
    expect(() => parseShard('x')).toThrow('(found "x")');
  });
});
