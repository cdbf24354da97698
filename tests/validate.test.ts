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
    'content/innovations/unknown-key.mdx:16:5: results[0].efect: unknown field; did you mean "effect"? (found "efect"; expected one of the fields outcome, domain, group, round, months_since_start, status, finding, change, judgement, significance, effect, reason, source)',
  ],
  'unknown-vocabulary': [
    'content/innovations/unknown-vocabulary.mdx:5:12: challenge: unknown value; did you mean "child-labour"? (found "Child Labour"; expected one of child-labour, working-conditions, formalisation, job-creation, risk-management, womens-empowerment)',
    'content/innovations/unknown-vocabulary.mdx:6:18: innovation_type: unknown value (found "insurance"; expected one of financial-service, non-financial-service, package, restructuring)',
    'content/innovations/unknown-vocabulary.mdx:12:13: results[0].change: unknown value; did you mean "fell"? (found "fel"; expected one of rose, fell, no-change, mixed, inconclusive)',
  ],
  'missing-reference': [
    'content/innovations/missing-reference.mdx:3:6: mfi: no mfi with this id in content/mfis/; did you mean "sample-mfi"? (found "sampel-mfi"; expected one of sample-mfi)',
    'content/innovations/missing-reference.mdx:4:12: programme: no programme with this id in content/programmes/ (found "no-such-programme"; expected one of sample-programme)',
    'content/innovations/missing-reference.mdx:14:13: results[0].source: no source with this id in this file\'s sources; did you mean "paper"? (found "papr"; expected one of paper)',
  ],
  'missing-required': [
    'content/innovations/missing-required.mdx:2:1: challenge: required field is missing (expected one of child-labour, working-conditions, formalisation, job-creation, risk-management, womens-empowerment)',
    'content/innovations/missing-required.mdx:2:1: summary: required field is missing (expected text)',
    'content/innovations/missing-required.mdx:6:5: results[0].reason: required when status is not-measured (expected why there is no finding, in plain words)',
    'content/innovations/missing-required.mdx:9:10: sources: list at least one source (found a list of 0 items; expected at least 1 item)',
  ],
  // The rules of results and studies (issue 11): each names the valid values.
  'change-without-judgement': [
    'content/innovations/change-without-judgement.mdx:8:5: results[0].judgement: required with change "fell": how the source judges it for clients (not-stated where the source does not say) (expected one of favourable, unfavourable, neither, not-stated)',
  ],
  'currency-without-code': [
    'content/innovations/currency-without-code.mdx:14:13: results[0].effect.currency: required when the unit is currency (expected an ISO 4217 code such as USD, EUR, INR, PKR)',
  ],
  'ci-low-above-high': [
    'content/innovations/ci-low-above-high.mdx:17:18: results[0].effect.ci.low: ci.low (6) is above ci.high (2) (found 6; expected a number ≤ 2)',
  ],
  'p-threshold-out-of-range': [
    'content/innovations/p-threshold-out-of-range.mdx:13:52: results[0].effect.p_value: a p threshold must lie strictly between 0 and 1 (found "< 1.5"; expected a threshold such as "< 0.01", "< 0.05" or "< 0.1")',
  ],
  'unknown-round': [
    'content/innovations/unknown-round.mdx:14:12: results[0].round: the study does not list this round (found "endline-2"; expected one of baseline, endline)',
  ],
  'subgroup-round-unknown': [
    'content/innovations/subgroup-round-unknown.mdx:13:5: results[0].round: required for a subgroup result ("Girls"): the study lists 3 rounds, so say which one it describes (expected one of baseline, endline-1, endline-2)',
  ],
  'missing-result-source': [
    'content/innovations/missing-result-source.mdx:8:5: results[0].source: required: this file lists 2 sources, so a measured result must name the one it comes from (expected one of paper, report)',
  ],
  'randomised-evaluation-example': [],
  'duplicate-slug': [
    'content/programmes/sample-programme.yaml:1:1: duplicate slug "sample-programme": content/programmes/sample-programme.mdx has the same name (expected one file per slug)',
  ],
  'country-region': [
    'content/mfis/former-yugoslavia.yaml:3:10: country: must be a current ISO 3166-1 alpha-2 country code in capitals, e.g. TJ for Tajikistan; did you mean "RS" (Serbia)? (found "YU")',
    'content/mfis/retired-country.yaml:3:10: country: must be a current ISO 3166-1 alpha-2 country code in capitals, e.g. TJ for Tajikistan; did you mean "GB" (United Kingdom)? (found "UK")',
    'content/mfis/wrong-region.yaml:4:9: region: must be the region of Tajikistan (TJ): central-asia (found "africa")',
  ],
  'symlinked-file': [
    'content/innovations/linked.mdx:1:1: the file is a symbolic link; content files are read only as they are (expected a regular file inside content/)',
  ],
  'not-utf8': [
    'content/mfis/latin1.yaml:12:35: the file is not UTF-8 text here (found the byte 0xE9; expected a file saved as UTF-8)',
  ],
  'nul-byte': ['content/mfis/nul.yaml:2:16: a NUL byte (character 0) is in the file (expected text without control characters)'],
  'yaml-alias': [
    'content/mfis/alias.yaml:2:13: "*Estimated*" is a YAML alias (a copy of another value); content does not use aliases (expected the value written out; text that starts with * needs quotes, e.g. "*Estimated*")',
  ],
  'yaml-alias-bomb': [
    'content/mfis/bomb.yaml:1:7: "&a" is a YAML anchor (a name for copying a value); content does not use anchors; 8 more in this file (expected the value written out; text that starts with & needs quotes)',
    'content/mfis/bomb.yaml:2:8: "*a" is a YAML alias (a copy of another value); content does not use aliases; 71 more in this file (expected the value written out; text that starts with * needs quotes, e.g. "*Estimated*")',
  ],
  'yaml-merge-key': [
    'content/mfis/merge.yaml:6:5: "<<" is a YAML merge key; content does not use merge keys (expected the fields written out)',
  ],
  'yaml-custom-tag': [
    'content/mfis/tagged.yaml:2:13: "!include" is a YAML tag; content does not use tags (expected a plain value; text that starts with ! needs quotes)',
  ],
  'yaml-deep-nesting': [
    'content/mfis/deep.yaml:2:1: the fields are nested too deeply to be content (expected fields, lists and groups a few levels deep)',
  ],
  'control-characters': [
    'content/mfis/control.yaml:16:1: ["notes\\ncontent/mfis/other.yaml:1:1: forged"]: unknown field (found "notes\\ncontent/mfis/other.yaml:1:1: forged"; expected one of the fields name, short_name, other_names, website, country, region, headquarters, founded, legal_status, products, mission, background, figures, sources)',
    'content/mfis/control.yaml:17:1: ["\\u001b[2K\\rerased"]: unknown field (found "\\u001b[2K\\rerased"; expected one of the fields name, short_name, other_names, website, country, region, headquarters, founded, legal_status, products, mission, background, figures, sources)',
    'content/mfis/control.yaml:18:10: founded: wrong kind of value (found "\\u{202E}2010"; expected a number)',
  ],
  'yaml-tab': ['content/mfis/tab.yaml:7:1: a tab is used to indent this line (expected spaces, not tabs, for indentation)'],
  'yaml-unquoted-colon': [
    'content/mfis/colon.yaml:1:7: the value contains ": ", which YAML reads as the start of another field (expected the whole value in quotes, e.g. title: "Loans: what changed")',
  ],
  'yaml-list-misaligned': [
    'content/mfis/misaligned.yaml:14:4: the items of this list are not aligned (expected every "- " of a list at the same column, and the fields of an item indented alike)',
  ],
  'malformed-yaml': [
    'content/mfis/broken.yaml:3:11: a list opened with [ is never closed with ] (expected a ] at the end of the list, or each item on its own line after "- ")',
  ],
  'malformed-frontmatter': [
    'content/innovations/bad-yaml.mdx:4:23: a value opened with " is never closed (expected a closing " at the end of the value, on the same line)',
  ],
  'broken-internal-link': [
    'content/innovations/sample-innovation.mdx:26:10: sources[0].url: no page of the site has this address; did you mean "/innovations/sample-innovation/"? (found "https://fixture.example.org/innovations/sample-inovation/"; expected the address of a brief, MFI, programme, listing, data file or factsheet under /)',
    'content/innovations/sample-innovation.mdx:34:56: no page of the site has this address (found "/mfis/no-such-mfi/"; expected the address of a brief, MFI, programme, listing, data file or factsheet under /)',
    'content/innovations/sample-innovation.mdx:36:5: no page of the site has this address; did you mean "/evidence/"? (found "/evidnce/"; expected the address of a brief, MFI, programme, listing, data file or factsheet under /)',
    'content/innovations/sample-innovation.mdx:38:1: no page of the site has this address (found "/images/missing.png"; expected the address of a brief, MFI, programme, listing, data file or factsheet under /)',
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
