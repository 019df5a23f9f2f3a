import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { StaffLocation, TourDetail, TourList } from '../../api/staff.js';
import { ADMIN_API as API, ok, type StaffClient, startStaffClient } from './staff-testing.js';

let client: StaffClient;

beforeAll(async () => {
  client = await startStaffClient();
});
afterAll(async () => {
  await client?.server.close();
});
const send: StaffClient['send'] = (...args) => client.send(...args);

describe('tours', () => {
  it('adds, lists by type with the next date, renames and deletes tours', async () => {
    const bio = await ok<TourDetail>(
      send('POST', '/tours', { typeId: 'bioabfall', name: 'Bio 2' }),
      201,
    );
    await ok(send('POST', '/tours', { typeId: 'papier', name: 'Papier 1' }), 201);
    const far = '2099-01-06';
    await ok(send('POST', `/tours/${bio.id}/pickups`, { date: far }), 201);
    await ok(send('POST', `/tours/${bio.id}/pickups`, { date: '2020-01-07' }), 201);
    const street = await ok<StaffLocation>(
      send('POST', '/locations', { name: 'Schulstraße' }),
      201,
    );
    await ok(send('PUT', `/locations/${street.id}/tours/bioabfall`, { tourId: bio.id }));

    const list = await ok<TourList>(send('GET', '/tours?typeId=bioabfall'));
    expect(list.tours).toEqual([
      { id: bio.id, typeId: 'bioabfall', name: 'Bio 2', upcoming: 1, nextDate: far, locations: 1 },
    ]);
    expect((await ok<TourList>(send('GET', '/tours'))).tours).toHaveLength(2);

    const renamed = await ok<TourDetail>(
      send('PATCH', `/tours/${bio.id}`, { name: 'Bio Dienstag' }),
    );
    expect(renamed).toMatchObject({ name: 'Bio Dienstag', locations: [{ name: 'Schulstraße' }] });
    expect(renamed.pickups.map((p) => p.date)).toEqual(['2020-01-07', far]);

    // Its residents would lose the coming date without a word: refused until the street goes.
    const inUse = await send('DELETE', `/tours/${bio.id}`);
    expect(inUse.status).toBe(409);
    expect(await inUse.json()).toMatchObject({
      code: 'waste_tour_in_use',
      message: expect.stringContaining('(kommende Termine: 1, Straßen und Ortsteile: 1)'),
    });
    await ok(send('DELETE', `/locations/${street.id}/tours/bioabfall`));
    expect((await send('DELETE', `/tours/${bio.id}`)).status).toBe(204);
    expect((await send('GET', `/tours/${bio.id}`)).status).toBe(404);
    const after = await ok<StaffLocation>(send('GET', `/locations/${street.id}`));
    expect(after.tours).toEqual([]);
  });

  it('refuses unknown types, empty names and bad ids naming the field', async () => {
    const unknown = await send('POST', '/tours', { typeId: 'sperrmuell', name: 'S' });
    expect(unknown.status).toBe(400);
    expect(await unknown.json()).toMatchObject({ code: 'waste_type_unknown', field: 'typeId' });
    expect(
      await (await send('POST', '/tours', { typeId: 'papier', name: ' ' })).json(),
    ).toMatchObject({
      field: 'name',
    });
    expect(await (await send('GET', '/tours/abc')).json()).toMatchObject({ field: 'id' });
    expect(await (await send('GET', '/tours?typeId=A!')).json()).toMatchObject({ field: 'typeId' });
    expect((await send('PATCH', '/tours/99999', { name: 'X' })).status).toBe(404);
  });

  it('lets only the waste role in', async () => {
    expect((await client.server.request(`${API}/tours`)).status).toBe(401);
    const other = (await client.server.loginAs(['news'])).headers;
    expect((await client.server.request(`${API}/tours/1`, { headers: other })).status).toBe(403);
  });
});
