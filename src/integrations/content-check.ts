/**
 * Runs the content validator in `astro dev`: once when the server starts, and again whenever a
 * file under content/ changes, logging each problem exactly as `npm run validate` prints it
 * (Astro's own messages for bad content give no line, and stop at the first file). It does
 * nothing in `astro build`, where the site-build integration validates before Astro reads anything.
 */
import { join, sep } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration, AstroIntegrationLogger } from 'astro';
import { formatProblem } from '../lib/validation/problem.ts';
import { validateContent } from '../lib/validation/validate.ts';

/** The part of Vite's file watcher this uses. */
interface Watcher {
  add(path: string): unknown;
  on(event: 'all', listener: (event: string, path: string) => void): unknown;
}

/** Saving a file often fires several events; one check after they settle is enough. */
const settleMs = 150;

/** Validates `root`'s content now and after every change under content/, logging what it finds. */
export function watchContent(root: string, watcher: Watcher, logger: AstroIntegrationLogger): void {
  const contentDir = join(root, 'content');
  let hadProblems = true;
  let running = Promise.resolve();
  let timer: ReturnType<typeof setTimeout> | undefined;

  const check = async () => {
    try {
      const report = await validateContent(root);
      for (const problem of report.problems) logger.error(formatProblem(problem));
      const count = report.problems.length;
      if (count > 0)
        logger.error(
          `${count} problem${count === 1 ? '' : 's'} in content/: pages built from these files may be wrong or fail until you fix them.`,
        );
      else if (hadProblems) logger.info(`Content is valid: ${report.files} files checked.`);
      hadProblems = count > 0;
    } catch (error) {
      logger.error(`The content check failed: ${error instanceof Error ? error.message : String(error)}`);
    }
  };
  // One check at a time, in order, so that the last message always describes the files as they are.
  const schedule = () => {
    clearTimeout(timer);
    timer = setTimeout(() => {
      running = running.then(check);
    }, settleMs);
  };

  watcher.add(contentDir);
  watcher.on('all', (_event, path) => {
    if (path === contentDir || path.startsWith(contentDir + sep)) schedule();
  });
  running = running.then(check);
}

export function contentCheck(): AstroIntegration {
  let root = process.cwd();
  return {
    name: 'content-check',
    hooks: {
      'astro:config:done': ({ config }) => {
        root = fileURLToPath(config.root);
      },
      'astro:server:setup': ({ server, logger }) => {
        watchContent(root, server.watcher, logger);
      },
    },
  };
}
