import { execFileSync } from 'node:child_process';
import { existsSync, statSync } from 'node:fs';
import { relative, resolve } from 'node:path';

/** When a content file first appeared and when it last changed, as ISO 8601 date-times. */
export interface ContentDates {
  published: string;
  modified: string;
}

/**
 * The dates of every content file, from the history of the content: one `git log` over
 * content/ (newest commit first), so ten thousand files cost one process, not ten thousand.
 * A file with uncommitted changes, or a project that is not a git checkout (such as the
 * benchmark's generated content), falls back on the file's modification time.
 */
function readHistory(root: string): { dates: Map<string, ContentDates>; dirty: Set<string> } {
  const dates = new Map<string, ContentDates>();
  const dirty = new Set<string>();
  const git = (...args: string[]) =>
    execFileSync('git', args, { cwd: root, encoding: 'utf8', maxBuffer: 256 * 1024 * 1024, stdio: ['ignore', 'pipe', 'ignore'] });
  try {
    let date = '';
    for (const line of git('log', '--format=%x00%cI', '--name-only', '--relative', '--no-renames', '--', 'content').split('\n')) {
      if (line.startsWith('\0')) date = line.slice(1);
      else if (line) {
        const known = dates.get(line);
        if (known) known.published = date;
        else dates.set(line, { published: date, modified: date });
      }
    }
    for (const line of git('status', '--porcelain', '--untracked-files=all', '--relative', '--', 'content').split('\n')) {
      if (line) dirty.add(line.slice(3));
    }
  } catch {
    // Not a git checkout, or git is missing: every file falls back on its modification time.
  }
  return { dates, dirty };
}

let history: ReturnType<typeof readHistory> | undefined;

/** The dates of one content file (a path relative to the project, e.g. content/mfis/amk.yaml). */
export function contentDates(file: string, root = process.cwd()): ContentDates {
  history ??= readHistory(root);
  const path = relative(root, resolve(root, file)).split('\\').join('/');
  const known = history.dates.get(path);
  if (known && !history.dirty.has(path)) return known;
  const modified = statSync(resolve(root, path)).mtime.toISOString();
  return { published: known?.published ?? modified, modified };
}

/** The latest of some dates, for pages that gather many files (listings, the home page). */
export function latest(dates: Iterable<string>): string | undefined {
  let newest: string | undefined;
  for (const date of dates) if (newest === undefined || Date.parse(date) > Date.parse(newest)) newest = date;
  return newest;
}

/** The content folders whose files each make one page at /<folder>/<id>/. */
const pageFolders = ['innovations', 'mfis', 'programmes'];
const contentExtensions = ['.mdx', '.yaml', '.yml', '.md'];

/**
 * When the page at a site path (below the base path) last changed: its own content file's date
 * for a brief, an institution or a programme; the newest content file for the pages that
 * gather many (home, listings, search, data).
 */
export function pageLastModified(path: string, root = process.cwd()): string | undefined {
  history ??= readHistory(root);
  const match = /^\/?([^/]+)\/([^/]+)\/$/.exec(path);
  if (match && pageFolders.includes(match[1]!)) {
    for (const extension of contentExtensions) {
      const file = `content/${match[1]}/${match[2]}${extension}`;
      if (history.dates.has(file) || existsSync(resolve(root, file))) return contentDates(file, root).modified;
    }
  }
  const files = new Set([...history.dates.keys(), ...history.dirty]);
  newestContent ??= latest(
    [...files].filter((file) => existsSync(resolve(root, file))).map((file) => contentDates(file, root).modified),
  );
  return newestContent;
}

let newestContent: string | undefined;
