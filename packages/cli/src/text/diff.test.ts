import { describe, expect, it } from 'vitest';
import { diffLines, splitLines, unifiedDiff } from './diff.js';

function apply(a: string[], b: string[]): string[] {
  // Rebuild b from a and the edit script: proves the script is complete and in order.
  return diffLines(a, b).flatMap((e) =>
    e.kind === 'same' ? [a[e.a] as string] : e.kind === 'insert' ? [b[e.b] as string] : [],
  );
}

describe('diffLines', () => {
  it('turns one text into the other with the fewest changed lines', () => {
    const a = ['a', 'b', 'c', 'd', 'e'];
    const b = ['a', 'x', 'c', 'd', 'y', 'e', 'f'];
    expect(apply(a, b)).toEqual(b);
    const changes = diffLines(a, b).filter((e) => e.kind !== 'same');
    // b deleted; x, y and f inserted.
    expect(changes).toHaveLength(4);
  });

  it('holds for many random texts', () => {
    let seed = 7;
    const rand = () => {
      seed = (seed * 1103515245 + 12345) % 2 ** 31;
      return seed / 2 ** 31;
    };
    for (let round = 0; round < 200; round++) {
      const a = Array.from(
        { length: Math.floor(rand() * 12) },
        () => 'abc'[Math.floor(rand() * 3)] as string,
      );
      const b = Array.from(
        { length: Math.floor(rand() * 12) },
        () => 'abc'[Math.floor(rand() * 3)] as string,
      );
      expect(apply(a, b)).toEqual(b);
    }
  });
});

describe('unifiedDiff', () => {
  it('prints hunks with three lines of context, as git does', () => {
    const before = 'one\ntwo\nthree\nfour\nfive\nsix\nseven\neight\n';
    const after = 'one\ntwo\nthree\nfour\nFIVE\nsix\nseven\neight\n';
    expect(unifiedDiff('f.txt', before, after)).toBe(
      '--- a/f.txt\n+++ b/f.txt\n@@ -2,7 +2,7 @@\n two\n three\n four\n-five\n+FIVE\n six\n seven\n eight\n',
    );
    expect(unifiedDiff('f.txt', before, before)).toBe('');
  });

  it('shows new files against /dev/null', () => {
    expect(unifiedDiff('n.txt', undefined, 'a\nb\n')).toBe(
      '--- /dev/null\n+++ b/n.txt\n@@ -0,0 +1,2 @@\n+a\n+b\n',
    );
    expect(splitLines('a\n\nb')).toEqual(['a', '', 'b']);
  });
});
