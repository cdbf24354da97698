/**
 * What a pull request changes in the content, for its reviewers: the briefs, profiles and
 * programmes it touches, each with its title, and every value added, removed or changed in their
 * figures and results. The comparison walks the validated data generically (objects by key,
 * lists by an identifying field), so it keeps working as the content model gains fields.
 */

export type ChangeKind = 'added' | 'removed' | 'changed';

/** One value that differs between the base and the head. */
export interface ValueChange {
  kind: ChangeKind;
  /** Where the value is, readably: `results › Client retention › direction`. */
  path: string;
  before?: unknown;
  after?: unknown;
}

/** A validated content entry, as the validator returns it. */
export interface ContentEntry {
  kind: string;
  id: string;
  file: string;
  data: Record<string, unknown>;
  /** The Markdown narrative of an .mdx file. */
  body?: string | undefined;
}

export interface FileChange {
  file: string;
  kind: string;
  id: string;
  title: string;
  status: 'added' | 'removed' | 'modified' | 'renamed';
  /** False when the file does not validate in that version (its values are then not compared). */
  validBefore: boolean;
  validAfter: boolean;
  /** Value changes in the sections a reviewer checks against the sources (figures, results). */
  values: ValueChange[];
  /** The other top-level fields that changed, and `the narrative` (their text is in the diff). */
  otherFields: string[];
}

/** The sections whose values are listed one by one; everything else is named only. */
export const comparedSections = ['figures', 'results'] as const;

/**
 * Fields that identify an item in a list, tried in order: a list whose items all carry one of
 * them, each value once, is matched item by item on it (a result inserted in the middle is then
 * one added result, not every later result changed); any other list is matched by position.
 */
const identifyingFields = ['id', 'outcome', 'as_of', 'name', 'title', 'role'];

const isRecord = (value: unknown): value is Record<string, unknown> =>
  typeof value === 'object' && value !== null && !Array.isArray(value);

function identifies(items: readonly unknown[], field: string): boolean {
  if (!items.every((item) => isRecord(item) && (typeof item[field] === 'string' || typeof item[field] === 'number')))
    return false;
  const values = items.map((item) => String((item as Record<string, unknown>)[field]));
  return new Set(values).size === values.length;
}

const itemKey = (before: readonly unknown[], after: readonly unknown[]) =>
  identifyingFields.find((field) => identifies(before, field) && identifies(after, field));

const same = (a: unknown, b: unknown) => JSON.stringify(a) === JSON.stringify(b);

/** Every value that differs between two versions of the same data. */
export function diffValues(before: unknown, after: unknown, path: readonly string[] = []): ValueChange[] {
  const at = path.join(' › ');
  if (same(before, after)) return [];
  // A whole new (or deleted) list is reported item by item, like a list that gained items.
  if (before === undefined && Array.isArray(after)) return diffValues([], after, path);
  if (after === undefined && Array.isArray(before)) return diffValues(before, [], path);
  if (before === undefined) return [{ kind: 'added', path: at, after }];
  if (after === undefined) return [{ kind: 'removed', path: at, before }];
  if (isRecord(before) && isRecord(after)) {
    const keys = [...new Set([...Object.keys(before), ...Object.keys(after)])];
    return keys.flatMap((key) => diffValues(before[key], after[key], [...path, key]));
  }
  if (Array.isArray(before) && Array.isArray(after)) {
    const key = itemKey(before, after);
    if (key) {
      const label = (item: unknown) => String((item as Record<string, unknown>)[key]);
      const old = new Map(before.map((item) => [label(item), item]));
      const now = new Map(after.map((item) => [label(item), item]));
      const labels = [...new Set([...old.keys(), ...now.keys()])];
      return labels.flatMap((name) => diffValues(old.get(name), now.get(name), [...path, name]));
    }
    const length = Math.max(before.length, after.length);
    return Array.from({ length }, (_, index) => diffValues(before[index], after[index], [...path, String(index + 1)])).flat();
  }
  return [{ kind: 'changed', path: at, before, after }];
}

const titleOf = (entry: ContentEntry | undefined) => {
  const title = entry?.data['title'] ?? entry?.data['name'];
  return typeof title === 'string' ? title : undefined;
};

/** A changed content file as `git diff --name-status` reports it. */
export interface ChangedFile {
  status: FileChange['status'];
  file: string;
  /** For a renamed file, its name in the base. */
  from?: string;
}

/**
 * The change report of each changed content file, from the validated entries of the base and of
 * the head. A file that does not validate in one version is reported with the fact, not compared.
 */
export function compareContent(
  changed: readonly ChangedFile[],
  base: readonly ContentEntry[],
  head: readonly ContentEntry[],
): FileChange[] {
  const byFile = (entries: readonly ContentEntry[]) => new Map(entries.map((entry) => [entry.file, entry]));
  const baseFiles = byFile(base);
  const headFiles = byFile(head);
  return changed.flatMap(({ status, file, from }) => {
    const kind = file.split('/')[1];
    if (!file.startsWith('content/') || !kind || !/\.(ya?ml|mdx)$/.test(file) || file === 'content/site.yaml') return [];
    const before = status === 'added' ? undefined : baseFiles.get(from ?? file);
    const after = status === 'removed' ? undefined : headFiles.get(file);
    const validBefore = status === 'added' || before !== undefined;
    const validAfter = status === 'removed' || after !== undefined;
    // A version that does not validate is not compared: its values would all look removed or added.
    const values =
      validBefore && validAfter
        ? comparedSections.flatMap((section) => diffValues(before?.data[section], after?.data[section], [section]))
        : [];
    const keys = [...new Set([...Object.keys(before?.data ?? {}), ...Object.keys(after?.data ?? {})])];
    const otherFields =
      before && after
        ? keys.filter((key) => !(comparedSections as readonly string[]).includes(key) && !same(before.data[key], after.data[key]))
        : [];
    if (before && after && (before.body ?? '').trim() !== (after.body ?? '').trim()) otherFields.push('the narrative');
    const id = (file.split('/').pop() ?? file).replace(/\.[^.]+$/, '');
    return [
      {
        file,
        kind,
        id,
        title: titleOf(after) ?? titleOf(before) ?? id,
        status,
        validBefore,
        validAfter,
        values,
        otherFields,
      },
    ];
  });
}

/** Reads `git diff --name-status` output (rename lines have the old and the new name). */
export function parseNameStatus(output: string): ChangedFile[] {
  const statuses: Record<string, ChangedFile['status']> = { A: 'added', D: 'removed' };
  return output.split('\n').flatMap((line): ChangedFile[] => {
    const [code, first, second] = line.split('\t');
    if (!code || !first) return [];
    if (code.startsWith('R') && second) return [{ status: 'renamed', file: second, from: first }];
    return [{ status: statuses[code.charAt(0)] ?? 'modified', file: first }];
  });
}
