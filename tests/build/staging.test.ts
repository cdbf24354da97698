import { mkdir, readdir, readFile, rename, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { removeStaleStaging, stagingFor } from '../../src/lib/build/staging.ts';
import { temporaryFolder } from '../helpers/temporary.ts';

async function siteIn(folder: string, text: string): Promise<void> {
  await mkdir(folder, { recursive: true });
  await writeFile(join(folder, 'index.html'), text);
}

describe('the staging folder of a build', () => {
  it('is built beside the output and replaces it when published', async () => {
    const root = await temporaryFolder('staging');
    const outDir = join(root, 'dist');
    await siteIn(outDir, 'previous site');
    const staging = stagingFor(outDir, 1234);
    expect(staging.folder).toBe(join(root, '.dist-staging-1234'));
    await siteIn(staging.folder, 'new site');
    await staging.publish();
    expect(await readFile(join(outDir, 'index.html'), 'utf8')).toBe('new site');
    expect(await readdir(root)).toEqual(['dist']);
  });

  it('puts the previous site back when discarded between the two renames of publishing', async () => {
    const root = await temporaryFolder('staging');
    const outDir = join(root, 'dist');
    const staging = stagingFor(outDir, 1234);
    await siteIn(staging.folder, 'new site');
    await siteIn(`${staging.folder}-factsheets`, 'pdfs');
    await siteIn(outDir, 'previous site');
    await rename(outDir, `${staging.folder}-previous`);
    staging.discard();
    expect(await readdir(root)).toEqual(['dist']);
    expect(await readFile(join(outDir, 'index.html'), 'utf8')).toBe('previous site');
  });

  it("removes at the next start what builds no longer running left, and keeps a running build's", async () => {
    const root = await temporaryFolder('staging');
    const outDir = join(root, 'dist');
    const running = process.ppid; // the test runner's parent, alive for the whole test
    for (const name of [
      '.dist-staging-99999999',
      '.dist-staging-99999999-factsheets',
      `.dist-staging-${running}`,
      '.other-staging-99999999',
    ]) {
      await mkdir(join(root, name));
    }
    await writeFile(join(root, '.dist-staging-99999999-factsheets.json'), '{}');
    const removed = await removeStaleStaging(outDir);
    expect(removed.sort()).toEqual([
      '.dist-staging-99999999',
      '.dist-staging-99999999-factsheets',
      '.dist-staging-99999999-factsheets.json',
    ]);
    expect((await readdir(root)).sort()).toEqual([`.dist-staging-${running}`, '.other-staging-99999999']);
  });
});
