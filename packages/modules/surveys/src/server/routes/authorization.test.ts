import { randomUUID } from 'node:crypto';
import { type AuthorizationCaller, authorizationMatrix } from '@city-app/server/testing';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ok, openSurvey, type SurveysHarness, startSurveys } from './surveys-testing.js';

// Every route of the surveys API as a stranger, an admin, staff of the surveys role and staff
// of another role: staff routes refuse all but the role, a wrong link token is refused.
let h: SurveysHarness;
beforeAll(async () => {
  h = await startSurveys();
});
afterAll(() => h?.server.close());

describe('the authorization matrix of the surveys module', () => {
  it('lets only the surveys role (and admins) run surveys, and anyone read and vote', async () => {
    const survey = await openSurvey(h);
    await ok(
      h.resident('POST', `/surveys/${survey.id}/comments`, { body: 'Mehr Bänke bitte' }),
      202,
    );
    const staff = (name: string, roles: string[]): AuthorizationCaller => ({
      name,
      roles,
      headers: async () => (await h.server.loginAs(roles)).headers,
    });
    const doc = (await (await h.server.request('/api/openapi.json')).json()) as {
      paths: Record<string, Record<string, unknown>>;
    };
    const others = Object.entries(doc.paths)
      .filter(([path]) => !path.startsWith('/api/surveys'))
      .flatMap(([path, ops]) => Object.keys(ops).map((m) => `${m.toUpperCase()} ${path}`));
    const matrix = await authorizationMatrix(h.server, {
      callers: [
        { name: 'anonymous' },
        staff('admin', ['admin']),
        staff('surveys', ['surveys']),
        staff('editor', ['editor']),
      ],
      examples: { id: [survey.id], installationId: [randomUUID()] },
      skip: others,
    });
    expect(matrix.problems).toEqual([]);
    const cell = (route: string, caller: string) =>
      matrix.cells.find((c) => c.route === route && c.caller === caller)?.status;
    expect(cell('GET /api/surveys/surveys/{id}', 'anonymous')).toBe(200);
    // The module's root answers its list to anyone (the module contract's GET /api/<id>).
    expect(cell('GET /api/surveys', 'anonymous')).toBe(200);
    expect(cell('GET /api/surveys/admin/surveys/{id}', 'surveys')).toBe(200);
    expect(cell('GET /api/surveys/admin/surveys/{id}', 'anonymous')).toBe(401);
    expect(cell('GET /api/surveys/admin/surveys/{id}', 'editor')).toBe(403);
  });
});
