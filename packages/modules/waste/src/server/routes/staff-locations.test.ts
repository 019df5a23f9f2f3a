import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { LocationPage, StaffLocation, TourDetail } from '../../api/staff.js';
import { ADMIN_API as API, ok, type StaffClient, startStaffClient } from './staff-testing.js';

let client: StaffClient;

beforeAll(async () => {
  client = await startStaffClient();
});
afterAll(async () => {
  await client?.server.close();
});
const send: StaffClient['send'] = (...args) => client.send(...args);

describe('locations', () => {
  it('adds streets and parts of streets, and finds them the way residents type', async () => {
    const whole = await ok<StaffLocation>(
      send('POST', '/locations', { name: 'Bahnhofstraße' }),
      201,
    );
    expect(whole).toMatchObject({ kind: 'street', district: null, parity: 'all', tours: [] });
    await ok(
      send('POST', '/locations', {
        name: 'Lange Straße',
        houseFrom: 1,
        houseTo: 19,
        parity: 'odd',
      }),
      201,
    );
    await ok(
      send('POST', '/locations', { name: 'Granzin', kind: 'area', district: 'Granzin' }),
      201,
    );

    const found = await ok<LocationPage>(send('GET', '/locations?q=Bahnhofstr.'));
    expect(found.locations.map((l) => l.name)).toEqual(['Bahnhofstraße']);
    const page = await ok<LocationPage>(send('GET', '/locations?limit=2&offset=0'));
    expect(page.total).toBeGreaterThanOrEqual(3);
    expect(page.locations).toHaveLength(2);
  });

  it('refuses a duplicate with 409 in the request’s language, and bad house numbers naming the field', async () => {
    await ok(send('POST', '/locations', { name: 'Parkstraße', district: 'Zentrum' }), 201);
    const again = await send('POST', '/locations', { name: 'Parkstr.', district: 'Zentrum' });
    expect(again.status).toBe(409);
    const body = (await again.json()) as {
      code: string;
      message: string;
      hint: string;
      field: string;
    };
    expect(body).toMatchObject({ code: 'waste_location_exists', field: 'name' });
    expect(body.message).toContain('gibt es schon');
    expect(body.hint).toBeTruthy();

    const english = await send(
      'POST',
      '/locations',
      { name: 'Parkstraße', district: 'Zentrum' },
      'en',
    );
    expect(((await english.json()) as { message: string }).message).toContain('already');

    const range = await send('POST', '/locations', { name: 'Ring', houseFrom: 20, houseTo: 2 });
    expect(range.status).toBe(400);
    expect(await range.json()).toMatchObject({ code: 'validation_failed', field: 'houseTo' });

    const area = await send('POST', '/locations', { name: 'Viez', kind: 'area', houseFrom: 1 });
    expect(await area.json()).toMatchObject({ field: 'houseFrom' });

    const long = await send('POST', '/locations', { name: 'x'.repeat(121) });
    expect(await long.json()).toMatchObject({ code: 'validation_failed', field: 'name' });
    const control = await send('POST', '/locations', { name: 'Weg\u0007' });
    expect(control.status).toBe(400);
    const limit = await send('GET', '/locations?limit=1000');
    expect(await limit.json()).toMatchObject({ field: 'limit' });
  });

  it('changes a location, checking the whole row, and deletes it', async () => {
    const made = await ok<StaffLocation>(send('POST', '/locations', { name: 'Am Wall' }), 201);
    const changed = await ok<StaffLocation>(
      send('PATCH', `/locations/${made.id}`, { houseFrom: 2, houseTo: 40, parity: 'even' }),
    );
    expect(changed).toMatchObject({ name: 'Am Wall', houseFrom: 2, houseTo: 40, parity: 'even' });
    const upside = await send('PATCH', `/locations/${made.id}`, { houseFrom: 50 });
    expect(await upside.json()).toMatchObject({ field: 'houseTo' });

    expect((await send('DELETE', `/locations/${made.id}`)).status).toBe(204);
    expect((await send('GET', `/locations/${made.id}`)).status).toBe(404);
    expect((await send('PATCH', `/locations/${made.id}`, { name: 'X' })).status).toBe(404);
  });

  it('sets and clears the tour per waste type, refusing a tour of another type', async () => {
    const street = await ok<StaffLocation>(send('POST', '/locations', { name: 'Mühlenweg' }), 201);
    const paper = await ok<TourDetail>(
      send('POST', '/tours', { typeId: 'papier', name: 'Papier Mo' }),
      201,
    );

    const served = await ok<StaffLocation>(
      send('PUT', `/locations/${street.id}/tours/papier`, { tourId: paper.id }),
    );
    expect(served.tours).toEqual([{ typeId: 'papier', tourId: paper.id, tourName: 'Papier Mo' }]);

    const wrong = await send('PUT', `/locations/${street.id}/tours/restabfall`, {
      tourId: paper.id,
    });
    expect(wrong.status).toBe(422);
    expect(await wrong.json()).toMatchObject({ code: 'waste_tour_other_type', field: 'tourId' });
    const unknown = await send('PUT', `/locations/${street.id}/tours/glas`, { tourId: paper.id });
    expect(await unknown.json()).toMatchObject({ code: 'waste_type_unknown', field: 'typeId' });
    const missing = await send('PUT', `/locations/${street.id}/tours/papier`, { tourId: 99999 });
    expect(missing.status).toBe(404);
    expect(await missing.json()).toMatchObject({ field: 'tourId' });

    const tour = await ok<TourDetail>(send('GET', `/tours/${paper.id}`));
    expect(tour.locations.map((l) => l.name)).toEqual(['Mühlenweg']);

    const cleared = await ok<StaffLocation>(send('DELETE', `/locations/${street.id}/tours/papier`));
    expect(cleared.tours).toEqual([]);
  });

  it('lets only the waste role in', async () => {
    expect((await client.server.request(`${API}/locations`)).status).toBe(401);
    const other = (await client.server.loginAs(['news'])).headers;
    expect((await client.server.request(`${API}/locations`, { headers: other })).status).toBe(403);
    const post = await client.server.request(`${API}/locations`, {
      headers: other,
      json: { name: 'A' },
    });
    expect(post.status).toBe(403);
  });
});
