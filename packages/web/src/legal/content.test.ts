import { defineCity } from '@city-app/core';
import { describe, expect, it } from 'vitest';
import {
  accessibilityDocument,
  imprintDocument,
  type LegalDocument,
  privacyDocument,
} from './content.js';

const city = defineCity({
  town: { name: 'Hagenow', state: 'DE-MV' },
  branding: { appName: 'HageNOW!' },
  legal: {
    imprint: {
      organisation: 'Stadt Hagenow',
      role: 'Bürgermeister',
      representative: 'vertreten durch den Bürgermeister',
      address: 'Lange Straße 28\n19230 Hagenow',
      email: 'info@hagenow.example',
      phone: '03883 6210',
      supervisoryAuthority: 'Landkreis Ludwigslust-Parchim',
    },
    privacy: {
      controller: 'Stadt Hagenow',
      email: 'datenschutz@hagenow.example',
      dataProtectionOfficer: 'dsb@hagenow.example',
      supervisoryAuthority: 'Der Landesbeauftragte für Datenschutz M-V',
    },
    accessibility: {
      contactEmail: 'barrierefrei@hagenow.example',
      contactPhone: '03883 6211',
      statementDate: '2025-03-14',
      enforcementBody: { name: 'Schlichtungsstelle M-V', url: 'https://schlichtung.example' },
    },
    feedbackEmail: 'feedback@hagenow.example',
  },
});

function allText(doc: LegalDocument): string {
  return JSON.stringify(doc);
}

describe('imprint', () => {
  it('names the body, its address, contact, representative and supervisory authority', () => {
    const doc = imprintDocument(city, 'de');
    expect(doc.title).toBe('Impressum');
    expect(doc.sections[0]?.blocks[0]).toEqual({
      kind: 'address',
      lines: ['Stadt Hagenow', 'Lange Straße 28', '19230 Hagenow'],
    });
    const text = allText(doc);
    for (const part of [
      'vertreten durch den Bürgermeister',
      'info@hagenow.example',
      '03883 6210',
      'Landkreis Ludwigslust-Parchim',
      'Bürgermeister, Stadt Hagenow',
    ]) {
      expect(text).toContain(part);
    }
    expect(imprintDocument(city, 'en').title).toBe('Imprint');
  });
});

describe('privacy policy', () => {
  it('names controller, officer, rights and the authority, in both languages', () => {
    const de = allText(privacyDocument(city, 'de'));
    expect(de).toContain('dsb@hagenow.example');
    expect(de).toContain('Art. 77 DSGVO');
    expect(de).toContain('Der Landesbeauftragte für Datenschutz M-V');
    const en = privacyDocument(city, 'en');
    expect(en.title).toBe('Privacy policy');
    expect(allText(en)).toContain('Art. 15 GDPR');
  });
});

describe('accessibility statement (BITV 2.0 § 7)', () => {
  it('states conformity, known limitations, date, feedback and enforcement', () => {
    const doc = accessibilityDocument(city, { status: 'partial' }, 'de');
    const text = allText(doc);
    expect(text).toContain('teilweise vereinbar');
    expect(doc.sections.map((s) => s.heading)).toEqual([
      'Wie barrierefrei ist die App?',
      'Was ist noch nicht barrierefrei?',
      'Wann wurde diese Erklärung erstellt?',
      'Barriere melden: Feedback und Kontakt',
      'Schlichtungsverfahren',
    ]);
    expect(text).toContain('14. März 2025');
    expect(text).toContain('barrierefrei@hagenow.example');
    expect(text).toContain('03883 6211');
    expect(text).toContain('/feedback?page=%2Fbarrierefreiheit');
    expect(text).toContain('https://schlichtung.example');
    expect(text).toContain('Mecklenburg-Vorpommern');
  });

  it('lists the town’s own limitations, none for full conformity, and says so in English', () => {
    const own = accessibilityDocument(
      city,
      {
        status: 'partial',
        limitations: [
          {
            de: 'Der Stadtplan ist nicht per Tastatur bedienbar.',
            en: 'The map cannot be used with a keyboard.',
          },
        ],
      },
      'en',
    );
    expect(own.sections[1]?.blocks).toEqual([
      { kind: 'list', items: ['The map cannot be used with a keyboard.'] },
    ]);
    expect(allText(own)).toContain('partially compliant');
    expect(allText(own)).toContain('14 March 2025');
    const full = accessibilityDocument(city, { status: 'full' }, 'de');
    expect(full.sections.map((s) => s.heading)).not.toContain('Was ist noch nicht barrierefrei?');
  });

  it('points to the Land’s body in general words when none is configured', () => {
    const bare = {
      ...city,
      legal: { ...city.legal, accessibility: { contactEmail: 'a@hagenow.example' } },
    };
    const last = accessibilityDocument(bare, { status: 'partial' }, 'de').sections.at(-1);
    expect(JSON.stringify(last)).toContain(
      'Durchsetzungs- oder Schlichtungsstelle des Landes Mecklenburg-Vorpommern',
    );
  });
});
