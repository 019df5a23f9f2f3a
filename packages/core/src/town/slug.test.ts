import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { SLUG_PATTERN, slugify } from './slug.js';

describe('slugify', () => {
  it('transliterates German place names', () => {
    expect(slugify('Hagenow')).toBe('hagenow');
    expect(slugify('Boizenburg/Elbe')).toBe('boizenburg-elbe');
    expect(slugify('Löcknitz')).toBe('loecknitz');
    expect(slugify('Bad Dürrheim')).toBe('bad-duerrheim');
    expect(slugify('Straßberg (Harz)')).toBe('strassberg-harz');
    expect(slugify('../../etc')).toBe('etc');
  });

  it('never yields path separators or dots, whatever the input', () => {
    fc.assert(
      fc.property(fc.string({ maxLength: 200 }), (name) => {
        const slug = slugify(name);
        expect(slug).not.toMatch(/[/\\.]/);
        if (slug) expect(slug).toMatch(SLUG_PATTERN);
      }),
    );
  });
});
