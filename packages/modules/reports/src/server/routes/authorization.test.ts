import { type AuthorizationCaller, authorizationMatrix } from '@city-app/server/testing';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { MARKT, ok, type ReportsClient, startReports } from './reports-testing.js';

// Every route of the reports API as a stranger, an admin, staff of the reports role and staff
// of another role: the staff routes refuse all but the role, a wrong installation id is refused.
let t: ReportsClient;
beforeAll(async () => {
  t = await startReports();
});
afterAll(() => t?.close());

describe('the authorization matrix of the reports module', () => {
  it('lets only the reports role (and admins) work on reports, and anyone report and read', async () => {
    const installationId = await t.device();
    const { publicId } = await ok<{ publicId: string }>(
      t.resident('/', { json: { category: 'strasse', location: MARKT } }),
      201,
    );
    await ok(t.staff('POST', `/reports/${publicId}/moderation`, { state: 'public' }));
    const { id } = await ok<{ id: string }>(
      t.staff('POST', '/templates', { title: 'Erledigt', text: 'Ist repariert.' }),
      201,
    );
    const staff = (name: string, roles: string[]): AuthorizationCaller => ({
      name,
      roles,
      headers: async () => (await t.server.loginAs(roles)).headers,
    });
    const doc = (await (await t.server.request('/api/openapi.json')).json()) as {
      paths: Record<string, Record<string, unknown>>;
    };
    const others = Object.entries(doc.paths)
      .filter(([path]) => !path.startsWith('/api/reports'))
      .flatMap(([path, ops]) => Object.keys(ops).map((m) => `${m.toUpperCase()} ${path}`));
    const matrix = await authorizationMatrix(t.server, {
      callers: [
        { name: 'anonymous' },
        staff('admin', ['admin']),
        staff('reports', ['reports']),
        staff('editor', ['editor']),
      ],
      examples: {
        publicId: [publicId],
        installationId: [installationId],
        id: [id],
        category: ['strasse'],
        lat: [String(MARKT.lat)],
        lon: [String(MARKT.lon)],
        into: [publicId],
      },
      skip: others,
    });
    expect(matrix.problems).toEqual([]);
    const cell = (route: string, caller: string) =>
      matrix.cells.find((c) => c.route === route && c.caller === caller)?.status;
    expect(cell('GET /api/reports/{publicId}', 'anonymous')).toBe(200);
    expect(cell('GET /api/reports/admin/reports/{publicId}', 'reports')).toBe(200);
    expect(cell('GET /api/reports/admin/reports/{publicId}', 'anonymous')).toBe(401);
    expect(cell('GET /api/reports/admin/reports/{publicId}', 'editor')).toBe(403);
    expect(cell('GET /api/reports/admin/export.csv', 'editor')).toBe(403);
  }, 120_000);
});
