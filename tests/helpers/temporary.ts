import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

const created: string[] = [];

/**
 * A new empty folder under the system's temporary folder, removed after the test file that made
 * it has run (tests/setup/remove-temporary.ts), so that a test run leaves nothing in /tmp.
 */
export async function temporaryFolder(prefix: string): Promise<string> {
  const folder = await mkdtemp(join(tmpdir(), `mfi-briefs-${prefix}-`));
  created.push(folder);
  return folder;
}

/** Removes every folder `temporaryFolder` made in this test file. */
export async function removeTemporaryFolders(): Promise<void> {
  const folders = created.splice(0);
  await Promise.all(folders.map((folder) => rm(folder, { recursive: true, force: true })));
}
