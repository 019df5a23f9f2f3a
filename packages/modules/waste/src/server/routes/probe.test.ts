import { createTestServer, probeRoutes, type TestServer } from '@city-app/server/testing';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { addLocation, addTour } from '../../../test/waste-rows.js';
import waste from '../index.js';

// Every described route of the waste calendar with generated input, valid-ish and hostile:
// none may answer 5xx, or a 4xx without its code (and, for validation, the field).
let server: TestServer;
let street = 0;
beforeAll(async () => {
  server = await createTestServer({ modules: [waste] });
  street = await addLocation(server.db, { name: 'Bahnhofstraße' });
  await addTour(server.db, 'papier', [street], ['2027-01-05']);
});
afterAll(async () => {
  await server?.close();
});

describe('the waste calendar’s routes under generated requests', () => {
  it('answer with a 2xx, or a 4xx with a code and the field', async () => {
    const findings = await probeRoutes(server, {
      callers: [
        { name: 'anonymous', headers: () => ({}) },
        { name: 'waste staff', headers: async () => (await server.loginAs(['waste'])).headers },
      ],
      examples: {
        id: [String(street), '999999'],
        q: ['Bahnhofst', 'str.', 'ÄÖÜß'],
        from: ['2027-01-01'],
        to: ['2027-12-31'],
        types: ['papier', 'papier,restabfall'],
        lang: ['de', 'en'],
      },
    });
    expect(findings).toEqual([]);
  });
});
