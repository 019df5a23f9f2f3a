import { probeRoutes } from '@city-app/server/testing';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { MARKT, ok, type ReportsClient, startReports } from './reports-testing.js';

// Every described route of the reports API with generated input, valid-ish and hostile: none
// may answer 5xx, or a 4xx without its code (and, for validation, the field).
let t: ReportsClient;
let publicId = '';
let installationId = '';
let templateId = '';
beforeAll(async () => {
  t = await startReports();
  installationId = await t.device();
  ({ publicId } = await ok<{ publicId: string }>(
    t.resident('/', { json: { category: 'strasse', location: MARKT } }),
    201,
  ));
  ({ id: templateId } = await ok<{ id: string }>(
    t.staff('POST', '/templates', { title: 'Erledigt', text: 'Ist repariert.' }),
    201,
  ));
});
afterAll(() => t?.close());

describe('the reports module’s routes under generated requests', () => {
  it('answer with a 2xx, or a 4xx with a code and the field', async () => {
    const doc = (await (await t.server.request('/api/openapi.json')).json()) as {
      paths: Record<string, Record<string, unknown>>;
    };
    const all = Object.entries(doc.paths).flatMap(([path, ops]) =>
      Object.keys(ops).map((method) => `${method.toUpperCase()} ${path}`),
    );
    const findings = await probeRoutes(t.server, {
      callers: [
        { name: 'anonymous', headers: () => ({}) },
        {
          name: 'reports staff',
          headers: async () => (await t.server.loginAs(['reports'])).headers,
        },
      ],
      examples: {
        publicId: [publicId, '2026-99999'],
        installationId: [installationId],
        id: [templateId],
        category: ['strasse', 'ufo'],
        lat: [String(MARKT.lat)],
        lon: [String(MARKT.lon)],
        bbox: ['11.1,53.4,11.3,53.5'],
        into: [publicId],
        from: ['2026-01-01'],
        to: ['2026-12-31'],
      },
      skip: all.filter((route) => !route.includes('/api/reports')),
    });
    expect(findings).toEqual([]);
  }, 120_000);
});
