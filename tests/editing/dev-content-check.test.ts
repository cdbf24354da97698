import { EventEmitter } from 'node:events';
import { rm, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import type { AstroIntegrationLogger } from 'astro';
import { describe, expect, it, vi } from 'vitest';
import { contentCheck, watchContent } from '../../src/integrations/content-check.ts';
import { formatProblem } from '../../src/lib/validation/problem.ts';
import { validateContent } from '../../src/lib/validation/validate.ts';
import { fixtureProject } from '../helpers/fixtures.ts';

/** A stand-in for Vite's file watcher: it records what it is asked to watch, and the test fires the events. */
class FakeWatcher extends EventEmitter {
  watched: string[] = [];
  add(path: string) {
    this.watched.push(path);
  }
}

function recordingLogger() {
  const lines: string[] = [];
  const logger = {
    info: (message: string) => lines.push(`info ${message}`),
    error: (message: string) => lines.push(`error ${message}`),
  } as unknown as AstroIntegrationLogger;
  return { lines, logger };
}

describe('the content check in npm run dev', () => {
  it('logs each problem as npm run validate prints it when the server starts, again after each change, and says when all is well', async () => {
    const project = await fixtureProject('unknown-vocabulary');
    const watcher = new FakeWatcher();
    const { lines, logger } = recordingLogger();
    watchContent(project, watcher, logger);
    expect(watcher.watched).toEqual([join(project, 'content')]);
    const printed = async () => (await validateContent(project)).problems.map((problem) => `error ${formatProblem(problem)}`);
    const atStart = await printed();
    expect(atStart.length).toBeGreaterThan(1);
    await vi.waitFor(() =>
      expect(lines).toEqual([
        ...atStart,
        `error ${atStart.length} problems in content/: pages built from these files may be wrong or fail until you fix them.`,
      ]),
    );

    lines.length = 0;
    watcher.emit('all', 'change', join(project, 'README.md'));
    await new Promise((done) => setTimeout(done, 500));
    expect(lines, 'a change outside content/ is not checked').toEqual([]);

    const broken = join(project, 'content/innovations/unknown-vocabulary.mdx');
    await writeFile(broken, '');
    watcher.emit('all', 'change', broken);
    watcher.emit('all', 'change', broken);
    const afterChange = await printed();
    expect(afterChange).toEqual([
      expect.stringMatching(/^error content\/innovations\/unknown-vocabulary\.mdx:1:1: the file is empty/),
    ]);
    await vi.waitFor(() =>
      expect(lines).toEqual([
        ...afterChange,
        'error 1 problem in content/: pages built from these files may be wrong or fail until you fix them.',
      ]),
    );

    lines.length = 0;
    await rm(broken);
    watcher.emit('all', 'unlink', broken);
    await vi.waitFor(() => expect(lines).toEqual(['info Content is valid: 4 files checked.']));
  });

  it('runs in the dev server only: the build validates before Astro starts', () => {
    expect(Object.keys(contentCheck().hooks)).toEqual(['astro:config:done', 'astro:server:setup']);
  });
});
