/**
 * The fast reading of plain YAML (src/lib/validation/yaml-fast.ts) against the full one
 * (yaml-syntax.ts, the `yaml` package): wherever the fast reader answers, the full reading finds
 * no problem and the same fields, value for value (0 and -0, numbers and strings alike).
 */
import { readdir, readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { isDeepStrictEqual } from 'node:util';
import fc from 'fast-check';
import matter from 'gray-matter';
import { describe, expect, it } from 'vitest';
import { writeSyntheticContent } from '../scripts/bench/synthetic-content.ts';
import { readPlainYaml } from '../src/lib/validation/yaml-fast.ts';
import { parseContentYaml } from '../src/lib/validation/yaml-syntax.ts';
import { temporaryFolder } from './helpers/temporary.ts';

/** The YAML of a content file: the whole file, or an MDX file's frontmatter as the validator splits it. */
const yamlOf = (file: string, text: string) =>
  file.endsWith('.mdx') ? matter(text.replace(/^\uFEFF/, ''), { engines: { yaml: () => ({}) } }).matter : text;

async function yamlTexts(folder: string): Promise<{ file: string; yaml: string }[]> {
  const entries = await readdir(folder, { withFileTypes: true, recursive: true });
  const files = entries
    .filter((entry) => entry.isFile() && /\.(ya?ml|mdx)$/.test(entry.name))
    .map((entry) => join(entry.parentPath, entry.name));
  return Promise.all(files.map(async (file) => ({ file, yaml: yamlOf(file, await readFile(file, 'utf8')) })));
}

/** Whether the fast reader, where it answers, agrees with the full reading; and whether it answered. */
function compare(yaml: string): { fast: boolean; agrees: boolean; fields?: unknown; full?: unknown } {
  const fields = readPlainYaml(yaml);
  if (fields === undefined) return { fast: false, agrees: true };
  const full = parseContentYaml(yaml);
  const value = full.doc?.toJS({ maxAliasCount: 0 });
  return { fast: true, agrees: !full.slips && isDeepStrictEqual(fields, value), fields, full: full.slips ?? value };
}

describe('the fast YAML reader', () => {
  it('reads every content file and fixture as the full reading does, wherever it answers', async () => {
    const texts = [...(await yamlTexts('content')), ...(await yamlTexts('tests/fixtures'))];
    expect(texts.length).toBeGreaterThan(80);
    let fast = 0;
    for (const { file, yaml } of texts) {
      const result = compare(yaml);
      expect(result.fields, file).toEqual(result.fields && result.full);
      expect(result.agrees, file).toBe(true);
      if (result.fast) fast++;
    }
    // Most real files are plain; the hostile fixtures are not, and go to the full reading.
    expect(fast).toBeGreaterThan(texts.length / 2);
  });

  it('answers for every synthetic benchmark file, with the same fields', async () => {
    const root = await temporaryFolder('yaml-fast');
    await writeSyntheticContent(root, 40);
    const synthetic = [
      ...(await yamlTexts(join(root, 'content', 'mfis'))),
      ...(await yamlTexts(join(root, 'content', 'innovations'))),
    ];
    expect(synthetic).toHaveLength(80);
    for (const { file, yaml } of synthetic) {
      const result = compare(yaml);
      expect(result.fast, file).toBe(true);
      expect(result.agrees, file).toBe(true);
    }
  });

  it('leaves to the full reading what content refuses or YAML treats apart', () => {
    for (const yaml of [
      'name: &a x\nother: *a\n',
      'name: !!str 1\n',
      'base: &b {x: 1}\nmerged:\n  <<: *b\n',
      '%YAML 1.2\n---\nname: x\n',
      'name:\tx\n',
      'title: Loans: what changed\n',
      'flow: {: 1}\n',
      '? complex\n: key\n',
      'true: x\n',
      '.inf: x\n',
      '1: x\n',
      'name: x\r\n',
      '- a\n- b\n',
      '# only a comment\n',
      'name: x\nname: y\n',
    ])
      expect(readPlainYaml(yaml), yaml).toBeUndefined();
    expect(readPlainYaml('name: x\ncount: -0\nrate: 1e3\nflag: True\nnothing: ~\nhex: 0x1F\nlist: [a, "b"]\n')).toEqual({
      name: 'x',
      count: -0,
      rate: 1000,
      flag: true,
      nothing: null,
      hex: 31,
      list: ['a', 'b'],
    });
  });

  it('agrees with the full reading on randomly mutated real files', async () => {
    const originals = await Promise.all(
      ['content/mfis/imon-international.yaml', 'content/innovations/imon-womens-entrepreneurship.mdx'].map(async (file) =>
        yamlOf(file, await readFile(file, 'utf8')),
      ),
    );
    const piece = fc.oneof(
      fc.constantFrom(
        ':',
        ': ',
        ' ',
        '  ',
        '\n',
        '- ',
        '-',
        '"',
        "'",
        '#',
        ' #',
        '[',
        ']',
        '{',
        '}',
        ',',
        '|',
        '>',
        '0',
        '-0',
        '.5',
        'e3',
        '~',
        'null',
        'No',
        'on',
        '\\',
        '%',
        '@',
        '`',
        'é',
      ),
      fc.string({ maxLength: 4 }),
    );
    const edit = fc.record({ at: fc.nat(), remove: fc.nat({ max: 6 }), insert: piece });
    fc.assert(
      fc.property(fc.constantFrom(...originals), fc.array(edit, { minLength: 1, maxLength: 4 }), (original, edits) => {
        let yaml = original;
        for (const { at, remove, insert } of edits) {
          const start = at % (yaml.length + 1);
          yaml = yaml.slice(0, start) + insert + yaml.slice(start + remove);
        }
        const result = compare(yaml);
        if (!result.agrees) expect({ yaml, fast: result.fields }).toEqual({ yaml, fast: result.full });
        return result.agrees;
      }),
      { numRuns: 1500 },
    );
  });
});
