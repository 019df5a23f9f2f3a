import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { forgetGoneFollows } from '../follows/forget-gone.js';
import { openTestTown, type TestTown } from '../reminders/test-town.js';

let town: TestTown;
let street: number;
beforeAll(async () => {
  town = await openTestTown();
  street = await town.street('Bahnhofstraße');
});
afterAll(async () => {
  await town?.close();
});

const path = (id: string) => `/api/waste/follows/${id}`;
async function signedUp(language: 'de' | 'en' = 'de'): Promise<string> {
  const id = randomUUID();
  const res = await town.server.request(`/api/notify/installations/${id}`, {
    method: 'PUT',
    json: { language, topics: [] },
  });
  expect(res.status).toBe(200);
  return id;
}
const put = (id: string, json: unknown, headers: Record<string, string> = {}) =>
  town.server.request(path(id), { method: 'PUT', json, headers });

describe('/api/waste/follows/:installationId', () => {
  it('stores a device’s choice, answers it in the town’s type order, replaces it whole and deletes it', async () => {
    const id = await signedUp();
    const first = await put(id, {
      locationId: street,
      language: 'en',
      types: [
        { typeId: 'papier', evening: '18:00', morning: null },
        { typeId: 'restabfall', evening: '19:30', morning: '06:00' },
        { typeId: 'bioabfall', evening: null, morning: null },
      ],
    });
    expect(first.status).toBe(200);
    const state = {
      locationId: street,
      language: 'en',
      types: [
        { typeId: 'restabfall', evening: '19:30', morning: '06:00' },
        { typeId: 'papier', evening: '18:00', morning: null },
      ],
    };
    expect(await first.json()).toEqual(state);
    expect(await (await town.server.request(path(id))).json()).toEqual(state);
    // Upper-case ids are the same installation.
    expect((await town.server.request(path(id.toUpperCase()))).status).toBe(200);

    const replaced = await put(id, {
      locationId: street,
      types: [{ typeId: 'gelbe-tonne', evening: null, morning: '05:45' }],
    });
    expect(await replaced.json()).toEqual({
      locationId: street,
      language: 'de',
      types: [{ typeId: 'gelbe-tonne', evening: null, morning: '05:45' }],
    });

    expect((await town.server.request(path(id), { method: 'DELETE' })).status).toBe(204);
    const gone = await town.server.request(path(id));
    expect(gone.status).toBe(404);
    expect(await gone.json()).toMatchObject({ code: 'not_found' });
    expect((await town.server.request(path(id), { method: 'DELETE' })).status).toBe(204);
  });

  it('refuses bad input with 4xx naming the field, and keeps what was stored', async () => {
    const id = await signedUp();
    const good = {
      locationId: street,
      types: [{ typeId: 'papier', evening: '18:00', morning: null }],
    };
    expect((await put(id, good)).status).toBe(200);
    const type = (over: Record<string, unknown>) => ({
      locationId: street,
      types: [{ typeId: 'papier', evening: '18:00', morning: null, ...over }],
    });
    const cases: [unknown, number, string, string?][] = [
      [{ ...good, locationId: 999_999 }, 400, 'locationId', 'waste_follow_unknown_location'],
      [{ ...good, locationId: 'eins' }, 400, 'locationId'],
      [type({ typeId: 'sperrmuell' }), 400, 'types.0.typeId', 'waste_follow_unknown_type'],
      [
        { locationId: street, types: [good.types[0], good.types[0]] },
        400,
        'types.1.typeId',
        'waste_follow_type_twice',
      ],
      [type({ evening: '25:00' }), 400, 'types.0.evening'],
      [type({ morning: '6 Uhr' }), 400, 'types.0.morning'],
      [type({ extra: 1 }), 400, 'types.0'],
      [{ ...good, language: 'fr' }, 400, 'language'],
      [
        { locationId: street, types: Array.from({ length: 21 }, () => good.types[0]) },
        400,
        'types',
      ],
      [type({ typeId: 'x'.repeat(41) }), 400, 'types.0.typeId'],
    ];
    for (const [body, status, field, code] of cases) {
      const res = await put(id, body);
      expect(res.status, JSON.stringify(body).slice(0, 80)).toBe(status);
      const error = (await res.json()) as { field: string; code: string; message: string };
      expect(error.field).toBe(field);
      if (code) expect(error.code).toBe(code);
      expect(error.message).not.toMatch(/at .*\.js|SELECT|stack/i);
    }
    expect(await (await town.server.request(path(id))).json()).toMatchObject({
      types: [{ typeId: 'papier' }],
    });
    // In English when asked in English.
    const en = await town.server.request(path(id), {
      method: 'PUT',
      json: type({ typeId: 'sperrmuell' }),
      headers: { 'accept-language': 'en' },
    });
    expect(await en.json()).toMatchObject({ title: 'Unknown waste type' });
  });

  it('refuses an id that is no UUID, and a device not signed up for notifications', async () => {
    const body = { locationId: street, types: [] };
    const bad = await put('not-a-uuid', body);
    expect(bad.status).toBe(400);
    expect(await bad.json()).toMatchObject({ field: 'installationId' });
    expect((await town.server.request(path('kein-uuid'))).status).toBe(400);
    const stranger = await put(randomUUID(), body);
    expect(stranger.status).toBe(409);
    expect(await stranger.json()).toMatchObject({
      code: 'waste_follow_no_installation',
      field: 'installationId',
    });
  });

  it('forgets the follows of installations that were deleted', async () => {
    const [leaving, staying] = [await signedUp(), await signedUp()];
    const body = {
      locationId: street,
      types: [{ typeId: 'papier', evening: '18:00', morning: null }],
    };
    expect((await put(leaving, body)).status).toBe(200);
    expect((await put(staying, body)).status).toBe(200);
    // The resident deletes their data: notify removes the installation.
    const deleted = await town.server.request(`/api/notify/installations/${leaving}`, {
      method: 'DELETE',
    });
    expect(deleted.status).toBeLessThan(300);
    const result = await forgetGoneFollows(town.ctx);
    expect(result.forgotten).toBe(1);
    expect((await town.server.request(path(leaving))).status).toBe(404);
    expect((await town.server.request(path(staying))).status).toBe(200);
  });
});
