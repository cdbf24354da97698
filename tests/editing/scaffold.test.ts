import { copyFile, readdir, readFile, rm } from 'node:fs/promises';
import { join } from 'node:path';
import { parseDocument } from 'yaml';
import { describe, expect, it } from 'vitest';
import { bundledTaxonomy } from '../helpers/taxonomy.ts';
import { contentJsonSchema } from '../../src/lib/content-model/json-schema.ts';
import { schemaHeader } from '../../src/lib/content-model/schema-header.ts';
import { formatProblem } from '../../src/lib/validation/problem.ts';
import { validateContent } from '../../src/lib/validation/validate.ts';
import { fixtureProject } from '../helpers/fixtures.ts';
import { runScript } from './helpers/run-script.ts';
import { regions } from '../../src/schemas/vocabulary.ts';

const newFile = (project: string, ...args: string[]) => runScript('new.ts', args, project);

/** The YAML of a scaffold: the file itself, or the frontmatter of an .mdx file. */
function yamlOf(text: string): string {
  return text.startsWith('---\n') ? text.slice(4, text.indexOf('\n---\n') + 1) : text;
}

/** The scaffold with every optional field uncommented, as an editor who wants them all would do. */
function uncommented(yaml: string): string {
  return yaml.replace(/^(\s*)# (?=\s*(?:- )?[a-z_]+: {2}# )/gm, '$1');
}

async function contentFiles(project: string): Promise<string[]> {
  const folders = ['mfis', 'innovations', 'programmes'];
  return (
    await Promise.all(
      folders.map(async (folder) => (await readdir(join(project, 'content', folder))).map((name) => `${folder}/${name}`)),
    )
  ).flat();
}

describe('npm run new -- mfi <slug>', () => {
  it('writes a profile that validates, names its schema, and has every field of the schema', async () => {
    const project = await fixtureProject();
    const result = await newFile(project, 'mfi', 'new-mfi');
    expect(result).toMatchObject({ code: 0, stderr: '' });
    expect(result.stdout.trim()).toBe('Wrote content/mfis/new-mfi.yaml. Replace every TODO in it, then run npm run validate.');
    const text = await readFile(join(project, 'content/mfis/new-mfi.yaml'), 'utf8');
    expect(text.split('\n')[0]).toBe(schemaHeader('content/mfis/new-mfi.yaml', 'mfis'));
    expect((await validateContent(project)).problems.map(formatProblem)).toEqual([]);
    for (const field of Object.keys(contentJsonSchema('mfis', bundledTaxonomy).properties ?? {}))
      expect(text).toMatch(new RegExp(`^(# )?${field}:`, 'm'));
  });

  it('marks every placeholder TODO, and explains each optional field from its schema description', async () => {
    const project = await fixtureProject();
    await newFile(project, 'mfi', 'new-mfi');
    const lines = (await readFile(join(project, 'content/mfis/new-mfi.yaml'), 'utf8')).split('\n');
    expect(lines).toContain('name: "TODO: Full name of the institution, as it was during the programme."');
    expect(lines).toContain('country: TJ  # TODO: the ISO 3166-1 alpha-2 code of the country, e.g. KE for Kenya');
    expect(lines).toContain("# website:  # The institution's web site. An http(s) address.");
    expect(lines).toContain(
      '#   - as_of:  # The year these figures describe (not the year they were published). A year from 1970 to next year.',
    );
    expect(lines.find((line) => line.startsWith('region: '))).toBe(
      `region: central-asia  # TODO: the region of the country (validate names it), one of: ${regions.join(', ')}`,
    );
  });
});

describe('npm run new -- innovation <slug> --mfi <slug>', () => {
  it('writes a brief that validates, with the MFI filled in and the programme marked TODO, since it may belong to none', async () => {
    const project = await fixtureProject();
    const result = await newFile(project, 'innovation', 'new-brief', '--mfi', 'sample-mfi');
    expect(result.code).toBe(0);
    expect(result.stdout.trim()).toBe(
      'Wrote content/innovations/new-brief.mdx. Replace every TODO in it, then run npm run validate.',
    );
    const text = await readFile(join(project, 'content/innovations/new-brief.mdx'), 'utf8');
    expect((await validateContent(project)).problems.map(formatProblem)).toEqual([]);
    expect(text).toMatch(/^mfi: sample-mfi$/m);
    expect(text).toMatch(
      /^programme: sample-programme {2}# TODO: the programme it belongs to, one of: sample-programme; delete this line if it belongs to none$/m,
    );
    expect(text).toMatch(/^ {4}status: not-measured {2}# TODO: /m);
    expect(text.trimEnd().split('\n').at(-1)).toMatch(/^TODO: the narrative of the brief/);
    for (const field of Object.keys(contentJsonSchema('innovations', bundledTaxonomy).properties ?? {}))
      expect(text).toMatch(new RegExp(`^(# )?${field}:`, 'm'));
  });

  it('with several programmes, takes the one named by --programme, or stands one in marked TODO', async () => {
    const project = await fixtureProject();
    await copyFile(
      join(project, 'content/programmes/sample-programme.yaml'),
      join(project, 'content/programmes/other-programme.yaml'),
    );
    await newFile(project, 'innovation', 'standing-in', '--mfi', 'sample-mfi');
    await newFile(project, 'innovation', 'chosen', '--mfi', 'sample-mfi', '--programme', 'sample-programme');
    expect(await readFile(join(project, 'content/innovations/standing-in.mdx'), 'utf8')).toMatch(
      /^programme: other-programme {2}# TODO: the programme it belongs to, one of: other-programme, sample-programme; delete this line if it belongs to none$/m,
    );
    expect(await readFile(join(project, 'content/innovations/chosen.mdx'), 'utf8')).toMatch(/^programme: sample-programme$/m);
    expect((await validateContent(project)).problems).toEqual([]);
  });

  it('without any programme, leaves the optional programme commented out, and the brief validates', async () => {
    const project = await fixtureProject();
    await rm(join(project, 'content/programmes'), { recursive: true });
    await rm(join(project, 'content/innovations/sample-innovation.mdx'));
    expect((await newFile(project, 'innovation', 'no-programme', '--mfi', 'sample-mfi')).code).toBe(0);
    const text = await readFile(join(project, 'content/innovations/no-programme.mdx'), 'utf8');
    expect(text).toMatch(/^# programme: {2}# The programme it belongs to, if any/m);
    expect((await validateContent(project)).problems.map(formatProblem)).toEqual([]);
  });

  it('npm run new -- programme writes a programme that validates, every required field marked TODO', async () => {
    const project = await fixtureProject();
    const result = await newFile(project, 'programme', 'new-programme');
    expect(result.stdout.trim()).toBe(
      'Wrote content/programmes/new-programme.yaml. Replace every TODO in it, then run npm run validate.',
    );
    const text = await readFile(join(project, 'content/programmes/new-programme.yaml'), 'utf8');
    expect(text).toMatch(/^name: "TODO: /m);
    expect(text).toMatch(/^organisation: "TODO: /m);
    expect((await validateContent(project)).problems.map(formatProblem)).toEqual([]);
    const placeholders = await runScript('check-placeholders.ts', [], project);
    expect(placeholders.code).toBe(1);
    expect(placeholders.stderr).toContain('content/programmes/new-programme.yaml:');
  });

  it('gives well-formed YAML with every optional field when all of them are uncommented', async () => {
    const project = await fixtureProject();
    await newFile(project, 'innovation', 'all-fields', '--mfi', 'sample-mfi');
    await newFile(project, 'mfi', 'all-fields');
    for (const [file, name] of [
      ['innovations/all-fields.mdx', 'innovations'],
      ['mfis/all-fields.yaml', 'mfis'],
    ] as const) {
      const yaml = uncommented(yamlOf(await readFile(join(project, 'content', file), 'utf8')));
      const document = parseDocument(yaml);
      expect(document.errors.map((error) => error.message)).toEqual([]);
      expect(Object.keys(document.toJS() as object).sort()).toEqual(
        Object.keys(contentJsonSchema(name, bundledTaxonomy).properties ?? {}).sort(),
      );
    }
  });
});

describe('npm run new refuses, in one line, with exit code 1', () => {
  const cases: [string, string[], string][] = [
    ['an existing file', ['mfi', 'sample-mfi'], 'content/mfis/sample-mfi.yaml already exists: edit it, or choose another slug'],
    [
      'an existing brief',
      ['innovation', 'sample-innovation', '--mfi', 'sample-mfi'],
      'content/innovations/sample-innovation.mdx already exists: edit it, or choose another slug',
    ],
    [
      'a bad slug',
      ['mfi', 'Sample_MFI'],
      '"Sample_MFI" is not a valid slug (it becomes the file name and the page address): use lowercase letters, digits and single hyphens, e.g. imon-international',
    ],
    [
      'an unknown MFI',
      ['innovation', 'x', '--mfi', 'sampel-mfi'],
      'no MFI "sampel-mfi" in content/mfis/; did you mean "sample-mfi"? (add it first with npm run new -- mfi sampel-mfi)',
    ],
    ['no MFI', ['innovation', 'x'], 'an innovation needs --mfi <slug>, the MFI that ran it: one of sample-mfi'],
    [
      'an unknown programme',
      ['innovation', 'x', '--mfi', 'sample-mfi', '--programme', 'nope'],
      'no programme "nope" in content/programmes/ (one of sample-programme)',
    ],
    [
      'no arguments',
      [],
      'usage: npm run new -- mfi <slug>, npm run new -- programme <slug>, or npm run new -- innovation <slug> --mfi <mfi-slug> [--programme <programme-slug>]',
    ],
    [
      'an unknown kind',
      ['project', 'x'],
      'usage: npm run new -- mfi <slug>, npm run new -- programme <slug>, or npm run new -- innovation <slug> --mfi <mfi-slug> [--programme <programme-slug>]',
    ],
    [
      'an unknown option',
      ['mfi', 'x', '--force'],
      'usage: npm run new -- mfi <slug>, npm run new -- programme <slug>, or npm run new -- innovation <slug> --mfi <mfi-slug> [--programme <programme-slug>]',
    ],
  ];
  it.each(cases)('%s', async (_name, args, line) => {
    const project = await fixtureProject();
    const before = await contentFiles(project);
    const result = await newFile(project, ...args);
    expect(result).toMatchObject({ code: 1, stdout: '' });
    expect(result.stderr.trim()).toBe(line);
    expect(await contentFiles(project)).toEqual(before);
  });

  it('and leaves an existing file as it was', async () => {
    const project = await fixtureProject();
    const before = await readFile(join(project, 'content/mfis/sample-mfi.yaml'), 'utf8');
    await newFile(project, 'mfi', 'sample-mfi');
    expect(await readFile(join(project, 'content/mfis/sample-mfi.yaml'), 'utf8')).toBe(before);
  });
});

describe('npm run check:placeholders', () => {
  it('passes content with no placeholder', async () => {
    const result = await runScript('check-placeholders.ts', [], await fixtureProject());
    expect(result).toMatchObject({ code: 0, stdout: 'No placeholders left: 7 files checked.\n' });
  });

  it('lists every TODO a new file still holds, with its line, and exits 1', async () => {
    const project = await fixtureProject();
    await newFile(project, 'mfi', 'new-mfi');
    const result = await runScript('check-placeholders.ts', [], project);
    expect(result.code).toBe(1);
    const lines = result.stderr.trim().split('\n');
    expect(lines[0]).toBe(
      'content/mfis/new-mfi.yaml:3:8: a TODO placeholder is still here: replace it with the fact from the source, or delete the field if it is optional (found "name: \\"TODO: Full name of the institution, as it was duri…")',
    );
    const count = lines.filter((line) => line.startsWith('content/mfis/new-mfi.yaml:')).length;
    expect(count).toBeGreaterThanOrEqual(6);
    expect(lines.at(-1)).toBe(`${count} placeholders left. Replace each with the fact from the source.`);
  });

  it('adds GitHub annotations under GitHub Actions', async () => {
    const project = await fixtureProject();
    await newFile(project, 'mfi', 'new-mfi');
    const result = await runScript('check-placeholders.ts', [], project, { GITHUB_ACTIONS: 'true' });
    expect(result.stdout).toMatch(/^::error file=content\/mfis\/new-mfi\.yaml,line=3,col=8::a TODO placeholder is still here/m);
  });
});
