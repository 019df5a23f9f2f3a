import { describe, expect, it } from 'vitest';
import { parkingMeta as meta } from '../../test/module-meta.js';
import { defineModuleMeta } from './manifest.js';
import { starterTarget } from './starter.js';

describe("a module's starting content", () => {
  it('goes into its own content and public folders, or below them', () => {
    const starter = [
      { from: 'zones', to: 'content/parking' },
      { from: 'signs', to: 'public/modules/parking/signs' },
    ];
    expect(defineModuleMeta({ ...meta, starter }).starter).toEqual(starter);
  });

  it("is refused where it would reach the town's files or another module's", () => {
    for (const to of [
      'content/news',
      'content',
      'public/logo.svg',
      'public/modules/parking-old',
      'content/parking/../news',
      '/content/parking',
      'content/parking/',
    ]) {
      expect(() => defineModuleMeta({ ...meta, starter: [{ from: 'zones', to }] }), to).toThrow(
        /starter\[0\]\.to/,
      );
    }
    for (const from of ['', '..', '../src', 'zones/', '/zones', 'a\\b']) {
      expect(
        () => defineModuleMeta({ ...meta, starter: [{ from, to: 'content/parking' }] }),
        from,
      ).toThrow(/starter\[0\]\.from/);
    }
  });

  it('maps each file of starter/ to its place in the project', () => {
    const starter = [
      { from: 'zones', to: 'content/parking' },
      { from: 'signs', to: 'public/modules/parking' },
    ];
    expect(starterTarget(starter, 'zones/altstadt.md.hbs')).toBe('content/parking/altstadt.md.hbs');
    expect(starterTarget(starter, 'signs/p/blue.svg')).toBe('public/modules/parking/p/blue.svg');
    // A folder the manifest does not name is not copied, nor is one that only starts alike.
    expect(starterTarget(starter, 'zonesx/a.md')).toBeUndefined();
    expect(starterTarget(undefined, 'zones/a.md')).toBeUndefined();
  });
});
