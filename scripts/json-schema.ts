/**
 * `npm run schemas`: writes the JSON Schemas editors' YAML tools read (schemas/*.schema.json)
 * from the zod schemas. `npm run schemas -- --headers` also puts the line that names its
 * schema at the top of every content YAML file that lacks it (running it again changes nothing).
 */
import { mkdir, readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { listContentFiles, writeFileAtomically } from '../src/lib/content-model/files.ts';
import { jsonSchemaText, schemaFiles, schemaNames, schemasFolder } from '../src/lib/content-model/json-schema.ts';
import { schemaHeader, schemaNameFor, withSchemaHeader } from '../src/lib/content-model/schema-header.ts';
import { requireTaxonomy } from '../src/lib/taxonomy/load.ts';

const { values } = parseArgs({ options: { headers: { type: 'boolean', default: false } } });
const root = process.cwd();
const taxonomy = await requireTaxonomy(root);

await mkdir(join(root, schemasFolder), { recursive: true });
for (const name of schemaNames)
  await writeFileAtomically(join(root, schemasFolder, schemaFiles[name]), jsonSchemaText(name, taxonomy));
console.log(`Wrote ${schemaNames.map((name) => `${schemasFolder}/${schemaFiles[name]}`).join(', ')}.`);

if (values.headers) {
  let updated = 0;
  for (const file of await listContentFiles(root)) {
    const name = schemaNameFor(file);
    if (!name) continue;
    const text = await readFile(join(root, file), 'utf8');
    const withHeader = withSchemaHeader(text, schemaHeader(file, name));
    if (withHeader === text) continue;
    await writeFileAtomically(join(root, file), withHeader);
    console.log(`Added the schema line to ${file}`);
    updated++;
  }
  console.log(`${updated} content file${updated === 1 ? '' : 's'} updated.`);
}
