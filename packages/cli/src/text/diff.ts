/**
 * Line diffs: the edit script between two texts (longest common subsequence), a unified
 * diff for people to read before anything is written, and the matching blocks that the
 * three-way merge of `city-app update` builds on.
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

/** The shortest edit script turning `a` into `b`, as a list of line edits. */
export function diffLines(a: readonly string[], b: readonly string[]): Edit[] {
  let start = 0;
  while (start < a.length && start < b.length && a[start] === b[start]) start++;
  let endA = a.length;
  let endB = b.length;
  while (endA > start && endB > start && a[endA - 1] === b[endB - 1]) {
    endA--;
    endB--;
  }
  const n = endA - start;
  const m = endB - start;
  // lcs[i][j]: length of the longest common subsequence of a[start+i..] and b[start+j..].
  const lcs = Array.from({ length: n + 1 }, () => new Uint32Array(m + 1));
  for (let i = n - 1; i >= 0; i--) {
    const row = lcs[i] as Uint32Array;
    const below = lcs[i + 1] as Uint32Array;
    for (let j = m - 1; j >= 0; j--) {
      row[j] =
        a[start + i] === b[start + j]
          ? (below[j + 1] as number) + 1
          : Math.max(below[j] as number, row[j + 1] as number);
    }
  }
  const edits: Edit[] = [];
  for (let k = 0; k < start; k++) edits.push({ kind: 'same', a: k, b: k });
  let i = 0;
  let j = 0;
  while (i < n || j < m) {
    if (i < n && j < m && a[start + i] === b[start + j]) {
      edits.push({ kind: 'same', a: start + i, b: start + j });
      i++;
      j++;
    } else if (
      i < n &&
      (j === m ||
        ((lcs[i + 1] as Uint32Array)[j] as number) >= ((lcs[i] as Uint32Array)[j + 1] as number))
    ) {
      // Deletions before insertions, as diff tools print them.
      edits.push({ kind: 'delete', a: start + i });
      i++;
    } else {
      edits.push({ kind: 'insert', b: start + j });
      j++;
    }
  }
  for (let k = 0; k < a.length - endA; k++) edits.push({ kind: 'same', a: endA + k, b: endB + k });
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
  const a = splitLines(before ?? '');
  const b = splitLines(after ?? '');
  const edits = diffLines(a, b);
  const lines: string[] = [
    before === undefined ? '--- /dev/null' : `--- a/${path}`,
    after === undefined ? '+++ /dev/null' : `+++ b/${path}`,
  ];
  const changed = edits.map((e, index) => (e.kind === 'same' ? -1 : index)).filter((x) => x >= 0);
  let k = 0;
  while (k < changed.length) {
    const first = changed[k] as number;
    let last = first;
    while (k + 1 < changed.length && (changed[k + 1] as number) - last <= 2 * context + 1) {
      k++;
      last = changed[k] as number;
    }
    k++;
    const from = Math.max(0, first - context);
    const to = Math.min(edits.length - 1, last + context);
    const hunk = edits.slice(from, to + 1);
    // Line numbers where the hunk starts in each text.
    let aLine = 0;
    let bLine = 0;
    for (const e of edits.slice(0, from)) {
      if (e.kind !== 'insert') aLine++;
      if (e.kind !== 'delete') bLine++;
    }
    const aCount = hunk.filter((e) => e.kind !== 'insert').length;
    const bCount = hunk.filter((e) => e.kind !== 'delete').length;
    lines.push(
      `@@ -${aCount ? aLine + 1 : aLine},${aCount} +${bCount ? bLine + 1 : bLine},${bCount} @@`,
    );
    for (const e of hunk) {
      if (e.kind === 'same') lines.push(` ${a[e.a]}`);
      else if (e.kind === 'delete') lines.push(`-${a[e.a]}`);
      else lines.push(`+${b[e.b]}`);
    }
  }
  return `${lines.join('\n')}\n`;
}
