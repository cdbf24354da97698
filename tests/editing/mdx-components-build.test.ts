import { cp, readFile, symlink } from 'node:fs/promises';
import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { fixtureProject } from '../helpers/fixtures.ts';
import { runScript } from './helpers/run-script.ts';

describe('the allowed components in a built brief', () => {
  it('render as a figure, an aside and a blockquote on the brief page', async () => {
    const project = await fixtureProject('mdx-components');
    // A copy of the code (Astro's compiler keys its caches by real path, so links to src/ would not do).
    for (const name of ['src', 'astro.config.mjs', 'tsconfig.json', 'package.json'])
      await cp(resolve(name), join(project, name), { recursive: true });
    await symlink(resolve('node_modules'), join(project, 'node_modules'));
    const result = await runScript('build.ts', ['--out-dir', join(project, 'dist')], project, { CI: '1' });
    expect(result.code, result.stderr).toBe(0);
    const html = await readFile(join(project, 'dist/innovations/components/index.html'), 'utf8');
    const narrative = html.slice(
      html.indexOf('class="narrative"'),
      html.indexOf('</section>', html.indexOf('class="narrative"')),
    );
    expect(narrative).toMatch(
      /<figure class="figure"[^>]*><img src="https:\/\/example\.org\/photo\.jpg" alt="Clients at a training session"/,
    );
    expect(narrative).toMatch(/<figcaption[^>]*><p>A caption with <em>emphasis<\/em>\.<\/p><\/figcaption>/);
    expect(narrative).toMatch(/<aside class="callout important"[^>]*><p class="title"[^>]*>Small sample<\/p>/);
    expect(narrative).toMatch(/<aside class="callout note"/);
    expect(narrative).toMatch(/<blockquote cite="https:\/\/example\.org\/interviews"[^>]*>/);
    expect(narrative).toMatch(/<figcaption[^>]*>— A client<\/figcaption>/);
  }, 180_000);
});
