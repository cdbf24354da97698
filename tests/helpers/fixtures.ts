import { cp } from 'node:fs/promises';
import { join, resolve } from 'node:path';
import { temporaryFolder } from './temporary.ts';

export const fixturesDir = resolve('tests/fixtures');

/**
 * A temporary project folder (removed after the test file) holding the valid fixture content with the named case's files laid
 * over it (a case adds or replaces files; it never needs to repeat the valid ones).
 */
export async function fixtureProject(caseName?: string): Promise<string> {
  const root = await temporaryFolder(caseName ?? 'valid');
  await cp(join(fixturesDir, 'valid'), root, { recursive: true });
  if (caseName) await cp(join(fixturesDir, caseName), root, { recursive: true });
  return root;
}
