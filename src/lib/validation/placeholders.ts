/**
 * Placeholders that `npm run new` writes so that a new file validates while it is a draft. A
 * draft may build on an editor's machine, but a placeholder must never reach readers as if it
 * were a fact, so pull-request checks refuse any that is left.
 */
import { describeValue } from './issues.ts';
import type { Problem } from './problem.ts';

/** The word that marks a placeholder, in a value or in a comment on its line. */
export const placeholderMark = 'TODO';

const markPattern = new RegExp(`\\b${placeholderMark}\\b`);

/** Every line of a content file that still holds a placeholder. */
export function findPlaceholders(text: string, file: string): Problem[] {
  return text.split(/\r?\n/).flatMap((line, index) => {
    const column = line.search(markPattern);
    if (column === -1) return [];
    return [
      {
        file,
        line: index + 1,
        column: column + 1,
        field: '',
        message: `a ${placeholderMark} placeholder is still here: replace it with the fact from the source, or delete the field if it is optional`,
        found: describeValue(line.trim()),
      },
    ];
  });
}
