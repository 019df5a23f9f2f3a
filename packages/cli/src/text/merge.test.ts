import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { merge3 } from './merge.js';

const labels = { ours: 'ours', base: 'base', theirs: 'theirs' };
const lines = (...l: string[]) => `${l.join('\n')}\n`;

describe('merge3', () => {
  it('takes changes made on one side only, from either side', () => {
    const base = lines('a', 'b', 'c', 'd', 'e');
    const ours = lines('a', 'B (local)', 'c', 'd', 'e');
    const theirs = lines('a', 'b', 'c', 'd', 'e', 'f (template)');
    expect(merge3(base, ours, theirs, labels)).toEqual({
      text: lines('a', 'B (local)', 'c', 'd', 'e', 'f (template)'),
      conflicts: 0,
    });
    expect(merge3(base, base, theirs, labels).text).toBe(theirs);
    expect(merge3(base, ours, base, labels).text).toBe(ours);
  });

  it('takes the same change once, and deletions', () => {
    const base = lines('a', 'b', 'c');
    const both = lines('a', 'x', 'c');
    expect(merge3(base, both, both, labels)).toEqual({ text: both, conflicts: 0 });
    expect(merge3(base, lines('a', 'c'), lines('a', 'b', 'c', 'd'), labels).text).toBe(
      lines('a', 'c', 'd'),
    );
  });

  it('marks different changes to the same lines as a conflict', () => {
    const result = merge3(
      lines('a', 'b', 'c'),
      lines('a', 'mine', 'c'),
      lines('a', 'yours', 'c'),
      labels,
    );
    expect(result.conflicts).toBe(1);
    expect(result.text).toBe(
      lines(
        'a',
        '<<<<<<< ours',
        'mine',
        '||||||| base',
        'b',
        '=======',
        'yours',
        '>>>>>>> theirs',
        'c',
      ),
    );
  });

  it('treats a missing base as a conflict wherever the sides differ', () => {
    const result = merge3('', lines('x', 'same'), lines('y', 'same'), labels);
    expect(result.conflicts).toBe(1);
    expect(result.text).toContain(
      '<<<<<<< ours\nx\n||||||| base\n=======\ny\n>>>>>>> theirs\nsame\n',
    );
  });

  it('for any texts: one side unchanged gives the other, the same change both sides gives it once', () => {
    const text = fc
      .array(fc.constantFrom('a', 'b', 'c', '', '}'), { maxLength: 12 })
      .map((l) => (l.length ? lines(...l) : ''));
    fc.assert(
      fc.property(text, text, (base, changed) => {
        expect(merge3(base, base, changed, labels)).toEqual({ text: changed, conflicts: 0 });
        expect(merge3(base, changed, base, labels)).toEqual({ text: changed, conflicts: 0 });
        expect(merge3(base, changed, changed, labels)).toEqual({ text: changed, conflicts: 0 });
      }),
    );
  });
});
