// @vitest-environment happy-dom
import { afterEach, describe, expect, it } from 'vitest';
import type { ImportPlan } from '../../api/import-plan.js';
import { toBase64 } from './base64.js';
import { ImportView } from './import.js';
import { fakeApi, mount, reply, settle, staffFor } from './testing.js';

const plan = (dryRun: boolean): ImportPlan => ({
  dryRun,
  format: 'ics',
  range: { from: '2027-01-01', to: '2027-12-31' },
  locations: { added: 1, matched: 0 },
  pickups: { added: 2, removed: 0, moved: 1, cancelled: 0, unchanged: 4 },
  changes: [
    {
      location: 'Bahnhofstraße',
      typeId: 'papier',
      kind: 'added',
      oldDate: null,
      newDate: '2027-01-05',
    },
    {
      location: 'Bahnhofstraße',
      typeId: 'papier',
      kind: 'moved',
      oldDate: '2027-04-05',
      newDate: '2027-04-06',
    },
  ],
  unmapped: [{ label: 'Sperrmüll auf Abruf', count: 3 }],
  warnings: [
    {
      message: 'Ein Termin ohne Datum wurde übersprungen.',
      words: {
        de: 'Ein Termin ohne Datum wurde übersprungen.',
        en: 'An event without a date was skipped.',
      },
      ref: 'UID 17',
    },
  ],
});

let unmount = () => {};
afterEach(() => unmount());

function importApi(answer: (body: { dryRun: boolean }) => unknown) {
  return fakeApi({
    'GET /api/waste': () => ({
      authority: 'A',
      types: [],
      sample: true,
      firstDate: null,
      lastDate: null,
      locations: 0,
    }),
    'GET /api/waste/admin/locations': () => ({
      total: 1,
      locations: [
        {
          id: 4,
          kind: 'street',
          name: 'Bahnhofstraße',
          district: null,
          houseFrom: null,
          houseTo: null,
          parity: 'all',
          tours: [],
        },
      ],
    }),
    'POST /api/waste/admin/import': (body) => answer(body as { dryRun: boolean }),
  });
}

describe('the import screen', () => {
  it('runs a dry run from an address for a street, shows the plan, then applies the same', async () => {
    const { api, asked } = importApi((body) => plan(body.dryRun));
    const navigated: string[] = [];
    const page = mount(<ImportView staff={staffFor(api, 'de', (p) => navigated.push(p))} />);
    unmount = page.unmount;
    await settle();
    page.choose('Export der Smart Village App (.ics je Straße)');
    page.choose('Adresse im Internet');
    page.type('Adresse des Kalenders', 'https://abfall.example/bahnhofstrasse.ics');
    page.type('Straße oder Ortsteil', 'Bahnhofst');
    await page.click('Straße suchen');
    await settle();
    expect(page.fieldByLabel('Gefundene Straße').value).toBe('4');
    await page.click('Probelauf');
    await settle();

    const dry = asked.find((a) => a.path === '/api/waste/admin/import');
    expect(dry?.body).toEqual({
      format: 'sva',
      url: 'https://abfall.example/bahnhofstrasse.ics',
      locationId: 4,
      dryRun: true,
    });
    expect(page.container.querySelector('#waste-plan-heading')?.textContent).toBe(
      'Ergebnis des Probelaufs',
    );
    expect(document.activeElement?.id).toBe('waste-plan-heading');
    expect(page.text()).toContain('Neue Termine2');
    expect(page.text()).toContain('„Sperrmüll auf Abruf“ (3-mal)');
    expect(page.text()).toContain('Ein Termin ohne Datum wurde übersprungen. (UID 17)');
    const headers = [...page.container.querySelectorAll('thead th')].map((th) => th.textContent);
    expect(headers).toEqual(['Straße', 'Abfallart', 'Änderung', 'Bisher', 'Neu']);
    const link = [...page.container.querySelectorAll('a')].find(
      (a) => a.textContent === 'Zur Zuordnungstabelle',
    );
    expect(link?.getAttribute('href')).toBe('/admin/abfall/zuordnung');
    const item = [...page.container.querySelectorAll('a')].find((a) =>
      a.textContent?.startsWith('„Sperrmüll'),
    );
    expect(item?.getAttribute('href')).toBe(
      '/admin/abfall/zuordnung?text=Sperrm%C3%BCll+auf+Abruf',
    );

    await page.click('Import übernehmen');
    await settle();
    const applied = asked.filter((a) => a.path === '/api/waste/admin/import').at(-1);
    expect(applied?.body).toMatchObject({ dryRun: false, locationId: 4, format: 'sva' });
    expect(page.container.querySelector('#waste-plan-heading')?.textContent).toBe('Übernommen');
    expect(page.liveRegions().join('|')).toContain(
      'Import übernommen, gespeicherte Änderungen: 3.',
    );
    expect(() => page.button('Import übernehmen')).toThrow();
  });

  it('checks its own fields first, then shows the API’s refusal with its hint, never raw', async () => {
    const { api, asked } = importApi(() =>
      reply(400, {
        code: 'waste_import_unreadable',
        message: 'Die Datei ist kein iCalendar.',
        hint: 'Laden Sie die .ics-Datei des Entsorgers herunter.',
      }),
    );
    const page = mount(<ImportView staff={staffFor(api)} />);
    unmount = page.unmount;
    await settle();
    await page.click('Probelauf');
    expect(page.container.querySelector('.city-error-summary')?.textContent).toContain(
      'Wählen Sie eine Datei aus.',
    );
    expect(asked.some((a) => a.method === 'POST')).toBe(false);

    page.choose('Adresse im Internet');
    page.type('Adresse des Kalenders', 'ftp://nein');
    await page.click('Probelauf');
    expect(page.fieldByLabel('Adresse des Kalenders').getAttribute('aria-invalid')).toBe('true');

    page.type('Adresse des Kalenders', 'https://abfall.example/x.ics');
    await page.click('Probelauf');
    await settle();
    expect(page.text()).toContain(
      'Die Datei ist kein iCalendar. Laden Sie die .ics-Datei des Entsorgers herunter.',
    );
    expect(page.container.querySelector('#waste-plan-heading')).toBeNull();
  });
});

describe('a chosen file', () => {
  it('is sent as base64 of its bytes, whatever its encoding', () => {
    const latin1 = new Uint8Array([0x53, 0x74, 0x72, 0x61, 0xdf, 0x65]); // "Straße" in ISO-8859-1
    expect(toBase64(latin1)).toBe(Buffer.from(latin1).toString('base64'));
    const big = new Uint8Array(100_000).map((_, i) => i % 256);
    expect(toBase64(big)).toBe(Buffer.from(big).toString('base64'));
  });
});
