import { diffLines, splitLines } from './diff.js';

export interface MergeResult {
  text: string;
  conflicts: number;
}

export interface MergeLabels {
  ours: string;
  base: string;
  theirs: string;
}

/** For each line of `base`, the index of the same line kept in `other`, or -1. */
function matches(base: readonly string[], other: readonly string[]): number[] {
  const match = new Array<number>(base.length).fill(-1);
  for (const edit of diffLines(base, other)) if (edit.kind === 'same') match[edit.a] = edit.b;
  return match;
}

const equal = (x: readonly string[], y: readonly string[]) =>
  x.length === y.length && x.every((l, i) => l === y[i]);

/**
 * Three-way merge on lines (diff3): changes on one side only are taken; the same change on
 * both sides is taken once; different changes to the same lines become a conflict with
 * git's diff3 markers (ours, base, theirs).
 */
export function merge3(
  base: string,
  ours: string,
  theirs: string,
  labels: MergeLabels,
): MergeResult {
  const o = splitLines(base);
  const a = splitLines(ours);
  const b = splitLines(theirs);
  const matchA = matches(o, a);
  const matchB = matches(o, b);
  const out: string[] = [];
  let conflicts = 0;
  let i = 0;
  let ia = 0;
  let ib = 0;
  while (i < o.length || ia < a.length || ib < b.length) {
    if (i < o.length && matchA[i] === ia && matchB[i] === ib) {
      out.push(o[i] as string);
      i++;
      ia++;
      ib++;
      continue;
    }
    // The next base line both sides kept ends this unstable chunk.
    let k = i;
    while (k < o.length && (matchA[k] === -1 || matchB[k] === -1)) k++;
    const endA = k < o.length ? (matchA[k] as number) : a.length;
    const endB = k < o.length ? (matchB[k] as number) : b.length;
    const baseChunk = o.slice(i, k);
    const ourChunk = a.slice(ia, endA);
    const theirChunk = b.slice(ib, endB);
    if (equal(ourChunk, baseChunk)) out.push(...theirChunk);
    else if (equal(theirChunk, baseChunk) || equal(ourChunk, theirChunk)) out.push(...ourChunk);
    else {
      // Lines both sides agree on at the chunk's edges stay outside the markers.
      let head = 0;
      while (
        head < ourChunk.length &&
        head < theirChunk.length &&
        ourChunk[head] === theirChunk[head]
      )
        head++;
      let tail = 0;
      while (
        tail < ourChunk.length - head &&
        tail < theirChunk.length - head &&
        ourChunk[ourChunk.length - 1 - tail] === theirChunk[theirChunk.length - 1 - tail]
      )
        tail++;
      conflicts++;
      out.push(
        ...ourChunk.slice(0, head),
        `<<<<<<< ${labels.ours}`,
        ...ourChunk.slice(head, ourChunk.length - tail),
        `||||||| ${labels.base}`,
        ...baseChunk,
        '=======',
        ...theirChunk.slice(head, theirChunk.length - tail),
        `>>>>>>> ${labels.theirs}`,
        ...ourChunk.slice(ourChunk.length - tail),
      );
    }
    i = k;
    ia = endA;
    ib = endB;
  }
  const endsWithNewline = (ours === '' ? theirs : ours).endsWith('\n');
  return { text: out.join('\n') + (out.length && endsWithNewline ? '\n' : ''), conflicts };
}
