import { mkdir, writeFile } from 'node:fs/promises';
import { dirname, join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { brokenLinks } from '../../src/lib/build/links.ts';
import { temporaryFolder } from '../helpers/temporary.ts';

/** A built site of the given files (path → content) under a temporary folder. */
async function site(files: Record<string, string>): Promise<string> {
  const root = await temporaryFolder('links');
  for (const [path, content] of Object.entries(files)) {
    await mkdir(dirname(join(root, path)), { recursive: true });
    await writeFile(join(root, path), content);
  }
  return root;
}

const page = (body: string) => `<!doctype html><html><body>${body}</body></html>`;

describe('the link check of a built site', () => {
  it('passes links to pages, folders, files and ids that exist', async () => {
    const root = await site({
      'index.html': page(
        '<a href="/briefs/a/">a</a> <a href="/briefs/a">a</a> <a href="a/#top">top</a> <a href="#here" id="here">here</a> <img src="/briefs/f.pdf"> <a href="/briefs/">home</a>',
      ),
      'a/index.html': page(
        '<h1 id="top">A</h1><a href="../index.html#here">back</a> <a href="https://example.org/x">out</a> <a href="data:,">d</a>',
      ),
      'f.pdf': '%PDF',
    });
    expect(await brokenLinks(root, '/briefs/')).toEqual({ checked: 9, broken: [] });
  });

  it('names each broken link with its page and why', async () => {
    const root = await site({
      'index.html': page(
        '<a href="/briefs/missing/">m</a> <a href="/other/">o</a> <a href="a/#nowhere">n</a> <a href="https://exa mple.org">u</a>',
      ),
      'a/index.html': page('<a href="/briefs/f.pdf/">slash</a> <a href="/briefs/b/">empty folder</a> <a href="#top">self</a>'),
      'b/data.json': '{}',
      'f.pdf': '%PDF',
    });
    const { checked, broken } = await brokenLinks(root, '/briefs/');
    expect(checked).toBe(7);
    expect(broken).toEqual([
      { page: '/a/index.html', link: '/briefs/f.pdf/', why: 'no such file' },
      { page: '/a/index.html', link: '/briefs/b/', why: 'no such file' },
      { page: '/a/index.html', link: '#top', why: 'no element with id #top' },
      { page: '/index.html', link: '/briefs/missing/', why: 'no such file' },
      { page: '/index.html', link: '/other/', why: 'outside the base path /briefs/' },
      { page: '/index.html', link: 'a/#nowhere', why: 'no element with id #nowhere' },
      { page: '/index.html', link: 'https://exa mple.org', why: 'malformed URL' },
    ]);
  });

  it('reports every page that links to a missing id of another page, in page order', async () => {
    const root = await site({
      'a/index.html': page('<a href="/briefs/c/#gone">1</a> <a href="/briefs/c/#kept">2</a>'),
      'b/index.html': page('<a href="../c/#gone">3</a> <a href="/briefs/c/#g%C3%A5">4</a>'),
      'c/index.html': page('<h2 id="kept">Kept</h2><h2 id="gå">Gå</h2><a href="/briefs/a/#top">5</a>'),
    });
    expect(await brokenLinks(root, '/briefs/')).toEqual({
      checked: 5,
      broken: [
        { page: '/a/index.html', link: '/briefs/c/#gone', why: 'no element with id #gone' },
        { page: '/b/index.html', link: '../c/#gone', why: 'no element with id #gone' },
        { page: '/c/index.html', link: '/briefs/a/#top', why: 'no element with id #top' },
      ],
    });
  });
});
