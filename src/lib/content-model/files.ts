import { access, readdir, rename, rm, writeFile } from 'node:fs/promises';
import { basename, dirname, extname, join } from 'node:path';
import { contentKinds } from '../../schemas/index.ts';
import { taxonomyFolder } from '../../schemas/taxonomy.ts';

/**
 * Every content file under `root` (the folder holding `content/`), as a path like
 * `content/mfis/imon.yaml`: the site settings, the taxonomy files, then each kind's files with an
 * extension it takes.
 */
export async function listContentFiles(root: string): Promise<string[]> {
  const files: string[] = [];
  if (
    await access(join(root, 'content', 'site.yaml')).then(
      () => true,
      () => false,
    )
  )
    files.push('content/site.yaml');
  const taxonomies = await readdir(join(root, 'content', taxonomyFolder)).catch(() => []);
  for (const name of taxonomies.sort())
    if (!name.startsWith('.') && extname(name) === '.yaml') files.push(`content/${taxonomyFolder}/${name}`);
  for (const { folder, extensions } of Object.values(contentKinds)) {
    const names = await readdir(join(root, 'content', folder)).catch(() => []);
    for (const name of names.sort()) {
      if (!name.startsWith('.') && (extensions as readonly string[]).includes(extname(name)))
        files.push(`content/${folder}/${name}`);
    }
  }
  return files;
}

/** Writes through a temporary file beside the target, so that no reader ever sees half a file. */
export async function writeFileAtomically(path: string, text: string): Promise<void> {
  const temporary = join(dirname(path), `.${basename(path)}.${process.pid}.tmp`);
  try {
    await writeFile(temporary, text);
    await rename(temporary, path);
  } catch (error) {
    await rm(temporary, { force: true });
    throw error;
  }
}
