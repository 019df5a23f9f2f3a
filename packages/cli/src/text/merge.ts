import { diff3Merge } from 'node-diff3';
import { splitLines } from './diff.js';

export interface MergeResult {
  text: string;
  conflicts: number;
}

export interface MergeLabels {
  ours: string;
  base: string;
  theirs: string;
}

/**
 * Three-way merge on lines (diff3, by node-diff3): changes on one side only are taken; the same change on
 * both sides is taken once; different changes to the same lines become a conflict with
 * git's diff3 markers (ours, base, theirs).
 */
export function merge3(
  base: string,
  ours: string,
  theirs: string,
  labels: MergeLabels,
): MergeResult {
  const out: string[] = [];
  let conflicts = 0;
  // node-diff3 takes the same change on both sides once (excludeFalseConflicts).
  for (const region of diff3Merge(splitLines(ours), splitLines(base), splitLines(theirs), {
    excludeFalseConflicts: true,
  })) {
    if (region.ok) {
      out.push(...region.ok);
      continue;
    }
    if (!region.conflict) continue;
    const { a: ourChunk, o: baseChunk, b: theirChunk } = region.conflict;
    // Lines both sides agree on at the chunk's edges stay outside the markers. node-diff3
    // keeps them inside: without a base (a project made before base snapshots) every file
    // that differs would be one conflict as long as the file.
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
  const endsWithNewline = (ours === '' ? theirs : ours).endsWith('\n');
  return { text: out.join('\n') + (out.length && endsWithNewline ? '\n' : ''), conflicts };
}
