import { describe, expect, it } from 'vitest';
import { jobEntries } from '../../src/lib/pdf/job-entries.ts';
import type { RendererEntry } from '../../src/lib/pdf/render.ts';

const entry = (kind: RendererEntry['kind'], id: string, data: Record<string, unknown> = {}): RendererEntry => ({
  kind,
  id,
  file: `content/${kind}/${id}.yaml`,
  data: data as RendererEntry['data'],
  document: { body: kind === 'innovations' ? `Narrative of ${id}` : undefined },
});

const collection = [
  entry('programmes', 'p'),
  entry('programmes', 'q'),
  entry('mfis', 'm1'),
  entry('mfis', 'm2'),
  entry('mfis', 'm3'),
  entry('innovations', 'a', { mfi: 'm1', programme: 'p' }),
  entry('innovations', 'b', { mfi: 'm1', programme: 'p' }),
  entry('innovations', 'c', { mfi: 'm2', programme: 'q' }),
  entry('innovations', 'd', { mfi: 'm3' }),
];
const members = (programme: string) => (programme === 'p' ? ['a', 'b'] : ['c']);
const names = (entries: RendererEntry[]) => entries.map((e) => `${e.kind}:${e.id}`).sort();

describe('the entries a PDF job carries', () => {
  const entriesFor = jobEntries(collection, members);

  it("are a factsheet's innovation, its MFI and its programme, and nothing else of the collection", () => {
    expect(names(entriesFor({ kind: 'innovation', id: 'a' }))).toEqual(['innovations:a', 'mfis:m1', 'programmes:p']);
    expect(names(entriesFor({ kind: 'innovation', id: 'd' }))).toEqual(['innovations:d', 'mfis:m3']);
  });

  it("are a volume's programme alone (its sheets travel with the job), and an index's members with their MFIs, once each", () => {
    expect(names(entriesFor({ kind: 'programme', id: 'p', sheets: [] }))).toEqual(['programmes:p']);
    expect(names(entriesFor({ kind: 'programme-index', id: 'p' }))).toEqual([
      'innovations:a',
      'innovations:b',
      'mfis:m1',
      'programmes:p',
    ]);
  });

  it('are plain data that can be sent to another process', () => {
    const [sent] = entriesFor({ kind: 'innovation', id: 'a' });
    expect(sent).toEqual({
      kind: 'innovations',
      id: 'a',
      file: 'content/innovations/a.yaml',
      data: { mfi: 'm1', programme: 'p' },
      document: { body: 'Narrative of a' },
    });
    expect(structuredClone(sent)).toEqual(sent);
  });
});
