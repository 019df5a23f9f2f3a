import { createTwoFilesPatch, diffArrays, FILE_HEADERS_ONLY } from 'diff';

/**
 * Line diffs by jsdiff: the edit script between two texts and a unified diff for people to
 * read before anything is written.
 */

export type Edit =
  | { kind: 'same'; a: number; b: number }
  | { kind: 'delete'; a: number }
  | { kind: 'insert'; b: number };

export function splitLines(text: string): string[] {
  if (text === '') return [];
  const lines = text.split('\n');
  // A final newline ends the last line rather than starting an empty one.
  if (lines.at(-1) === '') lines.pop();
  return lines;
}

/** The shortest edit script turning `a` into `b`, as a list of line edits (jsdiff's Myers diff). */
export function diffLines(a: readonly string[], b: readonly string[]): Edit[] {
  const edits: Edit[] = [];
  let i = 0;
  let j = 0;
  for (const change of diffArrays([...a], [...b])) {
    for (let k = 0; k < change.value.length; k++) {
      if (change.removed) edits.push({ kind: 'delete', a: i++ });
      else if (change.added) edits.push({ kind: 'insert', b: j++ });
      else edits.push({ kind: 'same', a: i++, b: j++ });
    }
  }
  return edits;
}

/**
 * A unified diff (`--- a/path`, `+++ b/path`, `@@` hunks with three lines of context), as
 * `git diff` prints it; empty when the texts are equal. `undefined` stands for no file.
 */
export function unifiedDiff(
  path: string,
  before: string | undefined,
  after: string | undefined,
  context = 3,
): string {
  if (before === after) return '';
  return createTwoFilesPatch(
    before === undefined ? '/dev/null' : `a/${path}`,
    after === undefined ? '/dev/null' : `b/${path}`,
    before ?? '',
    after ?? '',
    undefined,
    undefined,
    { context, headerOptions: FILE_HEADERS_ONLY },
  );
}
