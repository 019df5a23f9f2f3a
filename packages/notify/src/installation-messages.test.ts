import { randomUUID } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import {
  pgliteDatabase,
  postgresDatabase,
  skipPostgres,
  type TestDatabase,
} from '../test/databases.js';
import { notifyTestbed } from '../test/testbed.js';
import type { SendInput } from './index.js';

function suite(name: string, open: () => Promise<TestDatabase>) {
  describe(name, () => {
    const bed = notifyTestbed(open);
    let n = 0;

    /** An installation with `devices` push subscriptions, following `topics`. */
    async function installation(
      topics: string[],
      devices = 1,
      quietHours: { start: string; end: string } | null = null,
    ) {
      const id = randomUUID();
      const browsers = Array.from({ length: devices }, () => bed.stub.subscribe());
      for (const browser of browsers) {
        await bed.notify.installations.upsert(id, { topics, quietHours, subscription: browser });
      }
      return { id, browsers: browsers.map((b) => b.id) };
    }
    const send = (input: Omit<SendInput, 'idempotencyKey'> & { idempotencyKey?: string }) =>
      bed.t.db.transaction((tx) => bed.notify.send(tx, { idempotencyKey: `k${++n}`, ...input }));
    const received = (subscription: string) =>
      bed.stub.received.filter((m) => m.subscription === subscription).map((m) => m.json);
    const dispatchRow = async (id: string) =>
      (
        await bed.t.db.query<{ kind: string; recipients: number | null; installation_id: string }>(
          'select kind, recipients, installation_id::text as installation_id from notify_dispatches where id = $1',
          [id],
        )
      ).rows[0];
    const runWorker = async () => {
      const worker = bed.notify.worker({ ca: bed.stub.ca });
      try {
        return await worker.runOnce();
      } finally {
        await worker.stop();
      }
    };

    it("reaches only that installation's subscriptions, whatever topics it follows, once per key", async () => {
      bed.clock.set('2026-05-04T10:00:00Z');
      const booker = await installation([], 2);
      const follower = await installation(['baustellen']);
      const message = {
        installationId: booker.id,
        title: { de: 'Buchung bestätigt', en: 'Booking confirmed' },
        body: { de: '3D-Drucker, Montag 10:00', en: '3D printer, Monday 10:00' },
        url: '/experimentierraum/buchung/abc',
        idempotencyKey: `booking-confirmed-${booker.id}`,
      };
      const first = await send(message);
      const again = await send(message);
      expect(first.created).toBe(true);
      expect(again).toEqual({ dispatchId: first.dispatchId, created: false });

      expect(await runWorker()).toMatchObject({ fannedOut: 1, sent: 2, failed: 0 });
      for (const browser of booker.browsers) {
        expect(received(browser)).toEqual([
          expect.objectContaining({
            title: 'Buchung bestätigt',
            url: '/experimentierraum/buchung/abc',
            dispatch: first.dispatchId,
          }),
        ]);
      }
      expect(received(follower.browsers[0] as string)).toEqual([]);
      expect(await dispatchRow(first.dispatchId)).toEqual({
        kind: 'installation',
        recipients: 2,
        installation_id: booker.id,
      });
      // A resident's personal message is not among the editors' figures.
      expect(await bed.notify.dispatches.get(first.dispatchId)).toBeUndefined();
      expect((await bed.notify.dispatches.list()).map((d) => d.id)).not.toContain(first.dispatchId);
      // Nor does it count as a test notification: the resident may still send one at once.
      expect(await bed.notify.installations.sendTest(booker.id)).toMatchObject({ recipients: 2 });
      expect(await runWorker()).toMatchObject({ fannedOut: 0, sent: 2 });
    });

    it('labels the message with a topic when given, without sending to its followers', async () => {
      bed.clock.set('2026-05-04T11:00:00Z');
      const booker = await installation(['veranstaltungen']);
      const follower = await installation(['baustellen']);
      const { dispatchId } = await send({
        installationId: booker.id,
        topic: 'baustellen',
        title: 'Ihr Platz im Kurs',
        body: 'Bitte bis morgen bestätigen',
      });
      expect(await runWorker()).toMatchObject({ fannedOut: 1, sent: 1 });
      expect(received(booker.browsers[0] as string)).toEqual([
        expect.objectContaining({ title: 'Ihr Platz im Kurs', topic: 'baustellen' }),
      ]);
      expect(received(follower.browsers[0] as string)).toEqual([]);
      expect(await dispatchRow(dispatchId)).toMatchObject({ recipients: 1 });
    });

    it("waits for the end of the installation's quiet hours", async () => {
      // 23:30 in Hagenow (CEST, UTC+2); quiet until 07:00, which is 05:00 UTC.
      bed.clock.set('2026-05-04T21:30:00Z');
      const sleeper = await installation([], 1, { start: '22:00', end: '07:00' });
      await send({ installationId: sleeper.id, title: 'Erinnerung', body: 'Morgen 10:00' });
      expect(await runWorker()).toMatchObject({ fannedOut: 1, sent: 0 });
      bed.clock.set('2026-05-05T04:59:00Z');
      expect(await runWorker()).toMatchObject({ sent: 0 });
      expect(received(sleeper.browsers[0] as string)).toEqual([]);
      bed.clock.set('2026-05-05T05:00:00Z');
      expect(await runWorker()).toMatchObject({ sent: 1 });
      expect(received(sleeper.browsers[0] as string)).toEqual([
        expect.objectContaining({ title: 'Erinnerung' }),
      ]);
    });

    it('gives an unknown or deleted installation a dispatch with no recipients', async () => {
      bed.clock.set('2026-05-06T10:00:00Z');
      const unknown = randomUUID();
      const message = {
        installationId: unknown,
        title: 'Erinnerung',
        body: 'Morgen',
        idempotencyKey: `reminder-${unknown}`,
      };
      const first = await send(message);
      expect(first.created).toBe(true);
      expect(await send(message)).toEqual({ dispatchId: first.dispatchId, created: false });
      expect(await runWorker()).toMatchObject({ fannedOut: 1, sent: 0 });
      expect(await dispatchRow(first.dispatchId)).toEqual({
        kind: 'installation',
        recipients: 0,
        installation_id: null,
      });

      // Deleting the installation takes its pending messages with it.
      const gone = await installation([]);
      const pending = await send({ installationId: gone.id, title: 'Weg', body: 'x' });
      expect(await bed.notify.installations.delete(gone.id)).toBe(true);
      expect(await dispatchRow(pending.dispatchId)).toBeUndefined();
      expect(await runWorker()).toMatchObject({ fannedOut: 0, sent: 0 });
      expect(received(gone.browsers[0] as string)).toEqual([]);
    });

    it('refuses a message with neither topic nor installation, or one mixing both kinds, naming the field', async () => {
      const someone = await installation([]);
      const cases: [Record<string, unknown>, string][] = [
        [{}, 'topic'],
        [{ installationId: 'not-a-uuid' }, 'installationId'],
        [{ installationId: someone.id, alsoTopics: ['baustellen'] }, 'alsoTopics'],
        [{ installationId: someone.id, area: 'altstadt' }, 'area'],
        [{ topic: 'unbekannt', installationId: someone.id }, 'topic'],
      ];
      for (const [fields, field] of cases) {
        await expect(
          send({ title: 'x', body: 'y', idempotencyKey: `bad-${field}`, ...fields } as SendInput),
        ).rejects.toMatchObject({ code: 'validation_failed', field });
      }
      const { rows } = await bed.t.db.query(
        "select 1 from notify_dispatches where idempotency_key like 'bad-%'",
      );
      expect(rows).toEqual([]);
    });

    it('rolls the message back with the caller’s transaction', async () => {
      const booker = await installation([]);
      await expect(
        bed.t.db.transaction(async (tx) => {
          await bed.notify.send(tx, {
            installationId: booker.id,
            title: 'Nie gesendet',
            body: 'x',
            idempotencyKey: `rolled-back-${booker.id}`,
          });
          throw new Error('the booking failed');
        }),
      ).rejects.toThrow('the booking failed');
      expect(await runWorker()).toMatchObject({ fannedOut: 0 });
      expect(received(booker.browsers[0] as string)).toEqual([]);
    });
  });
}

suite('messages to one installation on PGlite', pgliteDatabase);
describe.skipIf(skipPostgres)('on PostgreSQL', () => {
  suite('messages to one installation on PostgreSQL', postgresDatabase);
});
