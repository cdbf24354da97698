import { readdir, readFile } from 'node:fs/promises';
import { dirname, join, relative, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';

/**
 * The layers of src/ and what each may import: the zod model imports nothing of the rest of src/
 * (scripts, the build and the JSON Schemas use it alone), and the pure logic in src/lib/ never
 * reaches Astro's virtual modules, components or pages (so a unit test runs it without Astro).
 */
const root = process.cwd();
const src = resolve('src');

async function sourceFiles(folder: string): Promise<string[]> {
  const entries = await readdir(folder, { withFileTypes: true, recursive: true });
  return entries.filter((e) => e.isFile() && /\.(ts|mts|astro)$/.test(e.name)).map((e) => join(e.parentPath, e.name));
}

/** Every module a file imports or re-exports, static or dynamic, as written. */
function importsOf(code: string): string[] {
  const specifiers = [
    ...code.matchAll(/^\s*(?:import|export)\s[^'"]*?from\s*['"]([^'"]+)['"]/gm),
    ...code.matchAll(/^\s*import\s*['"]([^'"]+)['"]/gm),
    ...code.matchAll(/\bimport\(\s*['"]([^'"]+)['"]\s*\)/g),
  ];
  return specifiers.map((match) => match[1]!);
}

/** What `file` imports: packages and `astro:*` modules as written, files by their path in the project (`src/lib/format.ts`). */
async function dependencies(file: string): Promise<string[]> {
  return importsOf(await readFile(file, 'utf8')).map((specifier) =>
    specifier.startsWith('.') ? relative(root, resolve(dirname(file), specifier.replace(/\?.*$/, ''))) : specifier,
  );
}

async function violations(layer: string, forbidden: (dependency: string) => boolean): Promise<string[]> {
  const found: string[] = [];
  for (const file of await sourceFiles(join(src, layer))) {
    for (const dependency of await dependencies(file))
      if (forbidden(dependency)) found.push(`${relative(root, file)} imports ${dependency}`);
  }
  return found;
}

describe('the layers of src/', () => {
  it('finds static, dynamic and re-exported imports', () => {
    const code =
      "import a from './a.ts';\nimport type { B } from '../b.ts';\nexport { c } from './c.ts';\nimport './d.css';\nconst e = await import('astro:content');\n";
    expect(importsOf(code)).toEqual(['./a.ts', '../b.ts', './c.ts', './d.css', 'astro:content']);
  });

  it('keeps the schemas free of the rest of src/', async () => {
    expect(await sourceFiles(join(src, 'schemas'))).not.toEqual([]);
    // A file of the project outside src/schemas/, or Astro's modules (packages such as zod are fine).
    const outside = (dependency: string) =>
      dependency.startsWith('astro:') ||
      (/^(src|content|scripts|tests)\//.test(dependency) && !dependency.startsWith('src/schemas/'));
    expect(await violations('schemas', outside)).toEqual([]);
  });

  it('keeps src/lib/ free of astro:* modules, components, layouts and pages', async () => {
    expect(await sourceFiles(join(src, 'lib'))).not.toEqual([]);
    const presentation = (dependency: string) =>
      dependency.startsWith('astro:') || /^src\/(components|layouts|pages)\//.test(dependency) || dependency.endsWith('.astro');
    expect(await violations('lib', presentation)).toEqual([]);
  });
});
