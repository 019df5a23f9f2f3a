import {
  createTestServer,
  expectChanged,
  expectRevalidated,
  type TestServer,
} from '@city-app/server/testing';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { addLocation, addTour } from '../../../test/waste-rows.js';
import waste from '../index.js';

// The calendar's overview, the street search and a street are the same for everyone: a phone
// asks again with its ETag and gets a 304 until the calendar changes.
let server: TestServer;
let bahnhof = 0;
beforeAll(async () => {
  server = await createTestServer({ modules: [waste] });
  bahnhof = await addLocation(server.db, { name: 'Bahnhofstraße' });
  await addTour(server.db, 'papier', [bahnhof], ['2027-01-05']);
});
afterAll(() => server?.close());

describe('validators of the waste calendar’s reads', () => {
  it('answers the overview, the search and a street with 304 until they change', async () => {
    const paths = ['/api/waste', '/api/waste/locations?q=Bahn', `/api/waste/locations/${bahnhof}`];
    const tags: string[] = [];
    for (const path of paths) tags.push(await expectRevalidated(server, path));
    // The street search and a street keep their own hour (streets change seldom).
    const search = await server.request(paths[1] as string);
    expect(search.headers.get('Cache-Control')).toBe('public, max-age=3600');

    // A new pickup date changes the overview; a renamed street the search and the street.
    await addTour(server.db, 'restabfall', [bahnhof], ['2027-12-30']);
    await server.db.query("UPDATE waste_locations SET name = 'Bahnhofsplatz' WHERE id = $1", [
      bahnhof,
    ]);
    for (const [i, path] of paths.entries()) await expectChanged(server, path, tags[i] as string);
  });
});
