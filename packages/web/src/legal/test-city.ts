import { type CityConfig, defineCity } from '@city-app/core';
import type { LegalDocument } from './document.js';

/** A town with every legal fact filled in, for the legal pages' tests. */
export const filledInCity: CityConfig = defineCity({
  town: { name: 'Hagenow', state: 'DE-MV' },
  branding: { appName: 'HageNOW!' },
  legal: {
    imprint: {
      organisation: 'Stadt Hagenow',
      role: 'Bürgermeister',
      representative: 'vertreten durch den Bürgermeister',
      address: 'Lange Straße 28\n19230 Hagenow',
      email: 'info@hagenow.de',
      phone: '03883 6210',
      supervisoryAuthority: 'Landkreis Ludwigslust-Parchim',
    },
    privacy: {
      controller: 'Stadt Hagenow',
      email: 'datenschutz@hagenow.de',
      dataProtectionOfficer: 'dsb@hagenow.de',
      supervisoryAuthority: 'Der Landesbeauftragte für Datenschutz M-V',
    },
    accessibility: {
      contactEmail: 'barrierefrei@hagenow.de',
      contactPhone: '03883 6211',
      statementDate: '2025-03-14',
      enforcementBody: { name: 'Schlichtungsstelle M-V', url: 'https://schlichtung.mv.de/' },
    },
    feedbackEmail: 'feedback@hagenow.de',
  },
  modules: { library: { anonymiseAfterDays: 14 }, board: {}, parking: { enabled: false } },
});

/** A freshly generated town: only what the generator knows, the rest placeholders. */
export const draftCity: CityConfig = defineCity({
  town: { name: 'Teterow', state: 'DE-MV' },
  legal: {
    imprint: {
      organisation: 'Stadt Teterow',
      address: 'Anschrift der Stadtverwaltung bitte eintragen',
      email: 'rathaus@teterow.example',
    },
    privacy: { controller: 'Stadt Teterow', email: 'rathaus@teterow.example' },
    accessibility: { contactEmail: 'rathaus@teterow.example' },
    feedbackEmail: 'rathaus@teterow.example',
  },
});

export function allText(doc: LegalDocument): string {
  return JSON.stringify(doc);
}

/** No placeholder of any kind reaches a resident. */
export function expectNoPlaceholder(doc: LegalDocument): void {
  const text = allText(doc);
  if (/\.example|bitte eintragen/i.test(text)) {
    throw new Error(`a placeholder reaches residents: ${text}`);
  }
}
