/**
 * The Astro content loader for content/: it reads files through the validator's own code
 * (`readKind`: the same listing, byte checks, YAML parser, MDX safety check and schema), so the
 * build can never load a file, or a reading of a file, that `npm run validate` did not pass.
 *
 * Data goes to the store as our parser read it; MDX entries are handed over with `filePath` and
 * `deferredRender`, so that Astro's MDX integration compiles exactly the file that was checked,
 * and only files that were checked (a symbolic link or a file outside content/ is never stored).
 */
import { join, sep } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Loader } from 'astro/loaders';
import type { z } from 'astro/zod';
import { contentKinds, type ContentKind } from '../schemas/index.ts';
import { readKind } from './validation/content-files.ts';
import { formatProblem } from './validation/problem.ts';

/** Loads one kind of content, checked against `schema` (the collection's, passed in by content.config.ts). */
export function contentLoader(kind: ContentKind, schema: z.core.$ZodType): Loader {
  return {
    name: `content-${kind}`,
    load: async ({ config, store, parseData, generateDigest, logger, watcher }) => {
      const root = fileURLToPath(config.root);
      const folder = join(root, 'content', contentKinds[kind].folder);
      const sync = async () => {
        const reading = await readKind(root, kind, schema);
        if (reading.problems.length > 0) {
          const lines = reading.problems.map(formatProblem);
          // In `astro dev` the server keeps running with the good files (content-check logs the
          // problems until they are fixed); a build never goes on with a file left out.
          if (!watcher) throw new Error(`content/ has problems; nothing was built:\n${lines.join('\n')}`);
          for (const line of lines) logger.error(line);
        }
        const refused = new Set(reading.problems.map((problem) => problem.file));
        const kept = new Set<string>();
        for (const entry of reading.entries) {
          if (refused.has(entry.file)) continue;
          const text = reading.texts.get(entry.file)!;
          // parseData applies the collection's schema the way Astro does (references, defaults)
          // to the data exactly as our parser read it.
          const data = await parseData({
            id: entry.id,
            data: entry.document.data as Record<string, unknown>,
            filePath: join(root, entry.file),
          });
          kept.add(entry.id);
          store.set({
            id: entry.id,
            data,
            filePath: entry.file,
            digest: generateDigest(text),
            ...(entry.file.endsWith('.mdx') ? { body: entry.document.body ?? '', deferredRender: true } : {}),
          });
        }
        for (const id of store.keys()) if (!kept.has(id)) store.delete(id);
      };
      await sync();
      if (!watcher) return;
      // A change is read again through the same code; a content folder is small enough to read whole.
      watcher.add(folder);
      watcher.on('all', (_event, path) => {
        if (path === folder || path.startsWith(folder + sep)) void sync().catch((error: unknown) => logger.error(String(error)));
      });
    },
  };
}
