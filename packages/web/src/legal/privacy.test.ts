import type { PersonalDataDeclaration } from '@city-app/core';
import { describe, expect, it } from 'vitest';
import type { LegalDocument } from './document.js';
import { privacyDocument } from './privacy.js';
import { allText, draftCity, expectNoPlaceholder, filledInCity } from './test-city.js';

const bookings: PersonalDataDeclaration = {
  id: 'bookings',
  title: { de: 'Buchungen', en: 'Bookings' },
  what: { de: 'Name und E-Mail-Adresse', en: 'Name and e-mail address' },
  purpose: { de: 'Für Ihre Buchung', en: 'For your booking' },
  retention: {
    de: '{anonymiseAfterDays} Tage nach dem Termin',
    en: '{anonymiseAfterDays} days after it',
  },
  access: { de: 'Die Bibliothek', en: 'The library' },
  optionDefaults: { anonymiseAfterDays: 30 },
};
// As the shell hands them over: enabled modules with their resolved options.
const library = {
  id: 'library',
  title: { de: 'Bibliothek', en: 'Library' },
  personalData: [bookings],
  options: { anonymiseAfterDays: 14 },
};
const board = { id: 'board', title: { de: 'Aushänge' }, personalData: [] };

function records(doc: LegalDocument): string[] {
  return doc.sections.flatMap((s) =>
    s.blocks.flatMap((b) => (b.kind === 'record' ? [b.heading] : [])),
  );
}

describe('privacy policy', () => {
  it('names controller, officer, rights and the authority, in both languages', () => {
    const de = allText(privacyDocument(filledInCity, 'de'));
    expect(de).toContain('dsb@hagenow.de');
    expect(de).toContain('Art. 77 DSGVO');
    expect(de).toContain('Der Landesbeauftragte für Datenschutz M-V');
    const en = privacyDocument(filledInCity, 'en');
    expect(en.title).toBe('Privacy policy');
    expect(allText(en)).toContain('Art. 15 GDPR');
  });

  it('says what the kernel stores, including the push service of the browser maker', () => {
    const doc = privacyDocument(filledInCity, 'de');
    expect(records(doc)).toEqual([
      'Die App: Feedback',
      'Die App: Benachrichtigungen',
      'Die App: Kalender-Abo „Meine Termine“',
      'Die App: Konten der Mitarbeitenden',
      'Die App: Anmeldeversuche',
    ]);
    expect(allText(doc)).toContain('Push-Dienst des Herstellers Ihres Browsers');
    expect(allText(privacyDocument(filledInCity, 'en'))).toContain(
      'push service of your browser’s maker',
    );
  });

  it('grows with each enabled module’s declaration, with the period the town set', () => {
    const doc = privacyDocument(filledInCity, 'de', [library, board]);
    expect(records(doc).slice(5)).toEqual(['Bibliothek: Buchungen']);
    const record = doc.sections
      .flatMap((s) => s.blocks)
      .find((b) => b.kind === 'record' && b.heading === 'Bibliothek: Buchungen');
    expect(record).toEqual({
      kind: 'record',
      heading: 'Bibliothek: Buchungen',
      rows: [
        { label: 'Was', text: 'Name und E-Mail-Adresse' },
        { label: 'Wozu', text: 'Für Ihre Buchung' },
        { label: 'Wie lange', text: '14 Tage nach dem Termin' },
        { label: 'Wer sieht es', text: 'Die Bibliothek' },
      ],
    });
    const en = privacyDocument(filledInCity, 'en', [library]);
    expect(records(en).at(-1)).toBe('Library: Bookings');
    expect(allText(en)).toContain('14 days after it');
  });

  it('reads periods from the module’s resolved options, not from the raw town config', () => {
    // The town config says 14 days, but the browser never gets module options from it.
    const { options: _, ...withoutOptions } = library;
    expect(allText(privacyDocument(filledInCity, 'de', [withoutOptions]))).toContain(
      '30 Tage nach dem Termin',
    );
  });

  it('leaves out the contacts a fresh town has not filled in', () => {
    const doc = privacyDocument(draftCity, 'de');
    expectNoPlaceholder(doc);
    expect(doc.sections[1]?.blocks).toEqual([{ kind: 'text', text: 'Stadt Teterow' }]);
  });
});
