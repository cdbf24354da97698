import { readdir, readFile, stat, utimes, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { CslItem } from '../src/lib/citation.ts';
import { temporaryFolder } from './helpers/temporary.ts';

const report = (title: string): CslItem => ({
  id: '0',
  type: 'report',
  title,
  author: [{ family: 'Gravesteijn', given: 'Robin' }],
  publisher: 'International Labour Organization',
  issued: { 'date-parts': [[2015]] },
  URL: 'https://example.org/wp-60',
});
const items = [
  report('Impact research on an innovation'),
  { ...report('A second study'), id: '1', author: [{ family: 'Fiala', given: 'Nathan' }] },
];

/**
 * A fresh copy of the citation module (and its cache), as another process would load it, with
 * citeproc's runs counted.
 */
async function freshCitation() {
  vi.resetModules();
  const citation = await import('../src/lib/citation.ts');
  const runs = vi.spyOn(citation.citeproc, 'bibliography');
  return { ...citation, runs };
}

describe('the reference cache', () => {
  let folder: string;
  beforeEach(async () => {
    folder = await temporaryFolder('references');
    vi.stubEnv('REFERENCE_CACHE', folder);
  });
  afterEach(() => {
    vi.unstubAllEnvs();
    vi.restoreAllMocks();
  });

  it('formats a list once in a process, and not at all in the next one, with the same output', async () => {
    const first = await freshCitation();
    const formatted = first.formatReferences(items);
    expect(first.formatReferences(items)).toEqual(formatted);
    expect(first.runs).toHaveBeenCalledTimes(1);
    expect(await readdir(folder)).toHaveLength(1);

    const second = await freshCitation();
    expect(second.formatReferences(items)).toEqual(formatted);
    expect(second.runs).not.toHaveBeenCalled();
    expect(formatted.get('0')?.text).toBe(
      'Gravesteijn, R. (2015). Impact research on an innovation. International Labour Organization. https://example.org/wp-60',
    );
  });

  it('keys a list by its exact items and language: a changed item is formatted again', async () => {
    const { formatReferences, runs } = await freshCitation();
    const { referenceKey } = await import('../src/lib/reference-cache.ts');
    formatReferences(items);
    const changed = [items[0]!, { ...items[1]!, title: 'A third study' }];
    expect(formatReferences(changed).get('1')?.text).toContain('A third study');
    expect(runs).toHaveBeenCalledTimes(2);
    const key = (list: readonly CslItem[], language = 'en-US') => referenceKey({ items: list, language, style: 'apa' });
    expect(key(changed)).not.toBe(key(items));
    expect(key(items, 'fr')).not.toBe(key(items));
    expect(key(items)).toBe(key(structuredClone(items)));
  });

  it('takes a corrupt or truncated entry as missing, and writes it anew', async () => {
    const first = await freshCitation();
    const formatted = first.formatReferences(items);
    const [name] = await readdir(folder);
    for (const damage of ['{"not": "entries"}', '[["0", "<div>half']) {
      await writeFile(join(folder, name!), damage);
      const next = await freshCitation();
      expect(next.formatReferences(items)).toEqual(formatted);
      expect(next.runs).toHaveBeenCalledTimes(1);
      expect(JSON.parse(await readFile(join(folder, name!), 'utf8'))).toHaveLength(2);
    }
  });

  it('keeps nothing on disk without a folder', async () => {
    vi.stubEnv('REFERENCE_CACHE', undefined);
    const { formatReferences, runs } = await freshCitation();
    formatReferences(items);
    formatReferences(items);
    expect(runs).toHaveBeenCalledTimes(1);
    expect(await readdir(folder)).toEqual([]);
  });

  it('prunes the entries no process used since a time, and keeps those read since', async () => {
    const first = await freshCitation();
    first.formatReferences(items);
    first.formatReferences([items[0]!]);
    const names = await readdir(folder);
    const old = new Date(Date.now() - 60_000);
    for (const name of names) await utimes(join(folder, name), old, old);
    const since = Date.now() - 1000;
    // Another process reads one of the two lists: its entry is dated anew.
    const second = await freshCitation();
    second.formatReferences([items[0]!]);
    expect(second.runs).not.toHaveBeenCalled();
    const { pruneReferenceCache } = await import('../src/lib/reference-cache.ts');
    expect(pruneReferenceCache(folder, since)).toBe(1);
    const [kept] = await readdir(folder);
    expect((await stat(join(folder, kept!))).mtimeMs).toBeGreaterThanOrEqual(since);
    expect(pruneReferenceCache(join(folder, 'missing'), since)).toBe(0);
  });
});
