/**
 * `npm run docs`: writes docs/content-model.md, the reference of every field of every content
 * file, from the schemas, so that the reference is never out of date with the validator.
 */
import { mkdir } from 'node:fs/promises';
import { join } from 'node:path';
import { writeFileAtomically } from '../src/lib/content-model/files.ts';
import { contentModelMarkdown } from '../src/lib/content-model/reference.ts';
import { requireTaxonomy } from '../src/lib/taxonomy/load.ts';

await mkdir(join(process.cwd(), 'docs'), { recursive: true });
await writeFileAtomically(
  join(process.cwd(), 'docs', 'content-model.md'),
  contentModelMarkdown(await requireTaxonomy(process.cwd())),
);
console.log(`Wrote docs/content-model.md.`);
