import { cp } from 'node:fs/promises';
import { join, resolve } from 'node:path';
import { temporaryFolder } from './temporary.ts';

export const fixturesDir = resolve('tests/fixtures');

/**
 * A temporary project folder (removed after the test file) holding the valid fixture content with
 * the named case's files laid over it (a case adds or replaces files; it never needs to repeat the
 * valid ones), or, with `alone`, the case's files only.
 */
export async function fixtureProject(caseName?: string, { alone = false } = {}): Promise<string> {
  const root = await temporaryFolder(caseName ?? 'valid');
  // A case `alone` is a whole site of its own (e.g. one with another taxonomy).
  if (!alone) await cp(join(fixturesDir, 'valid'), root, { recursive: true });
  if (caseName) await cp(join(fixturesDir, caseName), root, { recursive: true });
  return root;
}
