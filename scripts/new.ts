/**
 * `npm run new -- mfi <slug>`, `npm run new -- programme <slug>` and
 * `npm run new -- innovation <slug> --mfi <slug> [--programme <slug>]`:
 * writes a new content file that validates, with a TODO placeholder for every required field
 * and every optional field commented out, explained from the schema. Refuses to overwrite a file.
 */
import { mkdir, readdir, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { StandIn, scaffoldYaml } from '../src/lib/content-model/scaffold.ts';
import { schemaHeader } from '../src/lib/content-model/schema-header.ts';
import { placeholderMark } from '../src/lib/validation/placeholders.ts';
import { didYouMean } from '../src/lib/validation/suggest.ts';
import { requireTaxonomy } from '../src/lib/taxonomy/load.ts';
import { slugPattern } from '../src/schemas/primitives.ts';
import { countryRegion } from '../src/schemas/country.ts';
import { regions } from '../src/schemas/vocabulary.ts';

const usage =
  'usage: npm run new -- mfi <slug>, npm run new -- programme <slug>, or npm run new -- innovation <slug> --mfi <mfi-slug> [--programme <programme-slug>]';
const guidance =
  '# Replace every placeholder (npm run check:placeholders lists them). Optional fields are commented out: delete the "# " in front of a field to use it. docs/content-model.md describes every field.';

/** Stops with one line on stderr and exit code 1: what went wrong, and what would work. */
function fail(message: string): never {
  console.error(message);
  process.exit(1);
}

async function slugsIn(folder: string): Promise<string[]> {
  const names = await readdir(folder).catch(() => []);
  return names
    .filter((name) => !name.startsWith('.'))
    .map((name) => name.replace(/\.[^.]+$/, ''))
    .sort();
}

/** The MFI named on the command line; it must have a profile already. */
async function mfiReference(root: string, mfi: string | undefined): Promise<string> {
  const mfis = await slugsIn(join(root, 'content', 'mfis'));
  if (mfi === undefined)
    fail(
      `an innovation needs --mfi <slug>, the MFI that ran it: one of ${mfis.join(', ') || '(none yet: npm run new -- mfi <slug>)'}`,
    );
  if (mfis.includes(mfi)) return mfi;
  const guess = didYouMean(mfi, mfis);
  fail(
    `no MFI "${mfi}" in content/mfis/${guess ? `; did you mean "${guess}"?` : ''} (add it first with npm run new -- mfi ${mfi})`,
  );
}

/**
 * The programme named on the command line. Without one, the file cannot know whether the
 * innovation belongs to a programme: the first programme stands in, marked TODO (keep the right
 * one, or delete the line); with no programme at all, the optional field stays commented out.
 */
async function programmeReference(root: string, programme: string | undefined): Promise<string | StandIn | undefined> {
  const programmes = [...new Set(await slugsIn(join(root, 'content', 'programmes')))];
  if (programme !== undefined) {
    if (programmes.includes(programme)) return programme;
    const guess = didYouMean(programme, programmes);
    fail(
      `no programme "${programme}" in content/programmes/${guess ? `; did you mean "${guess}"?` : ''} (${programmes.length ? `one of ${programmes.join(', ')}` : `none yet: npm run new -- programme ${programme}`})`,
    );
  }
  if (programmes.length === 0) return undefined;
  return new StandIn(
    programmes[0],
    `the programme it belongs to, one of: ${programmes.join(', ')}; delete this line if it belongs to none`,
  );
}

const { positionals, values } = (() => {
  try {
    return parseArgs({ allowPositionals: true, options: { mfi: { type: 'string' }, programme: { type: 'string' } } });
  } catch {
    return fail(usage);
  }
})();
const [kind, slug, ...extra] = positionals;
if ((kind !== 'mfi' && kind !== 'innovation' && kind !== 'programme') || slug === undefined || extra.length > 0) fail(usage);
if (!slugPattern.test(slug)) {
  fail(
    `"${slug}" is not a valid slug (it becomes the file name and the page address): use lowercase letters, digits and single hyphens, e.g. imon-international`,
  );
}
if (kind !== 'innovation' && (values.mfi !== undefined || values.programme !== undefined)) fail(usage);

const root = process.cwd();
const taxonomy = await requireTaxonomy(root);
let file: string;
let text: string;
if (kind === 'mfi') {
  file = `content/mfis/${slug}.yaml`;
  const yaml = scaffoldYaml(
    'mfis',
    {
      country: new StandIn('TJ', 'the ISO 3166-1 alpha-2 code of the country, e.g. KE for Kenya'),
      region: new StandIn(countryRegion('TJ'), `the region of the country (validate names it), one of: ${regions.join(', ')}`),
    },
    taxonomy,
  );
  text = `${schemaHeader(file, 'mfis')}\n${guidance}\n${yaml}`;
} else if (kind === 'programme') {
  file = `content/programmes/${slug}.yaml`;
  text = `${schemaHeader(file, 'programmes')}\n${guidance}\n${scaffoldYaml('programmes', {}, taxonomy)}`;
} else {
  file = `content/innovations/${slug}.mdx`;
  const programme = await programmeReference(root, values.programme);
  const yaml = scaffoldYaml(
    'innovations',
    {
      mfi: await mfiReference(root, values.mfi),
      ...(programme === undefined ? {} : { programme }),
      // A result the study measured needs a direction and a significance, which a placeholder must not invent.
      results: [
        {
          status: new StandIn('not-measured', 'a placeholder result; see reason'),
          reason: `${placeholderMark}: replace this placeholder with a result of the study (status: measured, with finding, direction and significance), or say why the outcome was not measured.`,
        },
      ],
    },
    taxonomy,
  );
  const body = `${placeholderMark}: the narrative of the brief, in Markdown: the clients' problem, what the MFI tried, and how it went. See CONTRIBUTING.md for the components you can use.`;
  text = `---\n${guidance}\n${yaml}---\n\n${body}\n`;
}

await mkdir(join(root, file, '..'), { recursive: true });
try {
  await writeFile(join(root, file), text, { flag: 'wx' });
} catch (error) {
  if ((error as NodeJS.ErrnoException).code === 'EEXIST') fail(`${file} already exists: edit it, or choose another slug`);
  throw error;
}
console.log(`Wrote ${file}. Replace every ${placeholderMark} in it, then run npm run validate.`);
