import { describe, expect, it } from 'vitest';
import { formatProblem } from '../src/lib/validation/problem.ts';
import { validateContent } from '../src/lib/validation/validate.ts';
import { fixtureProject } from './helpers/fixtures.ts';

async function problemLines(caseName?: string): Promise<string[]> {
  const report = await validateContent(await fixtureProject(caseName));
  return report.problems.map(formatProblem);
}

// Each message is part of the interface editors see: a change to one is a visible diff here.
const expected: Record<string, string[]> = {
  'empty-file': ['content/mfis/empty.yaml:1:1: the file is empty (expected YAML fields such as name: …)'],
  'comment-only-file': ['content/mfis/comment-only.yaml:1:1: the file is empty (expected YAML fields such as name: …)'],
  'malformed-yaml': [
    'content/mfis/broken.yaml:4:1: malformed YAML: Flow sequence in block collection must be sufficiently indented and end with a ]',
  ],
  'malformed-frontmatter': ['content/innovations/bad-yaml.mdx:4:23: malformed YAML: Missing closing "quote'],
  'unclosed-frontmatter': [
    'content/innovations/unclosed.mdx:1:1: the frontmatter is never closed (expected a line with --- after the last field)',
  ],
  'missing-frontmatter': [
    'content/innovations/no-frontmatter.mdx:1:1: no frontmatter at the top of the file (found "A narrative with no frontmatter."; expected a file that starts with a --- line, then YAML fields, then a closing --- line)',
  ],
  'wrong-type': [
    'content/mfis/wrong-type.yaml:4:11: products: wrong kind of value (found "loans"; expected a list)',
    'content/mfis/wrong-type.yaml:6:12: figures[0].as_of: a number in quotes is text; remove the quotes (found "2010"; expected a number)',
    'content/mfis/wrong-type.yaml:7:23: figures[0].active_borrowers: wrong kind of value (found "lots"; expected a number or a group of fields)',
  ],
  'out-of-range': [
    'content/mfis/out-of-range.yaml:5:12: figures[0].as_of: must be a year from 1970 (found 1850; expected a number ≥ 1970)',
    'content/mfis/out-of-range.yaml:6:26: figures[0].women_borrowers_pct: number too large (found 120; expected a number ≤ 100)',
    'content/mfis/out-of-range.yaml:7:23: figures[0].active_borrowers: number too small (found -4; expected a number ≥ 0)',
    'content/mfis/out-of-range.yaml:8:14: figures[0].offices: wrong kind of value (found 2.5; expected a whole number)',
    'content/mfis/out-of-range.yaml:14:10: sources[0].url: must be an http(s) URL (found "ftp://example.org/r")',
  ],
  'unknown-key': [
    'content/innovations/unknown-key.mdx:7:1: reccomendations: unknown field; did you mean "recommendations"? (found "reccomendations"; expected one of the fields title, mfi, programme, challenge, innovation_type, partners, period, summary, diagnostic, costs_benefits, study, results_chain, results, recommendations, sources)',
    'content/innovations/unknown-key.mdx:15:5: results[0].efect: unknown field; did you mean "effect"? (found "efect"; expected one of the fields outcome, domain, group, status, finding, direction, significance, effect, reason, source)',
  ],
  'unknown-vocabulary': [
    'content/innovations/unknown-vocabulary.mdx:5:12: challenge: unknown value; did you mean "child-labour"? (found "Child Labour"; expected one of child-labour, working-conditions, formalisation, job-creation, risk-management, womens-empowerment)',
    'content/innovations/unknown-vocabulary.mdx:6:18: innovation_type: unknown value (found "insurance"; expected one of financial-service, non-financial-service, package, restructuring)',
    'content/innovations/unknown-vocabulary.mdx:12:16: results[0].direction: unknown value; did you mean "positive"? (found "postive"; expected one of positive, negative, none, mixed, inconclusive)',
  ],
  'missing-reference': [
    'content/innovations/missing-reference.mdx:3:6: mfi: no mfi with this id in content/mfis/; did you mean "sample-mfi"? (found "sampel-mfi"; expected one of sample-mfi)',
    'content/innovations/missing-reference.mdx:4:12: programme: no programme with this id in content/programmes/ (found "no-such-programme"; expected one of sample-programme)',
    'content/innovations/missing-reference.mdx:13:13: results[0].source: no source with this id in this file\'s sources; did you mean "paper"? (found "papr"; expected one of paper)',
  ],
  'missing-required': [
    'content/innovations/missing-required.mdx:2:1: challenge: required field is missing (expected one of child-labour, working-conditions, formalisation, job-creation, risk-management, womens-empowerment)',
    'content/innovations/missing-required.mdx:2:1: summary: required field is missing (expected text)',
    'content/innovations/missing-required.mdx:6:5: results[0].reason: required when status is not-measured',
    'content/innovations/missing-required.mdx:9:10: sources: list at least one source (found a list of 0 items; expected at least 1 item)',
  ],
  'duplicate-slug': [
    'content/programmes/sample-programme.yaml:1:1: duplicate slug "sample-programme": content/programmes/sample-programme.mdx has the same name (expected one file per slug)',
  ],
  'bad-file-name': [
    'content/mfis/Sample_MFI.yaml:1:1: the file name is not a valid slug (it becomes the page address) (found "Sample_MFI"; expected lowercase letters, digits and single hyphens, e.g. imon-international)',
  ],
};

describe('npm run validate on broken fixtures', () => {
  it('finds nothing wrong with the valid fixture', async () => {
    expect(await problemLines()).toEqual([]);
  });

  for (const [caseName, lines] of Object.entries(expected)) {
    it(`reports ${caseName} with file, line, field and what would be valid`, async () => {
      expect(await problemLines(caseName)).toEqual(lines);
    });
  }
});

describe('npm run validate on the bundled content', () => {
  it('finds no problem, and reads every content file', async () => {
    const report = await validateContent('.');
    expect(report.problems.map(formatProblem)).toEqual([]);
    expect(report.entries.filter((e) => e.kind === 'innovations').length).toBeGreaterThan(0);
    expect(report.files).toBe(report.entries.length + 1);
  });
});
