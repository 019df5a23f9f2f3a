import ICAL from 'ical.js';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type Harness, startHarness, T0 } from '../../test/setup.js';
import type {
  ApiError,
  BookingCreated,
  BookingDataExport,
  Catalogue,
  CourseSummary,
  DataAccess,
  DaySlots,
  MyDataDeleted,
  MyDataExport,
  PrivateBooking,
  ProviderQuota,
  Schedule,
  StaffBooking,
} from '../api.js';

let h: Harness;
const API = '/api/experiment-space';

beforeAll(async () => {
  h = await startHarness();
});
afterAll(async () => {
  await h?.close();
});

const resident = (over: Record<string, unknown> = {}) => ({
  name: 'Anna Schröder',
  email: 'anna@example.org',
  locale: 'de',
  ...over,
});

function book(body: Record<string, unknown>, headers: Record<string, string> = {}) {
  return h.server.request(`${API}/bookings`, { method: 'POST', json: body, headers });
}

async function rowCount(): Promise<{ bookings: number; reservations: number }> {
  const a = await h.server.db.query<{ n: string | number }>(
    'SELECT count(*) AS n FROM experiment_space_bookings',
  );
  const b = await h.server.db.query<{ n: string | number }>(
    "SELECT count(*) AS n FROM booking_reservations WHERE person_id NOT LIKE 'course:%'",
  );
  return { bookings: Number(a.rows[0]?.n), reservations: Number(b.rows[0]?.n) };
}

function icsEvent(text: string) {
  const calendar = new ICAL.Component(ICAL.parse(text));
  for (const zone of calendar.getAllSubcomponents('vtimezone')) {
    ICAL.TimezoneService.register(zone);
  }
  const event = new ICAL.Event(calendar.getFirstSubcomponent('vevent') as ICAL.Component);
  return { event, calendar };
}

describe('the catalogue', () => {
  it('lists the resources with photo, prerequisites and approval, and the course with its seats', async () => {
    const catalogue = await h.json<Catalogue>(h.server.request(`${API}`), 200);
    expect(catalogue.library.name).toBe('Stadtbibliothek Musterstadt');
    expect(catalogue.resources.map((r) => r.id)).toEqual([
      'drucker',
      'vr',
      'kamera',
      'seminarraum',
    ]);
    expect(catalogue.resources[0]).toMatchObject({
      prerequisites: ['3d-printer-briefing'],
      photo: { src: '/experimentierraum/drucker.jpg', alt: { de: 'Ein 3D-Drucker' } },
    });
    expect(catalogue.resources[1]?.approvalRequired).toBe(true);
    expect(catalogue.courses[0]?.sessions[0]).toMatchObject({
      id: '1',
      startLocal: '2026-12-03T16:00',
      seats: 2,
      seatsLeft: 2,
    });
    expect(catalogue.courses[0]?.location?.id).toBe('seminarraum');
  });

  it('gives the free times of a day as a list, and says why a day has none', async () => {
    const day = await h.json<DaySlots>(
      h.server.request(`${API}/resources/kamera/slots?date=2026-12-02&duration=120`),
      200,
    );
    expect(day.slots[0]).toMatchObject({
      startLocal: '2026-12-02T08:00',
      endLocal: '2026-12-02T10:00',
    });
    expect(day.slots.at(-1)?.startLocal).toBe('2026-12-02T18:00');
    const past = await h.json<DaySlots>(
      h.server.request(`${API}/resources/kamera/slots?date=2026-11-30`),
      200,
    );
    expect(past).toMatchObject({ slots: [], reason: 'past' });
    const bad = await h.json<ApiError>(
      h.server.request(`${API}/resources/kamera/slots?date=2.12.2026`),
      400,
    );
    expect(bad.field).toBe('date');
  });
});

describe('booking the 3D printer', () => {
  it('refuses without a briefing, naming the prerequisite, and writes nothing', async () => {
    const before = await rowCount();
    const error = await h.json<ApiError>(
      book({
        ...resident(),
        resourceId: 'drucker',
        start: '2026-12-02T10:00',
        durationMinutes: 120,
      }),
      422,
    );
    expect(error.code).toBe('prerequisite_missing');
    expect(error.message).toContain('3d-printer-briefing');
    expect(error.field).toBe('email');
    expect(await rowCount()).toEqual(before);
  });

  it('books after staff recorded the briefing; the e-mail carries an .ics; the slot is gone for the next person', async () => {
    await h.json(
      h.server.request(`${API}/staff/briefings`, {
        method: 'POST',
        headers: h.staff,
        json: {
          email: 'Anna@Example.org',
          prerequisite: '3d-printer-briefing',
          validUntil: '2027-06-30',
        },
      }),
      201,
    );
    const created = await h.json<BookingCreated>(
      book({
        ...resident(),
        resourceId: 'drucker',
        start: '2026-12-02T10:00',
        durationMinutes: 120,
      }),
      201,
    );
    expect(created.token.length).toBeGreaterThanOrEqual(32);
    expect(created.booking).toMatchObject({
      status: 'confirmed',
      startLocal: '2026-12-02T10:00',
      endLocal: '2026-12-02T12:00',
      email: 'anna@example.org',
      manageUrl: `/experimentierraum/buchung/${created.token}`,
    });

    const [mail, ...more] = await h.deliver();
    expect(more).toEqual([]);
    expect(mail?.to).toEqual(['anna@example.org']);
    expect(mail?.headers.subject).toBe('Buchung bestätigt: 3D-Drucker');
    expect(mail?.text).toContain('Guten Tag Anna Schröder');
    expect(mail?.text).toContain('Mittwoch, 2. Dezember 2026, 10:00–12:00 Uhr');
    expect(mail?.text).toContain(`/experimentierraum/buchung/${created.token}`);
    const ics = mail?.attachments.find((a) => a.filename.endsWith('.ics'));
    expect(ics?.contentType).toContain('text/calendar');
    const { event } = icsEvent(ics?.content ?? '');
    expect(event.startDate.toJSDate().toISOString()).toBe('2026-12-02T09:00:00.000Z');
    expect(event.endDate.toJSDate().toISOString()).toBe('2026-12-02T11:00:00.000Z');
    // In the booker's language only, not "3D-Drucker / 3D printer".
    expect(event.summary).toMatch(/^3D-Drucker/);
    expect(event.summary).not.toContain(' / ');

    // The same .ics through the private link.
    const res = await h.server.request(`${API}/bookings/${created.token}/booking.ics`);
    expect(res.headers.get('content-type')).toContain('text/calendar');
    expect(
      icsEvent(await res.text())
        .event.startDate.toJSDate()
        .toISOString(),
    ).toBe('2026-12-02T09:00:00.000Z');

    // Ben, also briefed, no longer sees 10:00 and cannot take it.
    await h.server.request(`${API}/staff/briefings`, {
      method: 'POST',
      headers: h.staff,
      json: { email: 'ben@example.org', prerequisite: '3d-printer-briefing' },
    });
    const day = await h.json<DaySlots>(
      h.server.request(`${API}/resources/drucker/slots?date=2026-12-02&duration=60`),
      200,
    );
    const starts = day.slots.map((s) => s.startLocal.slice(11));
    expect(starts).not.toContain('10:00');
    expect(starts).not.toContain('11:00');
    expect(starts).toContain('12:00');
    const taken = await h.json<ApiError>(
      book({
        ...resident({ name: 'Ben Krüger', email: 'ben@example.org' }),
        resourceId: 'drucker',
        start: '2026-12-02T11:00',
        durationMinutes: 60,
      }),
      409,
    );
    expect(taken.code).toBe('slot_taken');
    expect(taken.details?.alternatives?.length).toBeGreaterThan(0);
  });

  it('names the bad field and writes nothing', async () => {
    const before = await rowCount();
    const cases: [Record<string, unknown>, string][] = [
      [
        { resourceId: 'kamera', start: '2026-12-04T10:00', durationMinutes: 60, name: 'Anna' },
        'email',
      ],
      [
        {
          ...resident({ email: 'not-an-address' }),
          resourceId: 'kamera',
          start: '2026-12-04T10:00',
          durationMinutes: 60,
        },
        'email',
      ],
      [
        { ...resident(), resourceId: 'kamera', start: '2026-12-04T10:00', durationMinutes: 0 },
        'durationMinutes',
      ],
      [
        {
          ...resident(),
          resourceId: 'kamera',
          start: '2026-12-04T10:00',
          durationMinutes: 60,
          group: 'school',
        },
        'organisation',
      ],
      [
        {
          ...resident(),
          resourceId: 'seminarraum',
          start: '2026-12-04T10:00',
          durationMinutes: 60,
        },
        'group',
      ],
      [
        { ...resident(), resourceId: 'nirgends', start: '2026-12-04T10:00', durationMinutes: 60 },
        'resourceId',
      ],
      [
        { ...resident(), resourceId: 'kamera', start: '2026-12-04T10:30', durationMinutes: 60 },
        'start',
      ],
    ];
    for (const [body, field] of cases) {
      const res = await book(body);
      const error = (await res.json()) as ApiError;
      expect([400, 403, 422], JSON.stringify(error)).toContain(res.status);
      expect(error.field, JSON.stringify(error)).toBe(field);
      expect(error.message.length).toBeGreaterThan(5);
    }
    expect(await rowCount()).toEqual(before);
  });

  it('returns the same booking and link for a retried request with the same Idempotency-Key', async () => {
    const body = {
      ...resident({ email: 'carla@example.org' }),
      resourceId: 'kamera',
      start: '2026-12-05T10:00',
      durationMinutes: 60,
    };
    const first = await h.json<BookingCreated>(book(body, { 'Idempotency-Key': 'retry-1' }), 201);
    const second = await h.json<BookingCreated>(book(body, { 'Idempotency-Key': 'retry-1' }), 200);
    expect(second.token).toBe(first.token);
    await h.deliver();
  });
});

describe('a booking through its private link', () => {
  let token: string;
  beforeAll(async () => {
    const created = await h.json<BookingCreated>(
      book({
        ...resident({ email: 'dora@example.org', name: 'Dora', locale: 'en' }),
        resourceId: 'kamera',
        start: '2026-12-07T10:00',
        durationMinutes: 60,
      }),
      201,
    );
    token = created.token;
    await h.deliver();
  });

  it('shows, moves and cancels it; the booker is told in English', async () => {
    const byLink = await h.server.request(`${API}/bookings/${token}`);
    expect(byLink.headers.get('cache-control')).toBe('no-store');
    const seen = await h.json<PrivateBooking>(byLink, 200);
    expect(seen).toMatchObject({
      status: 'confirmed',
      locale: 'en',
      changeableUntil: '2026-12-07T08:00:00.000Z',
    });
    const moved = await h.json<PrivateBooking>(
      h.server.request(`${API}/bookings/${token}`, {
        method: 'PATCH',
        json: { start: '2026-12-07T14:00', durationMinutes: 120 },
      }),
      200,
    );
    expect(moved).toMatchObject({ startLocal: '2026-12-07T14:00', endLocal: '2026-12-07T16:00' });
    const [movedMail] = await h.deliver();
    expect(movedMail?.headers.subject).toBe('Booking moved: 360° camera');
    expect(movedMail?.text).toContain('Monday, 7 December 2026, 14:00–16:00');

    const refused = await h.json<ApiError>(
      h.server.request(`${API}/bookings/${token}`, {
        method: 'PATCH',
        json: { start: '2026-12-07T14:30' },
      }),
      422,
    );
    expect(refused.code).toBe('not_on_grid');
    expect(
      (await h.json<PrivateBooking>(h.server.request(`${API}/bookings/${token}`), 200)).startLocal,
    ).toBe('2026-12-07T14:00');

    const cancelled = await h.json<PrivateBooking>(
      h.server.request(`${API}/bookings/${token}`, { method: 'DELETE' }),
      200,
    );
    expect(cancelled.status).toBe('cancelled');
    const [cancelMail] = await h.deliver();
    expect(cancelMail?.headers.subject).toBe('Booking cancelled: 360° camera');
  });

  it('answers an unknown link with 404', async () => {
    const error = await h.json<ApiError>(
      h.server.request(`${API}/bookings/${'x'.repeat(32)}`),
      404,
    );
    expect(error.code).toBe('not_found');
  });
});

describe('approval', () => {
  it('keeps a VR booking pending until staff approve it, and tells the booker each step', async () => {
    const created = await h.json<BookingCreated>(
      book({
        ...resident({ email: 'emil@example.org', name: 'Emil' }),
        resourceId: 'vr',
        start: '2026-12-08T10:00',
        durationMinutes: 60,
      }),
      201,
    );
    expect(created.booking.status).toBe('pending');
    const [pendingMail] = await h.deliver();
    expect(pendingMail?.headers.subject).toBe(
      'Buchung eingegangen, wartet auf Freigabe: VR-Brille',
    );

    const waiting = await h.json<StaffBooking[]>(
      h.server.request(`${API}/staff/bookings?status=pending`, { headers: h.staff }),
      200,
    );
    const mine = waiting.find((b) => b.email === 'emil@example.org');
    expect(mine).toBeDefined();
    const schedule = await h.json<Schedule>(
      h.server.request(`${API}/staff/schedule?date=2026-12-08`, { headers: h.staff }),
      200,
    );
    expect(schedule.pending).toBeGreaterThanOrEqual(1);
    expect(schedule.bookings.map((b) => b.id)).toContain(mine?.id);

    const approved = await h.json<StaffBooking>(
      h.server.request(`${API}/staff/bookings/${mine?.id}/approve`, {
        method: 'POST',
        headers: h.staff,
      }),
      200,
    );
    expect(approved.status).toBe('confirmed');
    const [approvedMail] = await h.deliver();
    expect(approvedMail?.headers.subject).toBe('Buchung freigegeben: VR-Brille');
    expect(approvedMail?.attachments[0]?.filename).toBe('termin.ics');

    const other = await h.json<BookingCreated>(
      book({
        ...resident({ email: 'fiete@example.org', name: 'Fiete' }),
        resourceId: 'vr',
        start: '2026-12-08T12:00',
        durationMinutes: 60,
      }),
      201,
    );
    await h.deliver();
    const otherId = (
      await h.json<StaffBooking[]>(
        h.server.request(`${API}/staff/bookings?status=pending`, { headers: h.staff }),
        200,
      )
    ).find((b) => b.email === 'fiete@example.org')?.id;
    await h.json(
      h.server.request(`${API}/staff/bookings/${otherId}/decline`, {
        method: 'POST',
        headers: h.staff,
        json: { reason: 'Wartung' },
      }),
      200,
    );
    const [declined] = await h.deliver();
    expect(declined?.headers.subject).toBe('Buchung abgelehnt: VR-Brille');
    expect(declined?.text).toContain('Begründung: Wartung');
    expect(
      (await h.json<PrivateBooking>(h.server.request(`${API}/bookings/${other.token}`), 200))
        .status,
    ).toBe('declined');
  });

  it('lets only library staff in', async () => {
    expect((await h.server.request(`${API}/staff/bookings`)).status).toBe(401);
    const editor = (await h.server.loginAs(['editor'])).headers;
    expect((await h.server.request(`${API}/staff/bookings`, { headers: editor })).status).toBe(403);
    const admin = (await h.server.loginAs(['admin'])).headers;
    expect((await h.server.request(`${API}/staff/bookings`, { headers: admin })).status).toBe(200);
  });
});

describe('education providers', () => {
  it('holds an education provider to its own quota of the seminar room', async () => {
    const vhs = {
      ...resident({ email: 'kurse@vhs.example', name: 'Kursbüro' }),
      group: 'education_provider',
      organisation: 'Volkshochschule',
    };
    await h.json(
      book({ ...vhs, resourceId: 'seminarraum', start: '2026-12-09T10:00', durationMinutes: 120 }),
      201,
    );
    const over = await h.json<ApiError>(
      book({
        ...vhs,
        email: 'leitung@vhs.example',
        resourceId: 'seminarraum',
        start: '2026-12-10T10:00',
        durationMinutes: 120,
      }),
      422,
    );
    expect(over).toMatchObject({ code: 'quota_exceeded', field: 'organisation' });
    const quotas = await h.json<ProviderQuota[]>(
      h.server.request(`${API}/staff/provider-quotas`, { headers: h.staff }),
      200,
    );
    expect(quotas[0]).toMatchObject({ organisation: 'Volkshochschule', maxHours: 3, usedHours: 2 });
    await h.deliver();
  });
});

describe('CSV export', () => {
  it('writes UTF-8 with BOM, semicolons and proper quoting', async () => {
    await h.json(
      book({
        ...resident({ email: 'gerda@example.org', name: 'Gerda "Gerdi" Müller; Hagenow' }),
        resourceId: 'kamera',
        start: '2026-12-11T10:00',
        durationMinutes: 60,
        note: '=SUM(A1)',
      }),
      201,
    );
    await h.deliver();
    const res = await h.server.request(`${API}/staff/bookings.csv?from=2026-12-11&to=2026-12-12`, {
      headers: h.staff,
    });
    expect(res.headers.get('content-type')).toContain('text/csv');
    const bytes = new Uint8Array(await res.arrayBuffer());
    expect([...bytes.slice(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    const text = new TextDecoder('utf-8', { ignoreBOM: true }).decode(bytes);
    const lines = text.slice(1).split('\r\n');
    expect(lines[0]).toBe(
      'Beginn;Ende;Ressource;Kurs;Status;Name;E-Mail;Organisation;Gruppe;Plätze;Notiz;Gebucht am',
    );
    expect(lines[1]).toContain(
      '2026-12-11 10:00;2026-12-11 11:00;360°-Kamera;;confirmed;"Gerda ""Gerdi"" Müller; Hagenow";gerda@example.org',
    );
    expect(lines[1]).toContain(";'=SUM(A1);");
    expect(lines).toHaveLength(3);
  });
});

describe('a course', () => {
  it('fills up, offers a freed place to the waitlist, and passes an expired offer on', async () => {
    const register = (email: string) =>
      h.server.request(`${API}/courses/einsteiger/registrations`, {
        method: 'POST',
        json: { sessionId: '1', name: `Teilnehmerin ${email[0]}`, email, locale: 'de' },
      });
    const a = await h.json<BookingCreated>(register('a@example.org'), 201);
    await h.json<BookingCreated>(register('b@example.org'), 201);
    const c = await h.json<BookingCreated>(register('c@example.org'), 201);
    const d = await h.json<BookingCreated>(register('d@example.org'), 201);
    expect(a.booking.status).toBe('confirmed');
    expect(c.booking.status).toBe('waiting');
    expect(d.booking.status).toBe('waiting');
    const again = await h.json<ApiError>(register('b@example.org'), 409);
    expect(again.code).toBe('already_registered');
    const course = await h.json<CourseSummary>(h.server.request(`${API}/courses/einsteiger`), 200);
    expect(course.sessions[0]).toMatchObject({ seatsLeft: 0, waiting: 2 });
    const mails = await h.deliver();
    expect(mails.map((m) => m.headers.subject)).toEqual([
      'Buchung bestätigt: 3D-Druck für Einsteiger',
      'Buchung bestätigt: 3D-Druck für Einsteiger',
      'Sie stehen auf der Warteliste: 3D-Druck für Einsteiger',
      'Sie stehen auf der Warteliste: 3D-Druck für Einsteiger',
    ]);

    // A cancels: C gets the offer; a newcomer cannot jump the queue.
    await h.json(h.server.request(`${API}/bookings/${a.token}`, { method: 'DELETE' }), 200);
    expect(
      (await h.json<PrivateBooking>(h.server.request(`${API}/bookings/${c.token}`), 200)).status,
    ).toBe('offered');
    const late = await h.json<BookingCreated>(register('e@example.org'), 201);
    expect(late.booking.status).toBe('waiting');
    const offerMails = await h.deliver();
    const offer = offerMails.find((m) => m.to.includes('c@example.org'));
    expect(offer?.headers.subject).toBe('Ein Platz ist frei geworden: 3D-Druck für Einsteiger');
    expect(offer?.text).toContain('reserviert bis Dienstag, 1. Dezember 2026 um 10:00 Uhr');

    // C lets the offer run out: it passes to D, who accepts.
    h.clock.advanceMinutes(61);
    const passed = (await h.deliver()).filter((m) => m.headers.subject?.startsWith('Ein Platz'));
    expect(passed.map((m) => m.to[0])).toEqual(['d@example.org']);
    const expired = await h.json<PrivateBooking>(
      h.server.request(`${API}/bookings/${c.token}`),
      200,
    );
    expect(expired.status).toBe('expired');
    const tooLate = await h.json<ApiError>(
      h.server.request(`${API}/bookings/${c.token}/accept`, { method: 'POST' }),
      410,
    );
    expect(tooLate.code).toBe('offer_expired');
    const accepted = await h.json<PrivateBooking>(
      h.server.request(`${API}/bookings/${d.token}/accept`, { method: 'POST' }),
      200,
    );
    expect(accepted.status).toBe('confirmed');
    const [confirmation] = await h.deliver();
    expect(confirmation?.attachments[0]?.filename).toBe('termin.ics');
    const participants = await h.json<StaffBooking[]>(
      h.server.request(`${API}/staff/courses/einsteiger/sessions/1/participants`, {
        headers: h.staff,
      }),
      200,
    );
    expect(
      participants
        .filter((p) => p.status === 'confirmed')
        .map((p) => p.email)
        .sort(),
    ).toEqual(['b@example.org', 'd@example.org']);
    h.clock.set(T0);
  });
});

describe('messages over time', () => {
  it('reminds the day before, and retries an e-mail the SMTP server refused', async () => {
    await h.json(
      book({
        ...resident({ email: 'hanna@example.org', name: 'Hanna' }),
        resourceId: 'kamera',
        start: '2026-12-14T10:00',
        durationMinutes: 60,
      }),
      201,
    );
    await h.deliver();
    h.clock.set('2026-12-13T09:30:00.000Z');
    h.smtp.failNext();
    expect(await h.deliver()).toEqual([]);
    h.clock.advanceMinutes(3);
    const [reminder, ...rest] = await h.deliver();
    expect(rest.filter((m) => m.to.includes('hanna@example.org'))).toEqual([]);
    expect(reminder?.to).toEqual(['hanna@example.org']);
    expect(reminder?.headers.subject).toBe('Erinnerung: morgen 360°-Kamera');
    h.clock.set(T0);
  });
});

describe('staff manage resources and courses', () => {
  it('creates, closes a day, tightens the rules and deactivates a resource', async () => {
    const bad = await h.json<ApiError>(
      h.server.request(`${API}/staff/resources`, {
        method: 'POST',
        headers: h.staff,
        json: {
          id: 'plotter',
          kind: 'equipment',
          name: { de: 'Schneideplotter' },
          photo: { src: 'plotter.jpg', alt: { de: 'Ein Plotter' } },
        },
      }),
      400,
    );
    expect(bad.field).toBe('photo.src');
    expect((await h.server.request(`${API}/resources/plotter`)).status).toBe(404);

    await h.json(
      h.server.request(`${API}/staff/resources`, {
        method: 'POST',
        headers: h.staff,
        json: {
          id: 'plotter',
          kind: 'equipment',
          name: { de: 'Schneideplotter', en: 'Cutting plotter' },
          openingHours: [{ weekday: 5, opens: '10:00', closes: '14:00' }],
        },
      }),
      201,
    );
    const shown = await h.json<{ openingHours: unknown[] }>(
      h.server.request(`${API}/resources/plotter`),
      200,
    );
    expect(shown.openingHours).toEqual([{ weekday: 5, opens: '10:00', closes: '14:00' }]);
    // Saving it again as the editor does: without id and kind, which are set at creation.
    const renamed = await h.json<{ kind: string; name: { de: string } }>(
      h.server.request(`${API}/staff/resources/plotter`, {
        method: 'PUT',
        headers: h.staff,
        json: {
          name: { de: 'Schneideplotter (neu)', en: 'Cutting plotter' },
          openingHours: [{ weekday: 5, opens: '10:00', closes: '14:00' }],
        },
      }),
      200,
    );
    expect(renamed).toMatchObject({ kind: 'equipment', name: { de: 'Schneideplotter (neu)' } });

    await h.json(
      h.server.request(`${API}/staff/resources/plotter/exceptions/2026-12-18`, {
        method: 'PUT',
        headers: h.staff,
        json: { closed: true, note: 'Inventur' },
      }),
      200,
    );
    const closed = await h.json<DaySlots>(
      h.server.request(`${API}/resources/plotter/slots?date=2026-12-18`),
      200,
    );
    expect(closed).toMatchObject({ slots: [], reason: 'closed' });

    await h.json(
      h.server.request(`${API}/staff/resources/plotter/rules`, {
        method: 'PUT',
        headers: h.staff,
        json: { rules: { maxDurationMinutes: 60 } },
      }),
      200,
    );
    const tooLong = await h.json<ApiError>(
      book({
        ...resident({ email: 'jan@example.org', name: 'Jan' }),
        resourceId: 'plotter',
        start: '2026-12-11T10:00',
        durationMinutes: 120,
      }),
      422,
    );
    expect(tooLong.code).toBe('too_long');

    await h.json(
      h.server.request(`${API}/staff/resources/plotter`, { method: 'DELETE', headers: h.staff }),
      200,
    );
    expect((await h.server.request(`${API}/resources/plotter`)).status).toBe(404);
  });

  it('adds a course in a room, and cancelling its date tells the registered and frees the room', async () => {
    await h.json<CourseSummary>(
      h.server.request(`${API}/staff/courses`, {
        method: 'POST',
        headers: h.staff,
        json: {
          id: 'vr-kurs',
          title: { de: 'VR ausprobieren', en: 'Try VR' },
          seats: 3,
          location: 'seminarraum',
          sessions: [{ id: 'a', start: '2026-12-19T10:00', end: '2026-12-19T11:00' }],
        },
      }),
      201,
    );
    // Residents who follow the library's courses hear of it by push.
    const { rows: pushed } = await h.server.db.query<{ title: { de: string } }>(
      "SELECT title FROM notify_dispatches WHERE topic = 'experiment-space.courses'",
    );
    expect(pushed.map((p) => p.title.de)).toEqual(['Neuer Kurs: VR ausprobieren']);
    const roomSlots = async () =>
      (
        await h.json<DaySlots>(
          h.server.request(
            `${API}/resources/seminarraum/slots?date=2026-12-19&duration=60&group=school`,
          ),
          200,
        )
      ).slots.map((s) => s.startLocal.slice(11));
    expect(await roomSlots()).not.toContain('10:00');
    await h.json(
      h.server.request(`${API}/courses/vr-kurs/registrations`, {
        method: 'POST',
        json: { sessionId: 'a', name: 'Kai Peters', email: 'kai@example.org', locale: 'en' },
      }),
      201,
    );
    await h.deliver();
    const course = await h.json<CourseSummary>(
      h.server.request(`${API}/staff/courses/vr-kurs/sessions/a`, {
        method: 'DELETE',
        headers: h.staff,
      }),
      200,
    );
    expect(course.sessions[0]?.cancelled).toBe(true);
    const [told] = await h.deliver();
    expect(told?.to).toEqual(['kai@example.org']);
    expect(told?.headers.subject).toBe('The library has cancelled your booking: Try VR');
    expect(await roomSlots()).toContain('10:00');
  });

  it('checks in from half an hour before the start', async () => {
    await h.json(
      book({
        ...resident({ email: 'lena@example.org', name: 'Lena' }),
        resourceId: 'kamera',
        start: '2026-12-01T11:00',
        durationMinutes: 60,
      }),
      201,
    );
    await h.deliver();
    const id = (
      await h.json<StaffBooking[]>(
        h.server.request(`${API}/staff/bookings?from=2026-12-01&to=2026-12-02`, {
          headers: h.staff,
        }),
        200,
      )
    ).find((b) => b.email === 'lena@example.org')?.id;
    const early = await h.json<ApiError>(
      h.server.request(`${API}/staff/bookings/${id}/check-in`, {
        method: 'POST',
        headers: h.staff,
      }),
      409,
    );
    expect(early.code).toBe('invalid_transition');
    h.clock.set('2026-12-01T09:40:00.000Z');
    const checked = await h.json<StaffBooking>(
      h.server.request(`${API}/staff/bookings/${id}/check-in`, {
        method: 'POST',
        headers: h.staff,
      }),
      200,
    );
    expect(checked.status).toBe('checked_in');
    h.clock.set(T0);
  });
});

describe('privacy', () => {
  /** The proof in the newest data-access e-mail to `email`, as the link in it carries it. */
  async function proofMailedTo(email: string): Promise<string | undefined> {
    const { rows } = await h.server.db.query<{ body: string }>(
      "SELECT body FROM experiment_space_mail WHERE kind = 'data_access' AND recipient = $1 ORDER BY id DESC LIMIT 1",
      [email],
    );
    return /\/experimentierraum\/meine-daten#([A-Za-z0-9_-]+)/.exec(rows[0]?.body ?? '')?.[1];
  }
  const requestLink = (email: string) =>
    h.server.request(`${API}/my-data/requests`, { method: 'POST', json: { email } });
  const openAccess = (proof: string | undefined) =>
    h.server.request(`${API}/my-data/access`, { method: 'POST', json: { proof } });
  const withAccess = (access: string, method = 'GET') =>
    h.server.request(`${API}/my-data`, { method, headers: { authorization: `Bearer ${access}` } });

  it('gives a booking’s link that booking only, and everything of an address only to who reads its mail', async () => {
    const first = await h.json<BookingCreated>(
      book({
        ...resident({ email: 'ida@example.org', name: 'Ida' }),
        resourceId: 'kamera',
        start: '2026-12-15T10:00',
        durationMinutes: 60,
      }),
      201,
    );
    // A stranger books with Ida's address: the link they get opens their booking, no more.
    const stranger = await h.json<BookingCreated>(
      book({
        ...resident({ email: 'IDA@example.org', name: 'Ida' }),
        resourceId: 'kamera',
        start: '2026-12-16T10:00',
        durationMinutes: 60,
      }),
      201,
    );
    const one = await h.json<BookingDataExport>(
      h.server.request(`${API}/bookings/${stranger.token}/my-data`),
      200,
    );
    expect(one.booking.startLocal).toBe('2026-12-16T10:00');
    expect(JSON.stringify(one)).not.toContain(first.token);
    expect(
      (await h.server.request(`${API}/bookings/${stranger.token}/my-data`, { method: 'DELETE' }))
        .status,
    ).toBe(404);
    expect((await h.server.request(`${API}/my-data`)).status).toBe(401);
    expect((await withAccess('x'.repeat(40))).status).toBe(401);

    // Ida asks for her data: the link goes to her address; the answer says nothing either way.
    const asked = await requestLink('ida@example.org');
    expect(asked.status).toBe(202);
    expect(asked.headers.get('cache-control')).toBe('no-store');
    const nobody = await requestLink('nobody@example.org');
    expect([nobody.status, await nobody.json()]).toEqual([202, await asked.json()]);
    expect(await proofMailedTo('nobody@example.org')).toBeUndefined();
    const proof = await proofMailedTo('ida@example.org');
    expect(proof).toMatch(/^[A-Za-z0-9_-]{40,}$/);

    const access = await h.json<DataAccess>(openAccess(proof), 200);
    expect(access.email).toBe('ida@example.org');
    // The link works once.
    expect((await h.json<ApiError>(openAccess(proof), 401)).code).toBe('data_access_invalid');

    const exported = await h.json<MyDataExport>(withAccess(access.access), 200);
    expect(exported.email).toBe('ida@example.org');
    expect(exported.bookings.map((b) => b.startLocal)).toEqual([
      '2026-12-15T10:00',
      '2026-12-16T10:00',
    ]);
    const text = JSON.stringify(exported);
    for (const token of [first.token, stranger.token]) expect(text).not.toContain(token);

    const deleted = await h.json<MyDataDeleted>(withAccess(access.access, 'DELETE'), 200);
    expect(deleted).toEqual({ cancelled: 2, erased: 2, briefingsKept: 0 });
    expect((await h.server.request(`${API}/bookings/${first.token}`)).status).toBe(404);
    expect((await withAccess(access.access)).status).toBe(401);
    const { rows } = await h.server.db.query(
      "SELECT 1 FROM experiment_space_bookings WHERE email = 'ida@example.org' UNION ALL SELECT 1 FROM booking_reservations WHERE person_id = 'ida@example.org' UNION ALL SELECT 1 FROM experiment_space_mail WHERE recipient = 'ida@example.org' AND status = 'queued'",
    );
    expect(rows).toEqual([]);
    // The times are free again.
    const day = await h.json<DaySlots>(
      h.server.request(`${API}/resources/kamera/slots?date=2026-12-15&duration=60`),
      200,
    );
    expect(day.slots.map((s) => s.startLocal)).toContain('2026-12-15T10:00');
  });

  it('lets a link expire, keeps briefings on deletion, and sends one address at most three links an hour', async () => {
    await h.json(
      book({
        ...resident({ email: 'jonas@example.org', name: 'Jonas' }),
        resourceId: 'kamera',
        start: '2026-12-17T10:00',
        durationMinutes: 60,
      }),
      201,
    );
    await h.json(
      h.server.request(`${API}/staff/briefings`, {
        method: 'POST',
        headers: h.staff,
        json: { email: 'jonas@example.org', prerequisite: '3d-printer-briefing' },
      }),
      201,
    );
    await requestLink('jonas@example.org');
    const late = await proofMailedTo('jonas@example.org');
    h.clock.advanceMinutes(31);
    expect((await openAccess(late)).status).toBe(401);
    for (let i = 0; i < 4; i++) await requestLink('jonas@example.org');
    const { rows } = await h.server.db.query<{ n: number }>(
      "SELECT count(*)::int AS n FROM experiment_space_mail WHERE kind = 'data_access' AND recipient = 'jonas@example.org'",
    );
    expect(rows[0]?.n).toBe(3); // three within one hour, the expired one included
    const access = await h.json<DataAccess>(
      openAccess(await proofMailedTo('jonas@example.org')),
      200,
    );
    const exported = await h.json<MyDataExport>(withAccess(access.access), 200);
    expect(exported.briefings).toEqual([{ prerequisite: '3d-printer-briefing', validUntil: null }]);
    const deleted = await h.json<MyDataDeleted>(withAccess(access.access, 'DELETE'), 200);
    expect(deleted).toMatchObject({ erased: 1, briefingsKept: 1 });
    h.clock.set(T0);
  });

  it('erases names and e-mails a configured number of days after the booking ended', async () => {
    h.clock.set('2027-01-03T12:00:00.000Z'); // 31 days after 2 December
    await h.deliver();
    const { rows } = await h.server.db.query<{
      name: string;
      email: string;
      anonymised_at: unknown;
    }>(
      "SELECT name, email, anonymised_at FROM experiment_space_bookings WHERE ends_at < '2026-12-03T00:00:00Z'",
    );
    expect(rows.length).toBeGreaterThan(0);
    for (const row of rows) expect(row).toMatchObject({ name: '', email: '' });
    const { rows: persons } = await h.server.db.query<{ person_id: string }>(
      "SELECT person_id FROM booking_reservations WHERE upper(during) < '2026-12-03T00:00:00Z'",
    );
    for (const p of persons) expect(p.person_id).toMatch(/^anonymous:/);
    // Later bookings keep their contact.
    const { rows: later } = await h.server.db.query<{ email: string }>(
      "SELECT email FROM experiment_space_bookings WHERE ends_at > '2026-12-14T00:00:00Z' AND anonymised_at IS NULL",
    );
    expect(later.length).toBeGreaterThan(0);
    h.clock.set(T0);
  });
});
