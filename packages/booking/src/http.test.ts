import ICAL from 'ical.js';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { pgliteDatabase, type TestDatabase } from '../test/databases.js';
import { printer, serviceFor } from '../test/fixtures.js';
import { bookingRoutes, createBookingApp } from './http.js';

let db: TestDatabase;
beforeAll(async () => {
  db = await pgliteDatabase();
});
afterAll(async () => {
  await db?.close();
});

function appFor() {
  const { service } = serviceFor(db);
  // Tests say who they are with headers; a module would use its own login or installation id.
  const app = createBookingApp(service, {
    identify: (c) => {
      const id = c.req.header('x-person');
      return id ? { personId: id, group: c.req.header('x-group') ?? 'resident' } : null;
    },
    isStaff: (c) => c.req.header('x-staff') === 'yes',
    uidDomain: 'hagenow.de',
  });
  return { service, app };
}

const json = (body: unknown, headers: Record<string, string> = {}) => ({
  method: 'POST',
  headers: { 'content-type': 'application/json', ...headers },
  body: JSON.stringify(body),
});

describe('booking HTTP routes', () => {
  it('describes every route with a summary and responses', () => {
    expect(bookingRoutes.length).toBeGreaterThanOrEqual(18);
    for (const r of bookingRoutes) {
      expect(r.summary.length).toBeGreaterThan(5);
      expect(Object.keys(r.responses).length).toBeGreaterThan(0);
    }
    expect(new Set(bookingRoutes.map((r) => `${r.method} ${r.path}`)).size).toBe(
      bookingRoutes.length,
    );
  });

  it('searches slots, books with an idempotency key, serves the .ics, and cancels', async () => {
    const { service, app } = appFor();
    const r = await service.createResource(
      printer({ rules: { granularityMinutes: 60, minDurationMinutes: 60, maxHorizonDays: 365 } }),
    );
    const slots = await app.request(
      `/resources/${r.id}/slots?from=2025-03-10&to=2025-03-11&duration=60`,
    );
    expect(slots.status).toBe(200);
    const body = (await slots.json()) as { slots: { startLocal: string; start: string }[] };
    expect(body.slots[0]?.startLocal).toBe('2025-03-10T08:00');

    const book = () =>
      app.request(
        '/reservations',
        json(
          { resourceId: r.id, start: body.slots[0]?.start, durationMinutes: 60 },
          { 'x-person': 'anna', 'idempotency-key': `http-${r.id}` },
        ),
      );
    const first = await book();
    expect(first.status).toBe(201);
    const created = (await first.json()) as { id: string; personId: string };
    expect(created.personId).toBe('anna');
    expect(((await (await book()).json()) as { id: string }).id).toBe(created.id);

    const taken = await app.request(
      '/reservations',
      json(
        { resourceId: r.id, start: '2025-03-10T08:00', durationMinutes: 60 },
        { 'x-person': 'ben' },
      ),
    );
    expect(taken.status).toBe(409);
    const refusal = (await taken.json()) as { code: string; details: { alternatives: unknown[] } };
    expect(refusal.code).toBe('slot_taken');
    expect(refusal.details.alternatives.length).toBeGreaterThan(0);

    expect(
      (await app.request(`/reservations/${created.id}`, { headers: { 'x-person': 'ben' } })).status,
    ).toBe(404);
    const ics = await app.request(`/reservations/${created.id}/reservation.ics`, {
      headers: { 'x-person': 'anna' },
    });
    expect(ics.headers.get('content-type')).toContain('text/calendar');
    const event = new ICAL.Event(
      new ICAL.Component(ICAL.parse(await ics.text())).getFirstSubcomponent(
        'vevent',
      ) as ICAL.Component,
    );
    expect(event.uid).toBe(`${created.id}@hagenow.de`);

    const feed = await app.request(`/resources/${r.id}/feed.ics`);
    expect(feed.status).toBe(200);

    const cancelled = await app.request(
      `/reservations/${created.id}/cancel`,
      json({}, { 'x-person': 'anna' }),
    );
    expect(((await cancelled.json()) as { status: string }).status).toBe('cancelled');
  });

  it('asks who is booking, keeps staff routes for staff, and names bad fields', async () => {
    const { service, app } = appFor();
    const r = await service.createResource(
      printer({ rules: { approvalRequired: true, maxHorizonDays: 365 } }),
    );
    expect(
      (await app.request('/reservations', json({ resourceId: r.id, start: '2025-03-10T10:00' })))
        .status,
    ).toBe(401);
    const bad = await app.request(
      '/reservations',
      json({ resourceId: r.id, start: 5 }, { 'x-person': 'anna' }),
    );
    expect(bad.status).toBe(400);
    expect(((await bad.json()) as { field: string }).field).toBe('body.start');
    const slotsBad = await app.request(`/resources/${r.id}/slots?from=10.03.2025&to=2025-03-11`);
    expect(((await slotsBad.json()) as { field: string }).field).toBe('query.from');

    const pending = (await (
      await app.request(
        '/reservations',
        json(
          { resourceId: r.id, start: '2025-03-10T10:00', durationMinutes: 60 },
          { 'x-person': 'anna' },
        ),
      )
    ).json()) as { id: string; status: string };
    expect(pending.status).toBe('pending');
    expect(
      (await app.request(`/reservations/${pending.id}/approve`, json({}, { 'x-person': 'anna' })))
        .status,
    ).toBe(403);
    const list = await app.request(`/approvals?resourceId=${r.id}`, {
      headers: { 'x-person': 'lena', 'x-staff': 'yes' },
    });
    expect(((await list.json()) as { id: string }[]).map((x) => x.id)).toEqual([pending.id]);
    const approved = await app.request(
      `/reservations/${pending.id}/approve`,
      json({}, { 'x-person': 'lena', 'x-staff': 'yes' }),
    );
    expect(((await approved.json()) as { status: string }).status).toBe('confirmed');
    const audit = await service.auditLog({ reservationId: pending.id });
    expect(audit.at(-1)?.actor).toBe('staff:lena');
  });
});
