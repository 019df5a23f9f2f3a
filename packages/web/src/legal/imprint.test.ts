import { describe, expect, it } from 'vitest';
import { imprintDocument } from './imprint.js';
import { allText, draftCity, expectNoPlaceholder, filledInCity } from './test-city.js';

describe('imprint (§ 5 DDG)', () => {
  it('names the body, its legal form, address, representative, contact and authority', () => {
    const doc = imprintDocument(filledInCity, 'de');
    expect(doc.title).toBe('Impressum');
    expect(doc.sections[0]?.blocks[0]).toEqual({
      kind: 'address',
      lines: ['Stadt Hagenow', 'Lange Straße 28', '19230 Hagenow'],
    });
    const text = allText(doc);
    for (const part of [
      'Körperschaft des öffentlichen Rechts',
      'vertreten durch den Bürgermeister',
      'info@hagenow.de',
      '03883 6210',
      'Landkreis Ludwigslust-Parchim',
      'Bürgermeister, Stadt Hagenow',
    ]) {
      expect(text).toContain(part);
    }
    expect(allText(imprintDocument(filledInCity, 'en'))).toContain('public-law corporation');
  });

  it('shows a freshly generated town only what is known, no placeholder sentence', () => {
    const doc = imprintDocument(draftCity, 'de');
    expectNoPlaceholder(doc);
    expect(doc.sections).toHaveLength(1);
    expect(doc.sections[0]?.blocks).toEqual([
      { kind: 'address', lines: ['Stadt Teterow'] },
      { kind: 'text', text: 'Die Stadt ist eine Körperschaft des öffentlichen Rechts.' },
    ]);
  });
});
