import { createTestServer, TEST_CITY, type TestServer } from '@city-app/server/testing';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { T0, TEST_CONFIG } from '../../test/setup.js';
import type {
  ApiError,
  BookingCreated,
  BookingDataExport,
  CourseSummary,
  StaffBooking,
} from '../api.js';
import type { PushNotify } from './context.js';
import { createExperimentSpaceServer, type ExperimentSpaceServerModule } from './index.js';

const API = '/api/experiment-space';
const DEVICE = '2b0f6a52-8a6f-4c1e-9d3a-6f1f2a9c0d11';
const GONE_DEVICE = '9e7d1c55-0000-4000-8000-000000000000';

/** A notify that records what the module queued — on the booking's transaction, in a table. */
interface Sent {
  installationId?: string;
  topic?: string;
  title: { de: string; en?: string };
  body: { de: string; en?: string };
  url?: string;
  idempotencyKey: string;
}

let server: TestServer;
let module: ExperimentSpaceServerModule;
let staff: Record<string, string>;
let now = new Date(T0);

const fakeNotify: PushNotify = {
  async send(tx, input) {
    if (input.installationId === GONE_DEVICE) {
      // As a real outbox would: a statement fails inside the transaction, then the error.
      await tx.query('SELECT 1 / 0');
    }
    await tx.query('INSERT INTO test_pushes (input) VALUES ($1::jsonb)', [JSON.stringify(input)]);
    return { dispatchId: '1', created: true };
  },
};

beforeAll(async () => {
  module = createExperimentSpaceServer({
    now: () => now,
    scheduledJobs: false,
    notify: fakeNotify,
    transport: { kind: 'folder', description: 'nowhere', send: async () => {}, close() {} },
  });
  server = await createTestServer({
    modules: [module],
    city: { ...TEST_CITY, modules: { 'experiment-space': TEST_CONFIG } },
  });
  staff = (await server.loginAs(['library'])).headers;
  await server.db.query('CREATE TABLE test_pushes (id serial PRIMARY KEY, input jsonb NOT NULL)');
  // Fails the whole transaction at commit for one name: after every write of a booking is done.
  await server.db.query(`
    CREATE FUNCTION test_fail_at_commit() RETURNS trigger LANGUAGE plpgsql AS $$
    BEGIN
      IF NEW.name = 'Fails At Commit' THEN RAISE EXCEPTION 'refused at commit'; END IF;
      RETURN NEW;
    END $$;
    CREATE CONSTRAINT TRIGGER test_fail_at_commit AFTER INSERT ON experiment_space_bookings
      DEFERRABLE INITIALLY DEFERRED FOR EACH ROW EXECUTE FUNCTION test_fail_at_commit();
  `);
});
afterAll(async () => {
  await module?.stop();
  await server?.close();
});

async function json<T>(response: Promise<Response>, status: number): Promise<T> {
  const res = await response;
  const text = await res.text();
  if (res.status !== status) throw new Error(`expected ${status}, got ${res.status}: ${text}`);
  return JSON.parse(text) as T;
}

const book = (over: Record<string, unknown>) =>
  server.request(`${API}/bookings`, {
    json: {
      resourceId: 'kamera',
      start: '2026-12-02T10:00',
      durationMinutes: 60,
      name: 'Anna Schröder',
      email: 'anna@example.org',
      ...over,
    },
  });

async function idOf(token: string): Promise<string> {
  const { rows } = await server.db.query<{ id: string }>(
    'SELECT id FROM experiment_space_bookings WHERE token = $1',
    [token],
  );
  return rows[0]?.id as string;
}

async function mailKinds(bookingId: string): Promise<string[]> {
  const { rows } = await server.db.query<{ kind: string }>(
    'SELECT kind FROM experiment_space_mail WHERE booking_id = $1 ORDER BY id',
    [bookingId],
  );
  return rows.map((r) => r.kind);
}

async function pushes(bookingId: string): Promise<Sent[]> {
  const { rows } = await server.db.query<{ input: Sent }>(
    `SELECT input FROM test_pushes WHERE input->>'idempotencyKey' LIKE $1 ORDER BY id`,
    [`experiment-space:${bookingId}:%`],
  );
  return rows.map((r) => r.input);
}

async function counts() {
  const n = async (sql: string) => Number((await server.db.query<{ n: string }>(sql)).rows[0]?.n);
  return {
    reservations: await n(
      "SELECT count(*) AS n FROM booking_reservations WHERE person_id NOT LIKE 'course:%'",
    ),
    bookings: await n('SELECT count(*) AS n FROM experiment_space_bookings'),
    mail: await n('SELECT count(*) AS n FROM experiment_space_mail'),
    pushes: await n('SELECT count(*) AS n FROM test_pushes'),
  };
}

/** Makes the mail queue refuse messages of one kind, until the returned function is called. */
async function refuseMail(kind: string): Promise<() => Promise<void>> {
  await server.db.query(
    `ALTER TABLE experiment_space_mail ADD CONSTRAINT test_refuse_${kind} CHECK (kind <> '${kind}') NOT VALID`,
  );
  return async () => {
    await server.db.query(`ALTER TABLE experiment_space_mail DROP CONSTRAINT test_refuse_${kind}`);
  };
}

describe('a booking and its messages are one transaction', () => {
  it('writes the confirmation e-mail and the push with the booking', async () => {
    const created = await json<BookingCreated>(book({ installationId: DEVICE }), 201);
    const id = await idOf(created.token);
    expect(created.booking.push).toBe(true);
    expect(await mailKinds(id)).toEqual(['confirmed']);
    const [push, ...more] = await pushes(id);
    expect(more).toEqual([]);
    expect(push).toMatchObject({
      installationId: DEVICE,
      url: `/experimentierraum/buchung/${created.token}`,
      title: { de: 'Buchung bestätigt', en: 'Booking confirmed' },
    });
    expect(push?.topic).toBeUndefined();
    expect(push?.idempotencyKey).toMatch(new RegExp(`^experiment-space:${id}:confirmed:\\d+$`));
    expect(push?.body.de).toBe('360°-Kamera · Mi., 2. Dez., 10:00–11:00 Uhr');
    expect(push?.body.en).toMatch(/^360° camera · Wed,? 2 Dec, 10:00–11:00$/);
    // What a lock screen shows: what and when, nothing about the person.
    expect(JSON.stringify(push)).not.toMatch(/anna|Schröder/i);
  });

  it('keeps nothing when the e-mail cannot be queued: no reservation, no row, no push', async () => {
    const before = await counts();
    const allow = await refuseMail('confirmed');
    const res = await book({ start: '2026-12-02T12:00', installationId: DEVICE });
    await allow();
    expect(res.status).toBe(500);
    expect(await counts()).toEqual(before);
    // The slot was never held: the same booking goes through now.
    await json<BookingCreated>(book({ start: '2026-12-02T12:00' }), 201);
  });

  it('keeps nothing when the transaction fails at commit, after the push was queued', async () => {
    const before = await counts();
    const res = await book({
      start: '2026-12-02T14:00',
      name: 'Fails At Commit',
      installationId: DEVICE,
    });
    expect(res.status).toBe(500);
    expect(await counts()).toEqual(before);
  });

  it('approves, moves and cancels only together with the e-mail and push about it', async () => {
    const created = await json<BookingCreated>(
      book({ resourceId: 'vr', start: '2026-12-04T10:00', installationId: DEVICE }),
      201,
    );
    expect(created.booking.status).toBe('pending');
    const id = await idOf(created.token);
    const approve = () =>
      server.request(`${API}/staff/bookings/${id}/approve`, { method: 'POST', headers: staff });

    const allow = await refuseMail('approved');
    expect((await approve()).status).toBe(500);
    await allow();
    const still = await json<{ status: string }>(
      server.request(`${API}/bookings/${created.token}`),
      200,
    );
    expect(still.status).toBe('pending');
    await json<StaffBooking>(approve(), 200);

    const allowMove = await refuseMail('rescheduled');
    const move = () =>
      server.request(`${API}/bookings/${created.token}`, {
        method: 'PATCH',
        json: { start: '2026-12-04T14:00' },
      });
    expect((await move()).status).toBe(500);
    await allowMove();
    const unmoved = await json<{ startLocal: string }>(
      server.request(`${API}/bookings/${created.token}`),
      200,
    );
    expect(unmoved.startLocal).toBe('2026-12-04T10:00');
    await json(move(), 200);

    await json<StaffBooking>(
      server.request(`${API}/staff/bookings/${id}/cancel`, {
        headers: staff,
        json: { reason: 'Die Brille ist defekt.' },
      }),
      200,
    );
    expect(await mailKinds(id)).toEqual([
      'pending',
      'approved',
      'rescheduled',
      'cancelled_by_staff',
    ]);
    const sent = await pushes(id);
    expect(sent.map((p) => p.idempotencyKey.split(':')[2])).toEqual([
      'pending',
      'approved',
      'rescheduled',
      'cancelled_by_staff',
    ]);
    expect(sent[2]?.body.de).toContain('14:00–15:00 Uhr');
    // The staff's reason goes by e-mail only.
    expect(JSON.stringify(sent)).not.toContain('defekt');
  });

  it('tells a decline by push, and a cancellation by the booker only by e-mail', async () => {
    const declined = await json<BookingCreated>(
      book({ resourceId: 'vr', start: '2026-12-05T10:00', installationId: DEVICE }),
      201,
    );
    const declinedId = await idOf(declined.token);
    await json(
      server.request(`${API}/staff/bookings/${declinedId}/decline`, { headers: staff, json: {} }),
      200,
    );
    expect((await pushes(declinedId)).map((p) => p.title.de)).toEqual([
      'Buchung wartet auf Freigabe',
      'Buchung abgelehnt',
    ]);

    const own = await json<BookingCreated>(
      book({ start: '2026-12-05T10:00', installationId: DEVICE }),
      201,
    );
    const ownId = await idOf(own.token);
    await json(server.request(`${API}/bookings/${own.token}`, { method: 'DELETE' }), 200);
    expect(await mailKinds(ownId)).toEqual(['confirmed', 'cancelled']);
    expect((await pushes(ownId)).map((p) => p.title.de)).toEqual(['Buchung bestätigt']);
  });

  it('books without push when no device is given, and refuses a malformed one by name', async () => {
    const created = await json<BookingCreated>(book({ start: '2026-12-06T10:00' }), 201);
    expect(created.booking.push).toBe(false);
    expect(await pushes(await idOf(created.token))).toEqual([]);
    const bad = await json<ApiError>(
      book({ start: '2026-12-06T12:00', installationId: 'my-phone' }),
      400,
    );
    expect(bad.field).toBe('installationId');
  });

  it('books even when the push cannot be queued (an unknown device), and logs it', async () => {
    const created = await json<BookingCreated>(
      book({ start: '2026-12-07T10:00', installationId: GONE_DEVICE }),
      201,
    );
    const id = await idOf(created.token);
    expect(await mailKinds(id)).toEqual(['confirmed']);
    expect(await pushes(id)).toEqual([]);
    expect(server.log.lines.some((l) => l.level === 'warn' && l.message.includes('push'))).toBe(
      true,
    );
  });
});

describe('course registrations, waitlist offers and reminders', () => {
  it('registers with the e-mail in one transaction; offers and reminders come by push too', async () => {
    const register = (email: string, installationId?: string) =>
      server.request(`${API}/courses/einsteiger/registrations`, {
        json: {
          sessionId: '1',
          name: 'Kursgast',
          email,
          ...(installationId ? { installationId } : {}),
        },
      });
    const allow = await refuseMail('confirmed');
    expect((await register('first@example.org')).status).toBe(500);
    await allow();
    const course = await json<CourseSummary>(server.request(`${API}/courses/einsteiger`), 200);
    expect(course.sessions[0]?.seatsLeft).toBe(2);

    const a = await json<BookingCreated>(register('a@example.org'), 201);
    await json<BookingCreated>(register('b@example.org'), 201);
    const c = await json<BookingCreated>(register('c@example.org', DEVICE), 201);
    expect(c.booking.status).toBe('waiting');
    const cId = await idOf(c.token);
    expect(await mailKinds(cId)).toEqual(['waitlisted']);
    expect(await pushes(cId)).toEqual([]);

    // A cancellation frees a seat: the offer, its e-mail and its push are one change.
    await json(server.request(`${API}/bookings/${a.token}`, { method: 'DELETE' }), 200);
    expect(await mailKinds(cId)).toEqual(['waitlisted', 'offer']);
    const [offer] = await pushes(cId);
    expect(offer?.title).toEqual({
      de: 'Ein Platz ist frei geworden',
      en: 'A place has become free',
    });
    expect(offer?.body.de).toMatch(
      /^3D-Druck für Einsteiger · Do\., 3\. Dez\., 16:00–18:00 Uhr\. Annehmen bis /,
    );

    await json(server.request(`${API}/bookings/${c.token}/accept`, { method: 'POST' }), 200);
    expect(await mailKinds(cId)).toEqual(['waitlisted', 'offer', 'confirmed']);

    // The day before: the reminder and its push.
    now = new Date('2026-12-02T16:00:00.000Z');
    await module.runJobs();
    expect(await mailKinds(cId)).toEqual(['waitlisted', 'offer', 'confirmed', 'reminder']);
    expect((await pushes(cId)).map((p) => p.idempotencyKey.split(':')[2])).toEqual([
      'offer',
      'confirmed',
      'reminder',
    ]);
  });
});

describe('privacy', () => {
  it('exports one booking by its link without the device, and erasing by proof forgets the device', async () => {
    now = new Date(T0);
    const created = await json<BookingCreated>(
      book({ start: '2026-12-08T10:00', email: 'dora@example.org', installationId: DEVICE }),
      201,
    );
    const data = await json<BookingDataExport>(
      server.request(`${API}/bookings/${created.token}/my-data`),
      200,
    );
    expect(data.booking).toMatchObject({ email: 'dora@example.org', push: true });
    expect(JSON.stringify(data)).not.toContain(DEVICE);
    const id = await idOf(created.token);
    await json(
      server.request(`${API}/my-data/requests`, {
        method: 'POST',
        json: { email: 'dora@example.org' },
      }),
      202,
    );
    const { rows: mails } = await server.db.query<{ body: string }>(
      "SELECT body FROM experiment_space_mail WHERE kind = 'data_access' AND recipient = 'dora@example.org'",
    );
    const proof = /meine-daten#([A-Za-z0-9_-]+)/.exec(mails[0]?.body ?? '')?.[1];
    const { access } = await json<{ access: string }>(
      server.request(`${API}/my-data/access`, { method: 'POST', json: { proof } }),
      200,
    );
    await json(
      server.request(`${API}/my-data`, {
        method: 'DELETE',
        headers: { authorization: `Bearer ${access}` },
      }),
      200,
    );
    const { rows } = await server.db.query<{ installation_id: string | null; email: string }>(
      'SELECT installation_id, email FROM experiment_space_bookings WHERE id = $1',
      [id],
    );
    expect(rows[0]).toEqual({ installation_id: null, email: '' });
  });

  it('anonymises ended bookings with their device', async () => {
    now = new Date(T0);
    const created = await json<BookingCreated>(
      book({ start: '2026-12-09T10:00', email: 'emil@example.org', installationId: DEVICE }),
      201,
    );
    const id = await idOf(created.token);
    now = new Date('2027-02-01T08:00:00.000Z');
    await module.runJobs();
    const { rows } = await server.db.query<{
      installation_id: string | null;
      anonymised_at: unknown;
    }>('SELECT installation_id, anonymised_at FROM experiment_space_bookings WHERE id = $1', [id]);
    expect(rows[0]?.anonymised_at).not.toBeNull();
    expect(rows[0]?.installation_id).toBeNull();
  });
});
