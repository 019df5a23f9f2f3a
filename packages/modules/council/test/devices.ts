import { randomUUID } from 'node:crypto';
import type { ModuleServerContext } from '@city-app/server';
import { createTestServer, memoryLogger, type TestServer } from '@city-app/server/testing';
import { expect } from 'vitest';
import type { CouncilConfig } from '../src/config.js';
import council from '../src/server/index.js';
import type { OParlServer } from '../src/testing/index.js';

/** A server whose devices sign up with notify (its sending left off) behind a trusted proxy. */
export const deviceServer = (database: 'pglite' | 'postgres') =>
  createTestServer({
    modules: [council],
    database,
    env: { CITY_APP_NOTIFY_WORKER: 'off', CITY_APP_TRUST_PROXY: '1' },
  });

/** The source adds a special meeting of the Stadtvertretung ten days ahead, with `more` fields. */
export function addSpecialMeeting(oparl: OParlServer, more: Record<string, unknown> = {}) {
  const base = oparl.data.base;
  oparl.add('meeting', {
    id: `${base}/meeting/sonder`,
    type: 'https://schema.oparl.org/1.1/Meeting',
    name: 'Sondersitzung der Stadtvertretung',
    start: new Date(Date.now() + 10 * 86_400_000).toISOString(),
    organization: [`${base}/organization/0`],
    ...more,
  });
}

/** The source adds a public item to a meeting's agenda, as a council office does. */
export function addAgendaItem(oparl: OParlServer, meeting: number, name: string) {
  const base = oparl.data.base;
  const json = oparl.data.lists.meeting[meeting]?.json as Record<string, unknown>;
  const items = json.agendaItem as unknown[];
  oparl.change('meeting', meeting, {
    agendaItem: [
      ...items,
      {
        id: `${base}/agendaitem/${meeting}-${items.length + 6}`,
        type: 'https://schema.oparl.org/1.1/AgendaItem',
        meeting: `${base}/meeting/${meeting}`,
        number: String(items.length + 1),
        name,
        public: true,
      },
    ],
  });
}

/**
 * Residents' devices against a test server: a call each from another address (the town's
 * limit per address is not what these tests are about), a device signed up with notify,
 * and a refusal read as status, code, field and message.
 */
export function devices(server: () => TestServer) {
  let ip = 0;
  const call = (path: string, method = 'GET', language = 'de') =>
    server().request(path, {
      method,
      headers: { 'accept-language': language, 'x-forwarded-for': `192.0.2.${++ip % 250}` },
    });
  const signUp = async () => {
    const id = randomUUID();
    const res = await server().request(`/api/notify/installations/${id}`, {
      method: 'PUT',
      json: { language: 'de', topics: [] },
      headers: { 'x-forwarded-for': `198.51.100.${++ip % 250}` },
    });
    expect(res.status).toBe(200);
    return id;
  };
  const refusal = async (res: Response) => ({
    status: res.status,
    ...((await res.json()) as { code: string; field?: string; message: string }),
  });
  return { call, signUp, refusal };
}

/** The context the hourly job runs in, outside a request; notify as the test fakes it. */
export function jobContext(
  app: TestServer,
  config: CouncilConfig,
  notify?: ModuleServerContext['notify'],
): ModuleServerContext<CouncilConfig> {
  return {
    city: app.server.config,
    config,
    manifest: council.manifest,
    db: app.db,
    log: memoryLogger(),
    env: {},
    requireRole: () => {
      throw new Error('not a request');
    },
    ...(notify ? { notify } : {}),
  };
}
