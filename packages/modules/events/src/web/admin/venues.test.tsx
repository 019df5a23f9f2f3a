// @vitest-environment happy-dom
import { afterEach, describe, expect, it } from 'vitest';
import { museum, synagogue, townApi } from './fixtures.js';
import { answer, render, settle, staffFor } from './testing.js';
import { VenuesView } from './venues.js';

let unmount = () => {};
afterEach(() => unmount());

async function venuesPage(routes: Parameters<typeof townApi>[0] = {}, locale: 'de' | 'en' = 'de') {
  const { api, asked } = townApi(routes);
  const page = render(<VenuesView staff={staffFor(api, locale)} />);
  unmount = page.unmount;
  await settle();
  return { page, calls: () => asked.filter((a) => a.method !== 'GET') };
}

describe('the venues', () => {
  it('lists each venue with its address and accessibility in words', async () => {
    const { page } = await venuesPage();
    const rows = [...page.container.querySelectorAll('tbody tr')].map((r) => r.textContent);
    expect(rows[0]).toContain('Hagenstraße 48, 19230 Hagenow');
    expect(rows[0]).toContain('Stufenlos erreichbar');
    expect(rows[0]).toContain('Induktive Höranlage');
    expect(rows[0]).not.toContain('Barrierefreie Toilette');
    expect(rows[1]).toContain('Keine Angaben');
    expect(rows[1]).toContain('Beispiel');
  });

  it('adds a venue: checks name, postcode and coordinates first, then sends them', async () => {
    const { page, calls } = await venuesPage({
      'POST /api/events/admin/venues': (body) =>
        answer(201, { ...synagogue, id: 'neu', name: (body as { name: string }).name }),
    });
    const form = () => page.control('Name').closest('form');
    page.fill('Postleitzahl', '1923');
    page.fill('Breitengrad', 'Nord');
    await page.submit(form());
    expect(page.summary().map(([href]) => href)).toEqual([
      '#events-venue-new-name',
      '#events-venue-new-postcode',
      '#events-venue-new-latitude',
    ]);
    expect(calls()).toEqual([]);

    page.fill('Name', 'Stadthalle');
    page.fill('Straße und Hausnummer', 'Bahnhofstraße 2');
    page.fill('Postleitzahl', '19230');
    page.fill('Breitengrad', '53,4251');
    page.fill('Längengrad', '11.1902');
    page.tick('Stufenlos erreichbar');
    page.tick('Barrierefreie Toilette');
    page.fill('Weitere Hinweise zur Barrierefreiheit', 'Aufzug am Seiteneingang');
    await page.submit(form());
    expect(calls().map((c) => c.body)).toEqual([
      {
        name: 'Stadthalle',
        street: 'Bahnhofstraße 2',
        postcode: '19230',
        latitude: 53.4251,
        longitude: 11.1902,
        stepFree: true,
        accessibleToilet: true,
        hearingLoop: false,
        accessibilityNote: 'Aufzug am Seiteneingang',
      },
    ]);
    expect(page.text()).toContain('„Stadthalle“ ist angelegt.');
    expect(page.control('Name').value).toBe('');
  });

  it('shows a name taken at the name field', async () => {
    const { page } = await venuesPage({
      'POST /api/events/admin/venues': () =>
        answer(409, {
          code: 'events_venue_exists',
          message: 'Einen Veranstaltungsort „Alte Synagoge“ gibt es schon.',
          field: 'name',
        }),
    });
    page.fill('Name', 'alte synagoge');
    await page.submit(page.control('Name').closest('form'));
    expect(page.control('Name').getAttribute('aria-invalid')).toBe('true');
    expect(page.summary()).toEqual([
      ['#events-venue-new-name', 'Einen Veranstaltungsort „Alte Synagoge“ gibt es schon.'],
    ]);
  });

  it('edits a venue with its values filled in', async () => {
    const { page, calls } = await venuesPage(
      {
        [`PUT /api/events/admin/venues/${synagogue.id}`]: (body) => ({
          ...synagogue,
          ...(body as object),
        }),
      },
      'en',
    );
    await page.press('Edit: "Alte Synagoge"');
    expect(document.activeElement?.textContent).toBe('Edit "Alte Synagoge"');
    expect(page.control('Name').value).toBe('Alte Synagoge');
    expect(page.control('Hearing loop').checked).toBe(true);
    page.tick('Accessible toilet');
    await page.submit(page.control('Name').closest('form'));
    expect(calls()[0]).toMatchObject({
      method: 'PUT',
      body: { name: 'Alte Synagoge', stepFree: true, accessibleToilet: true, hearingLoop: true },
    });
    expect(page.text()).toContain('The changes to "Alte Synagoge" are saved.');
    expect(page.text()).toContain('New venue');
  });

  it('deletes after a confirmation; a venue in use stays and the refusal says why', async () => {
    const { page, calls } = await venuesPage({
      [`DELETE /api/events/admin/venues/${museum.id}`]: () => answer(204),
      [`DELETE /api/events/admin/venues/${synagogue.id}`]: () =>
        answer(409, {
          code: 'events_venue_in_use',
          message: 'Am Ort „Alte Synagoge“ finden noch 3 Veranstaltungen statt.',
          hint: 'Ordnen Sie diese Veranstaltungen zuerst einem anderen Ort zu.',
        }),
    });
    await page.press('Löschen: „Alte Synagoge“');
    expect(calls()).toEqual([]);
    await page.press('Endgültig löschen');
    expect(page.container.querySelector('[role="alert"]')?.textContent).toContain(
      'Am Ort „Alte Synagoge“ finden noch 3 Veranstaltungen statt. Ordnen Sie diese Veranstaltungen zuerst einem anderen Ort zu.',
    );
    await page.press('Löschen: „Museum für Alltagskultur“');
    await page.press('Endgültig löschen');
    expect(calls().map((c) => `${c.method} ${c.path}`)).toEqual([
      `DELETE /api/events/admin/venues/${synagogue.id}`,
      `DELETE /api/events/admin/venues/${museum.id}`,
    ]);
    expect(page.text()).toContain('„Museum für Alltagskultur“ ist gelöscht.');
  });
});
