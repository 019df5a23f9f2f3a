// @vitest-environment happy-dom
import { afterEach, describe, expect, it } from 'vitest';
import { street, townApi } from './fixtures.js';
import { LocationView } from './location.js';
import { LocationsView } from './locations.js';
import { mount, reply, settle, staffFor } from './testing.js';

let unmount = () => {};
afterEach(() => unmount());

describe('the streets screen', () => {
  it('searches by name, lists each street with its tours, and pages', async () => {
    const { api, asked } = townApi();
    const page = mount(<LocationsView staff={staffFor(api)} />);
    unmount = page.unmount;
    await settle();
    expect(page.text()).toContain('Gefunden: 1');
    const row = page.container.querySelector('tbody tr')?.textContent;
    expect(row).toContain('Lange Straße, 1–19 (ungerade)');
    expect(row).toContain('Papier/Pappe: Papier Montag');
    page.type('Straße oder Ortsteil suchen', 'Lange Str.');
    await page.submit(page.container.querySelector('form[role="search"]'));
    await settle();
    expect(asked.at(-1)?.path).toBe('/api/waste/admin/locations?q=Lange+Str.&limit=50&offset=0');
  });

  it('adds a street and opens it; a duplicate is shown at the name as the API words it', async () => {
    let taken = false;
    const { api, asked } = townApi({
      'POST /api/waste/admin/locations': () =>
        taken
          ? reply(409, {
              code: 'waste_location_exists',
              message: '„Parkstraße“ gibt es schon im Abfallkalender.',
              hint: 'Suchen Sie die Straße in der Liste.',
              field: 'name',
            })
          : {
              ...street,
              id: 9,
              name: 'Parkstraße',
              houseFrom: null,
              houseTo: null,
              parity: 'all',
              tours: [],
            },
    });
    const went: string[] = [];
    const page = mount(<LocationsView staff={staffFor(api, 'de', (p) => went.push(p))} />);
    unmount = page.unmount;
    await settle();
    const form = () => page.fieldByLabel('Name').closest('form');
    await page.submit(form());
    expect(page.container.querySelector('.city-error-summary')?.textContent).toContain(
      'Geben Sie den Namen an.',
    );

    page.type('Name', 'Parkstraße');
    page.type('Bis Hausnummer', '12a');
    await page.submit(form());
    expect(page.fieldByLabel('Bis Hausnummer').getAttribute('aria-invalid')).toBe('true');
    page.type('Bis Hausnummer', '');
    await page.submit(form());
    await settle();
    expect(asked.find((a) => a.method === 'POST')?.body).toEqual({
      kind: 'street',
      name: 'Parkstraße',
      district: null,
      houseFrom: null,
      houseTo: null,
      parity: 'all',
    });
    expect(went).toEqual(['/admin/abfall/strassen/9']);

    taken = true;
    await page.submit(form());
    await settle();
    expect(page.fieldByLabel('Name').getAttribute('aria-invalid')).toBe('true');
    expect(page.text()).toContain(
      '„Parkstraße“ gibt es schon im Abfallkalender. Suchen Sie die Straße in der Liste.',
    );
  });

  it('asks an area for no house numbers', async () => {
    const { api } = townApi();
    const page = mount(<LocationsView staff={staffFor(api)} />);
    unmount = page.unmount;
    await settle();
    expect(page.fieldByLabel('Von Hausnummer')).toBeTruthy();
    page.choose('Ortsteil oder Dorf (ohne Hausnummern)');
    expect(() => page.fieldByLabel('Von Hausnummer')).toThrow();
  });
});

describe('a street', () => {
  it('sets the tour per waste type and saves its details', async () => {
    const { api, asked } = townApi({
      'PUT /api/waste/admin/locations/4/tours/restabfall': () => street,
      'PATCH /api/waste/admin/locations/4': (body) => ({ ...street, ...(body as object) }),
    });
    const page = mount(<LocationView staff={staffFor(api)} id={4} />);
    unmount = page.unmount;
    await settle();
    expect(page.container.querySelector('h1')?.textContent).toBe('Lange Straße, 1–19 (ungerade)');
    const rows = [...page.container.querySelectorAll('tbody tr')].map((r) => r.textContent ?? '');
    expect(rows[1]).toContain('Papier Montag');
    expect(page.fieldByLabel('Tour für Restabfall').value).toBe('7');
    await page.click('Tour für Restabfall zuordnen');
    await settle();
    expect(asked.find((a) => a.method === 'PUT')?.body).toEqual({ tourId: 7 });
    expect(page.liveRegions().join('|')).toContain('Tour für Restabfall zugeordnet.');

    page.type('Ortsteil', 'Zentrum');
    await page.click('Änderungen speichern');
    await settle();
    expect(asked.find((a) => a.method === 'PATCH')?.body).toMatchObject({
      district: 'Zentrum',
      houseFrom: 1,
      houseTo: 19,
      parity: 'odd',
    });
  });

  it('says so when the street is gone', async () => {
    const { api } = townApi({
      'GET /api/waste/admin/locations/4': () => reply(404, { code: 'not_found', message: 'x' }),
    });
    const page = mount(<LocationView staff={staffFor(api, 'en')} id={4} />);
    unmount = page.unmount;
    await settle();
    expect(page.text()).toContain('This street does not exist (any more).');
  });
});
