import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { EventDatePage } from '../../api/event-date.js';
import type { StaffEvent } from '../../api/staff-event.js';
import type {
  ConfirmResult,
  Organiser,
  OrganiserList,
  PendingList,
  Submitted,
} from '../../api/submission.js';
import { forgetSubmissions } from '../submissions/cleanup.js';
import { API, day, ok } from './events-testing.js';
import {
  linkToken,
  mailTo,
  PUBLIC_URL,
  post,
  type SubmissionsHarness,
  startSubmissions,
  submission,
} from './submissions-testing.js';

let h: SubmissionsHarness;
beforeAll(async () => {
  h = await startSubmissions({ CITY_APP_LIMIT_SUBMISSIONS_PER_EMAIL_PER_DAY: '3' });
});
afterAll(async () => {
  await h?.server.close();
});

const staff = (method: string, path: string, json?: unknown) =>
  h.server.request(`${API}/admin${path}`, {
    method,
    headers: h.staffHeaders,
    ...(json === undefined ? {} : { json }),
  });
const residentDates = async () =>
  ok<EventDatePage>(h.server.request(`${API}/dates?from=${day(0)}&to=${day(30)}`));

/** Submits, reads the mail, and follows its link; resolves to what confirming said. */
async function submitAndConfirm(email: string, title?: string): Promise<ConfirmResult> {
  await ok<Submitted>(post(h.server, '/submissions', submission(email, title)), 202);
  const mail = (await mailTo(h.server, email)).at(-1);
  if (!mail) throw new Error('no mail');
  return ok<ConfirmResult>(post(h.server, '/submissions/confirm', { token: linkToken(mail) }));
}

describe('an organiser submits an event', () => {
  it('mails a link, waits for staff after confirming, and publishes on approval with a mail', async () => {
    const email = 'lesen@bibliothek.example';
    const submitted = await ok<Submitted>(post(h.server, '/submissions', submission(email)), 202);
    expect(submitted.email).toBe(email);
    const hours = (Date.parse(submitted.expiresAt) - Date.now()) / 3_600_000;
    expect(hours).toBeGreaterThan(71.9);
    expect(hours).toBeLessThanOrEqual(72);

    const [mail, ...more] = await mailTo(h.server, email);
    expect(more).toEqual([]);
    expect(mail?.subject).toBe(
      'Bitte bestätigen: „Lesenacht in der Bibliothek“ / Please confirm: "Lesenacht in der Bibliothek"',
    );
    expect(mail?.body).toContain(`${PUBLIC_URL}/veranstaltungen/eintragen/bestaetigen#`);
    expect(mail?.body.indexOf('Guten Tag')).toBeLessThan(mail?.body.indexOf('Hello') ?? 0);
    // The mail greets the person; residents later read the club's name, never the person's.
    expect(mail?.body).toContain('Guten Tag Erika Mustermann,');
    // Only the token's hash is kept.
    const token = linkToken(mail as NonNullable<typeof mail>);
    const { rows } = await h.server.db.query<{ token_hash: string }>(
      'SELECT token_hash FROM events_submissions',
    );
    expect(JSON.stringify(rows)).not.toContain(token);

    // Unconfirmed: neither residents nor staff's queue see it.
    expect((await residentDates()).items.some((d) => d.title.de.startsWith('Lesenacht'))).toBe(
      false,
    );
    expect((await ok<PendingList>(staff('GET', '/submissions'))).items).toEqual([]);

    const confirmed = await ok<ConfirmResult>(post(h.server, '/submissions/confirm', { token }));
    expect(confirmed).toMatchObject({ status: 'pending', title: 'Lesenacht in der Bibliothek' });
    const again = await post(h.server, '/submissions/confirm', { token }, 'en');
    expect(again.status).toBe(409);
    expect(await again.json()).toMatchObject({
      code: 'events_submission_link_used',
      field: 'token',
      message: 'This event is confirmed already; the link works only once.',
    });

    const queue = await ok<PendingList>(staff('GET', '/submissions'));
    expect(queue.items).toHaveLength(1);
    expect(queue.items[0]).toMatchObject({
      event: {
        id: confirmed.eventId,
        status: 'pending',
        organiserName: 'Förderverein Stadtbibliothek',
      },
      organiser: {
        email,
        name: 'Förderverein Stadtbibliothek',
        contact: 'Erika Mustermann',
        trusted: false,
      },
    });
    expect((await residentDates()).items.some((d) => d.eventId === confirmed.eventId)).toBe(false);

    // Staff correct the title before publishing.
    const edited = { ...submission(email).event, title: 'Lesenacht mit Taschenlampen' };
    await ok<StaffEvent>(staff('PUT', `/events/${confirmed.eventId}`, edited));
    const approved = await ok<StaffEvent>(staff('POST', `/events/${confirmed.eventId}/approve`));
    expect(approved.status).toBe('published');
    const [, published] = await mailTo(h.server, email);
    expect(published?.subject).toContain('Veröffentlicht: „Lesenacht mit Taschenlampen“');
    expect(published?.body).toContain(`${PUBLIC_URL}/veranstaltungen/${confirmed.eventId}`);

    const dates = await residentDates();
    expect(dates.items.find((d) => d.eventId === confirmed.eventId)).toMatchObject({
      localDate: day(10),
      title: { de: 'Lesenacht mit Taschenlampen' },
    });
    const detail = await ok<{ organiser: { name: string; website: string | null } }>(
      h.server.request(`${API}/events/${confirmed.eventId}`),
    );
    expect(detail.organiser).toEqual({
      name: 'Förderverein Stadtbibliothek',
      website: 'https://bibliothek.example',
    });
    expect((await ok<PendingList>(staff('GET', '/submissions'))).items).toEqual([]);

    // Decided once: a second decision is refused.
    const twice = await staff('POST', `/events/${confirmed.eventId}/reject`, {
      reason: 'Doppelt eingetragen.',
    });
    expect(twice.status).toBe(409);
    expect(await twice.json()).toMatchObject({ code: 'events_submission_not_pending' });
  });

  it('rejects with a reason the organiser is mailed', async () => {
    const email = 'kirche@hagenow.example';
    const confirmed = await submitAndConfirm(email, 'Orgelkonzert');
    const reason = 'Die Veranstaltung findet außerhalb von Hagenow statt.';
    const rejected = await ok<StaffEvent>(
      staff('POST', `/events/${confirmed.eventId}/reject`, { reason }),
    );
    expect(rejected).toMatchObject({ status: 'rejected', rejectionReason: reason });
    const mails = await mailTo(h.server, email);
    expect(mails).toHaveLength(2);
    expect(mails[1]?.subject).toBe(
      'Nicht veröffentlicht: „Orgelkonzert“ / Not published: "Orgelkonzert"',
    );
    expect(mails[1]?.body).toContain(reason);
    expect((await residentDates()).items.some((d) => d.eventId === confirmed.eventId)).toBe(false);

    const empty = await staff('POST', `/events/${confirmed.eventId}/reject`, { reason: '' });
    expect(empty.status).toBe(400);
    expect(await empty.json()).toMatchObject({ field: 'reason' });
  });

  it("publishes a trusted organiser's event at confirmation, and checks again after trust is withdrawn", async () => {
    const email = 'jugend@hagenow.example';
    const first = await submitAndConfirm(email, 'Kinoabend im Jugendzentrum');
    expect(first.status).toBe('pending');
    const organisers = await ok<OrganiserList>(staff('GET', '/organisers'));
    const organiser = organisers.items.find((o) => o.email === email) as Organiser;
    expect(organiser).toMatchObject({ trusted: false, events: 1 });

    const trusted = await ok<Organiser>(staff('POST', `/organisers/${organiser.id}/trust`));
    expect(trusted.trusted).toBe(true);
    const second = await submitAndConfirm(email, 'Tischtennisturnier');
    expect(second.status).toBe('published');
    expect((await residentDates()).items.some((d) => d.eventId === second.eventId)).toBe(true);
    // Only the confirmation mails: a trusted organiser learns it on the confirmation page.
    expect(await mailTo(h.server, email)).toHaveLength(2);

    await ok<Organiser>(staff('POST', `/organisers/${organiser.id}/distrust`));
    const third = await submitAndConfirm(email, 'Spieleabend');
    expect(third.status).toBe('pending');

    const unknown = await staff('POST', '/organisers/00000000-0000-4000-8000-000000000000/trust');
    expect(unknown.status).toBe(404);
  });

  it('forgets an organiser who withdrew consent: unpublished events and mail go, published ones stay', async () => {
    const email = 'widerruf@verein.example';
    const published = await submitAndConfirm(email, 'Maifeuer');
    await ok(staff('POST', `/events/${published.eventId}/approve`));
    const waiting = await submitAndConfirm(email, 'Johannisfeuer');
    const organiser = (await ok<OrganiserList>(staff('GET', '/organisers'))).items.find(
      (o) => o.email === email,
    ) as Organiser;
    expect((await staff('DELETE', `/organisers/${organiser.id}`)).status).toBe(204);
    expect(
      (await ok<OrganiserList>(staff('GET', '/organisers'))).items.map((o) => o.email),
    ).not.toContain(email);
    expect(await mailTo(h.server, email)).toEqual([]);
    expect((await staff('GET', `/events/${waiting.eventId}`)).status).toBe(404);
    const detail = await ok<{ organiser: { name: string } | null }>(
      h.server.request(`${API}/events/${published.eventId}`),
    );
    expect(detail.organiser?.name).toBe('Förderverein Stadtbibliothek');
    expect((await staff('DELETE', `/organisers/${organiser.id}`)).status).toBe(404);
  });

  it('refuses an expired link, an unknown one, and a submission without consent', async () => {
    const email = 'spaet@verein.example';
    await ok(post(h.server, '/submissions', submission(email, 'Sommerfest')), 202);
    const [mail] = await mailTo(h.server, email);
    const token = linkToken(mail as NonNullable<typeof mail>);
    await h.server.db.query(
      "UPDATE events_submissions SET expires_at = now() - interval '1 minute' WHERE confirmed_at IS NULL",
    );
    const expired = await post(h.server, '/submissions/confirm', { token });
    expect(expired.status).toBe(410);
    expect(await expired.json()).toMatchObject({
      code: 'events_submission_link_expired',
      message: 'Dieser Bestätigungslink galt 72 Stunden und ist abgelaufen.',
    });

    const unknown = await post(h.server, '/submissions/confirm', { token: 'A'.repeat(43) }, 'en');
    expect(unknown.status).toBe(404);
    expect(await unknown.json()).toMatchObject({ code: 'events_submission_link_unknown' });
    const malformed = await post(h.server, '/submissions/confirm', { token: 'kurz' });
    expect(malformed.status).toBe(400);
    expect(await malformed.json()).toMatchObject({ field: 'token' });

    const noConsent = await post(h.server, '/submissions', {
      ...submission('ohne@verein.example'),
      consent: false,
    });
    expect(noConsent.status).toBe(400);
    expect(await noConsent.json()).toMatchObject({
      code: 'events_submission_consent',
      field: 'consent',
    });
    const badEmail = await post(h.server, '/submissions', {
      ...submission('ohne@verein.example'),
      organiser: { name: 'Verein', email: 'keine-adresse' },
    });
    expect(badEmail.status).toBe(400);
    expect(await badEmail.json()).toMatchObject({ field: 'organiser.email' });
    // What the schema cannot check is named inside the event, as sent.
    const unknownCategory = await post(h.server, '/submissions', {
      ...submission('ohne@verein.example'),
      event: { ...submission('ohne@verein.example').event, category: 'zirkus' },
    });
    expect(unknownCategory.status).toBe(400);
    expect(await unknownCategory.json()).toMatchObject({
      code: 'events_category_unknown',
      field: 'event.category',
    });
    const lateEnd = await post(h.server, '/submissions', {
      ...submission('ohne@verein.example'),
      event: { ...submission('ohne@verein.example').event, endTime: '17:00' },
    });
    expect(await lateEnd.json()).toMatchObject({
      code: 'validation_failed',
      field: 'event.endTime',
    });
    const noVenue = await post(h.server, '/submissions', {
      ...submission('ohne@verein.example'),
      event: {
        ...submission('ohne@verein.example').event,
        venueId: '00000000-0000-4000-8000-000000000000',
      },
    });
    expect(await noVenue.json()).toMatchObject({
      code: 'events_venue_unknown',
      field: 'event.venueId',
    });
    // What only staff add is refused, naming the field: an image (no third party's address
    // reaches residents' browsers), English texts, a series other than weekly.
    for (const [extra, field] of [
      [{ imageUrl: 'https://bilder.example/lesenacht.jpg' }, 'event'],
      [{ titleEn: 'Reading night' }, 'event'],
      [{ repeat: { frequency: 'monthly', monthDay: 12 } }, 'event.repeat.frequency'],
      [{ repeat: { frequency: 'weekly', interval: 2, weekdays: ['FR'] } }, 'event.repeat.interval'],
    ] as const) {
      const refused = await post(h.server, '/submissions', {
        ...submission('ohne@verein.example'),
        event: { ...submission('ohne@verein.example').event, ...extra },
      });
      expect(refused.status, JSON.stringify(extra)).toBe(400);
      expect(await refused.json()).toMatchObject({ code: 'validation_failed', field });
    }
    expect(await mailTo(h.server, 'ohne@verein.example')).toEqual([]);
  });

  it('deletes unconfirmed submissions after 72 hours, confirmed ones not', async () => {
    const email = 'vergessen@verein.example';
    await ok(post(h.server, '/submissions', submission(email, 'Flohmarkt')), 202);
    const kept = await submitAndConfirm('bestaetigt@verein.example', 'Laternenumzug');
    const later = new Date(Date.now() + 73 * 3_600_000);
    const forgotten = await forgetSubmissions(h.ctx, later);
    expect(forgotten.unconfirmed).toBeGreaterThanOrEqual(1);
    const { rows } = await h.server.db.query<{ title: string }>(
      "SELECT title FROM events_events WHERE title IN ('Flohmarkt', 'Laternenumzug')",
    );
    expect(rows.map((r) => r.title)).toEqual(['Laternenumzug']);
    expect(kept.status).toBe('pending');
  });

  it('forgets organisers two years after their last event and submission', async () => {
    const email = 'alt@verein.example';
    const confirmed = await submitAndConfirm(email, 'Erntefest');
    await ok(staff('POST', `/events/${confirmed.eventId}/approve`));
    const soon = await forgetSubmissions(h.ctx, new Date(Date.now() + 365 * 86_400_000));
    expect(soon.organisers).toBe(0);
    const { rowCount } = await h.server.db.query(
      'SELECT 1 FROM events_organisers WHERE email = $1',
      [email],
    );
    expect(rowCount).toBe(1);
    await forgetSubmissions(h.ctx, new Date(Date.now() + 3 * 365 * 86_400_000));
    const gone = await h.server.db.query('SELECT 1 FROM events_organisers WHERE email = $1', [
      email,
    ]);
    expect(gone.rowCount).toBe(0);
    // The event stays, with the name written on it.
    const detail = await ok<{ organiser: { name: string } | null }>(
      h.server.request(`${API}/events/${confirmed.eventId}`),
    );
    expect(detail.organiser?.name).toBe('Förderverein Stadtbibliothek');
  });

  it('limits submissions per e-mail: 429 naming the field, in German and English', async () => {
    const email = 'viel@verein.example';
    for (let i = 0; i < 3; i++) {
      expect(
        (await post(h.server, '/submissions', submission(email, `Training ${i + 1}`))).status,
      ).toBe(202);
    }
    const refused = await post(h.server, '/submissions', submission(email, 'Training 4'));
    expect(refused.status).toBe(429);
    expect(Number(refused.headers.get('retry-after'))).toBeGreaterThan(0);
    expect(await refused.json()).toMatchObject({
      code: 'limit_submissions_per_email',
      field: 'email',
      message: expect.stringMatching(
        /^Mit dieser E-Mail-Adresse wurden in den letzten 24 Stunden schon 3 Einreichungen/,
      ),
    });
    const inEnglish = await post(
      h.server,
      '/submissions',
      submission(email.toUpperCase(), 'Training 5'),
      'en',
    );
    expect(inEnglish.status).toBe(429);
    expect(await inEnglish.json()).toMatchObject({
      message: expect.stringMatching(/^This e-mail address already made 3 submissions/),
    });
    expect(await mailTo(h.server, email)).toHaveLength(3);
  });
});
