import { describe, expect, it } from 'vitest';
import { defineCity } from '../config/define-city.js';
import { GERMAN_STATE_CODES } from '../town/states.js';
import { ENFORCEMENT_BODIES, enforcementBodyFor } from './enforcement-bodies.js';
import { openItems } from './open-items.js';
import { isPlaceholder, known } from './placeholder.js';
import { isSampleContent } from './sample-content.js';

const draft = defineCity({
  town: { name: 'Bützow', state: 'DE-MV' },
  legal: {
    imprint: {
      organisation: 'Stadt Bützow',
      address: 'Anschrift der Stadtverwaltung bitte eintragen',
      email: 'rathaus@buetzow.example',
    },
    privacy: { controller: 'Stadt Bützow', email: 'rathaus@buetzow.example' },
    accessibility: { contactEmail: 'rathaus@buetzow.example' },
    feedbackEmail: 'rathaus@buetzow.example',
  },
  modules: { library: {}, parking: { enabled: false } },
});

const finished = defineCity({
  town: { name: 'Bützow', state: 'DE-BW' },
  branding: { logo: 'logo.svg' },
  legal: {
    imprint: {
      organisation: 'Stadt Bützow',
      address: 'Am Markt 1\n18246 Bützow',
      phone: '038461 5000',
      email: 'rathaus@buetzow.de',
      representative: 'vertreten durch den Bürgermeister',
      supervisoryAuthority: 'Landkreis Rostock',
    },
    privacy: { controller: 'Stadt Bützow', email: 'datenschutz@buetzow.de' },
    accessibility: {
      contactEmail: 'barrierefrei@buetzow.de',
      contactPhone: '038461 5001',
      statementDate: '2026-11-02',
    },
    feedbackEmail: 'app@buetzow.de',
  },
  modules: { library: { library: { address: 'Am Markt 2' }, openingHours: [{ weekday: 1 }] } },
});

const library = {
  id: 'library',
  placeholders: [
    { option: 'library.address', what: { de: 'Anschrift der Bibliothek', en: 'Library address' } },
    { option: 'openingHours', what: { de: 'Öffnungszeiten' } },
  ],
};
const parking = { id: 'parking', placeholders: [{ option: 'lots', what: { de: 'Parkplätze' } }] };

describe('placeholders', () => {
  it('recognises left-out values, reserved example domains and "bitte eintragen"', () => {
    for (const value of [
      undefined,
      '',
      '  ',
      'rathaus@buetzow.example',
      'a@example.org',
      'https://example.com/x',
      'Stadtbibliothek <b@example.de>',
      'Anschrift bitte eintragen',
    ]) {
      expect(isPlaceholder(value), String(value)).toBe(true);
    }
    for (const value of [
      'rathaus@buetzow.de',
      'Beispielstraße 3',
      'https://examples.de',
      'a@my-example.de',
    ]) {
      expect(isPlaceholder(value), value).toBe(false);
    }
    expect(known(' Am Markt 1 ')).toBe('Am Markt 1');
    expect(known('x@y.example')).toBeUndefined();
  });
});

describe('openItems', () => {
  it('lists everything a generated town still has to fill in, with where to fix it', () => {
    const items = openItems(
      draft,
      [library, parking],
      [{ module: 'news', file: 'content/news/01-die-app-ist-da.md' }],
    );
    expect(items.map((i) => i.where)).toEqual([
      'legal.imprint.address',
      'legal.imprint.phone',
      'legal.imprint.email',
      'legal.imprint.representative',
      'legal.imprint.supervisoryAuthority',
      'legal.privacy.email',
      'legal.accessibility.contactEmail',
      'legal.accessibility.contactPhone',
      'legal.accessibility.statementDate',
      'legal.feedbackEmail',
      'branding.logo',
      'legal.accessibility.enforcementBody',
      'modules.library.library.address',
      'modules.library.openingHours',
      'content/news/01-die-app-ist-da.md',
    ]);
    const hours = items.find((i) => i.where === 'modules.library.openingHours');
    expect(hours).toEqual({
      where: 'modules.library.openingHours',
      file: 'city.config.ts',
      what: { de: 'Öffnungszeiten', en: 'Öffnungszeiten' },
    });
    expect(items.at(-1)?.file).toBe('content/news/01-die-app-ist-da.md');
  });

  it('is empty once the town has filled everything in', () => {
    expect(openItems(finished, [library, parking])).toEqual([]);
  });

  it('asks for the enforcement body only where its Land’s is not known', () => {
    const withBody = {
      ...draft,
      legal: {
        ...draft.legal,
        accessibility: {
          ...draft.legal.accessibility,
          enforcementBody: { name: 'Stelle', url: 'https://stelle.de' },
        },
      },
    };
    expect(openItems(withBody).map((i) => i.where)).not.toContain(
      'legal.accessibility.enforcementBody',
    );
  });
});

describe('enforcement bodies', () => {
  it('are public https pages, and a town’s own entry wins', () => {
    for (const state of GERMAN_STATE_CODES) {
      const body = ENFORCEMENT_BODIES[state];
      if (body) expect(body.url).toMatch(/^https:\/\/[^/]+\.[a-z]+\//);
    }
    const own = { name: 'Eigene Stelle', url: 'https://stelle.de' };
    expect(enforcementBodyFor('DE-BW', own)).toBe(own);
    expect(enforcementBodyFor('DE-BW')?.name).toMatch(/Landeszentrum Barrierefreiheit/);
  });
});

describe('sample content', () => {
  it('is marked in the front matter and nowhere else', () => {
    expect(isSampleContent('---\ntitle: "Hallo"\nsample: true\n---\nText')).toBe(true);
    expect(isSampleContent('\uFEFF---\r\nsample: true\r\n---\r\n')).toBe(true);
    expect(isSampleContent('---\ntitle: "Hallo"\n---\nsample: true')).toBe(false);
    expect(isSampleContent('---\nsample: false\n---\n')).toBe(false);
    expect(isSampleContent('sample: true')).toBe(false);
  });
});
