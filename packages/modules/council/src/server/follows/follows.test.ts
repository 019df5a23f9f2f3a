import { randomUUID } from 'node:crypto';
import type { MyDate } from '@city-app/core';
import type { ModuleServerContext } from '@city-app/server';
import type { TestServer } from '@city-app/server/testing';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { databases } from '../../../test/databases.js';
import { deviceServer, devices } from '../../../test/devices.js';
import type { FollowedCommittees } from '../../api/follows.js';
import type { MeetingDetail } from '../../api/meeting.js';
import { type OParlServer, startOParlServer } from '../../testing/index.js';
import { announceNews } from '../announce/announce.js';
import council from '../index.js';
import { defaultHttpOptions } from '../oparl/http.js';
import { keyOf } from '../oparl/record.js';
import { syncSystem } from '../sync/sync-system.js';
import { MAX_FOLLOWS_PER_INSTALLATION } from './store.js';

type Sent = Parameters<NonNullable<ModuleServerContext['notify']>['send']>[1];

describe.each(databases)('following a committee on $name', ({ database, skip }) => {
  let app: TestServer;
  let oparl: OParlServer;
  const { call, signUp, refusal } = devices(() => app);
  const followPath = (key: string, device: string) =>
    `/api/council/committees/${key}/followers/${device}`;
  let hauptausschuss: string;

  beforeAll(async () => {
    if (skip) return;
    app = await deviceServer(database);
    // Eight weekly meetings from two days ahead; meeting i is held by committee i % 6.
    oparl = await startOParlServer({
      size: { meetings: 8, papers: 2, persons: 2, organizations: 6 },
    });
    await syncSystem(app.db, oparl.system, {
      http: { ...defaultHttpOptions(), allowPrivateAddresses: false },
    });
    hauptausschuss = keyOf(`${oparl.data.base}/organization/1`);
  });
  afterAll(async () => {
    await oparl?.close();
    await app?.close();
  });

  it.skipIf(skip)(
    'a device follows a committee, sees its meetings in "Meine Termine", and stops',
    async () => {
      const device = await signUp();
      // The committees holding meetings: all six of the sample hold one.
      const list = (await (await call('/api/council/committees')).json()) as FollowedCommittees;
      expect(list.items.map((c) => c.name)).toEqual([
        'Ausschuss für Bildung, Kultur und Sport',
        'Bauausschuss',
        'Finanzausschuss',
        'Hauptausschuss',
        'Ortsbeirat Neudorf',
        'Stadtvertretung',
      ]);
      const meeting = (await (
        await call(`/api/council/meetings/${keyOf(`${oparl.data.base}/meeting/1`)}`)
      ).json()) as MeetingDetail;
      expect(meeting.organizations).toEqual([{ key: hauptausschuss, name: 'Hauptausschuss' }]);

      expect((await call(followPath(hauptausschuss, device), 'PUT')).status).toBe(204);
      expect((await call(followPath(hauptausschuss, device.toUpperCase()), 'PUT')).status).toBe(
        204,
      );
      const followed = (await (
        await call(`/api/council/installations/${device}/committees`)
      ).json()) as FollowedCommittees;
      expect(followed.items).toEqual([{ key: hauptausschuss, name: 'Hauptausschuss' }]);

      const dates = (await (await call(`/api/dates/installations/${device}`)).json()) as {
        entries: MyDate[];
        incomplete: string[];
      };
      expect(dates.incomplete).toEqual([]);
      const own = dates.entries.filter((d) => d.module.id === 'council');
      expect(own.map((d) => d.title.de)).toEqual([
        '2. Sitzung Hauptausschuss',
        '8. Sitzung Hauptausschuss',
      ]);
      expect(own[0]).toMatchObject({
        id: keyOf(`${oparl.data.base}/meeting/1`),
        path: `/rat/${keyOf(`${oparl.data.base}/meeting/1`)}`,
        status: 'confirmed',
        location: 'Rathaus, Sitzungssaal 2, Markt 1',
        detail: { de: 'Hauptausschuss' },
      });
      expect(Date.parse(own[0]?.end ?? '')).toBeGreaterThan(Date.parse(own[0]?.start ?? ''));

      expect((await call(followPath(hauptausschuss, device), 'DELETE')).status).toBe(204);
      const after = (await (
        await call(`/api/council/installations/${device}/committees`)
      ).json()) as FollowedCommittees;
      expect(after.items).toEqual([]);
      const datesAfter = (await (await call(`/api/dates/installations/${device}`)).json()) as {
        entries: MyDate[];
        incomplete: string[];
      };
      expect(datesAfter.entries.filter((d) => d.module.id === 'council')).toEqual([]);
    },
  );

  it.skipIf(skip)(
    'refuses what a stranger may send, naming the field, in German and English',
    async () => {
      const device = await signUp();
      expect(
        await refusal(await call(followPath(hauptausschuss, randomUUID()), 'PUT')),
      ).toMatchObject({
        status: 409,
        code: 'council_no_installation',
        field: 'installationId',
        message: expect.stringContaining('Dieses Gerät'),
      });
      expect(
        await refusal(await call(followPath(hauptausschuss, randomUUID()), 'PUT', 'en')),
      ).toMatchObject({ status: 409, message: expect.stringContaining('This device') });
      expect(
        await refusal(await call(followPath(hauptausschuss, 'not-a-uuid'), 'PUT')),
      ).toMatchObject({
        status: 400,
        code: 'validation_failed',
        field: 'installationId',
      });
      expect(await refusal(await call(followPath('kurz', device), 'PUT'))).toMatchObject({
        status: 400,
        code: 'validation_failed',
        field: 'key',
      });
      // A meeting's key is no committee's.
      const meetingKey = keyOf(`${oparl.data.base}/meeting/1`);
      expect(await refusal(await call(followPath(meetingKey, device), 'PUT'))).toMatchObject({
        status: 404,
        code: 'not_found',
      });
      expect(await refusal(await call(`/api/council/installations/nope/committees`))).toMatchObject(
        { status: 400, field: 'installationId' },
      );
    },
  );

  it.skipIf(skip)(
    `a device follows at most ${MAX_FOLLOWS_PER_INSTALLATION} committees`,
    async () => {
      const device = await signUp();
      const keys = Array.from(
        { length: MAX_FOLLOWS_PER_INSTALLATION + 1 },
        (_, i) => `Limit${String(i).padStart(11, '0')}`,
      );
      for (const [i, key] of keys.entries()) {
        await app.db.query(
          `INSERT INTO council_objects (id, key, type, system, name, data, hash)
         VALUES ($1, $2, 'Organization', $3, $4, '{}'::jsonb, 'x')`,
          [`${oparl.data.base}/limit/${i}`, key, oparl.system, `Gremium ${i}`],
        );
      }
      for (const key of keys.slice(0, MAX_FOLLOWS_PER_INSTALLATION)) {
        expect((await call(followPath(key, device), 'PUT')).status).toBe(204);
      }
      // Following one it follows already still answers, the next one is refused.
      expect((await call(followPath(keys[0] as string, device), 'PUT')).status).toBe(204);
      expect(
        await refusal(await call(followPath(keys.at(-1) as string, device), 'PUT', 'en')),
      ).toMatchObject({
        status: 409,
        code: 'council_too_many_follows',
        field: 'installationId',
        message: `This device already follows ${MAX_FOLLOWS_PER_INSTALLATION} committees; no more are possible.`,
      });
    },
  );

  it.skipIf(skip)(
    'tells the committee’s followers of a new meeting and forgets devices notify dropped',
    async () => {
      const follower = await signUp();
      const dropped = randomUUID();
      expect((await call(followPath(hauptausschuss, follower), 'PUT')).status).toBe(204);
      await app.db.query(
        `INSERT INTO council_followers (organization, installation_id) VALUES ($1, $2)`,
        [`${oparl.data.base}/organization/1`, dropped],
      );
      const sent: Sent[] = [];
      const ctx = {
        db: app.db,
        city: app.server.config,
        manifest: council.manifest,
        notify: {
          async send(_tx: unknown, input: Sent) {
            sent.push(input);
            return { dispatchId: input.idempotencyKey, created: true };
          },
          sendMany: async () => [],
          existingInstallations: async (ids: readonly string[]) =>
            ids.filter((id) => id === follower),
        },
      } as unknown as Parameters<typeof announceNews>[0];
      const base = oparl.data.base;
      await announceNews(
        ctx,
        {
          newMeetings: [`${base}/meeting/7`, `${base}/meeting/2`],
          newAgendas: [],
          newAgendaItems: [],
        },
        { dueAt: new Date('2026-03-01T11:00:00Z'), now: new Date() },
      );
      // The Finanzausschuss's meeting to the topic only; the Hauptausschuss's also to its follower.
      expect(
        sent.map((s) => [(s.title as { de: string }).de, s.installationIds ?? s.topic]),
      ).toEqual([
        ['Neue Sitzung: 3. Sitzung Finanzausschuss', 'council'],
        ['Neue Sitzung: 8. Sitzung Hauptausschuss', 'council'],
        ['Neue Sitzung: 8. Sitzung Hauptausschuss', [follower]],
      ]);
      expect(sent[2]).toMatchObject({
        collapseKey: sent[1]?.collapseKey,
        idempotencyKey: `${sent[1]?.idempotencyKey}:followers`,
      });
      const { rows } = await app.db.query(
        'SELECT 1 FROM council_followers WHERE installation_id = $1',
        [dropped],
      );
      expect(rows).toEqual([]);
    },
  );
});
