import { execFile } from 'node:child_process';
import { cp, readdir } from 'node:fs/promises';
import { join, resolve } from 'node:path';
import { promisify } from 'node:util';
import { describe, expect, it } from 'vitest';
import { childEnv } from '../helpers/child-env.ts';
import { temporaryFolder } from '../helpers/temporary.ts';

const run = promisify(execFile);

describe('npm run factsheets -- --shard', () => {
  it('leaves the shard’s PDFs in the factsheet cache and the references it formatted in the reference cache', async () => {
    // A project of the bundled content with neither cache named: each goes to its default folder,
    // where a build of the same project looks for it.
    const root = await temporaryFolder('shard-script');
    await cp('content', join(root, 'content'), { recursive: true });
    const env = childEnv({ CI: '1' });
    delete env['FACTSHEET_CACHE'];
    delete env['REFERENCE_CACHE'];
    const { stdout } = await run(process.execPath, [resolve('scripts/factsheets.ts'), '--root', root, '--shard', '1/3'], { env });
    const [, factsheets, typeset] = /shard 1\/3: (\d+) factsheets, (\d+) PDFs typeset/.exec(stdout) ?? [];
    expect(Number(factsheets)).toBeGreaterThan(0);
    expect(Number(typeset)).toBe(Number(factsheets));
    const caches = join(root, 'node_modules', '.cache', 'mfi-briefs');
    const pdfs = (await readdir(join(caches, 'factsheets'), { recursive: true })).filter((name) => name.endsWith('.pdf'));
    expect(pdfs).toHaveLength(Number(factsheets));
    const references = (await readdir(join(caches, 'references'))).filter((name) => name.endsWith('.json'));
    expect(references.length).toBeGreaterThanOrEqual(Number(factsheets));
  });
});
