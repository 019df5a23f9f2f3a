import { randomUUID } from 'node:crypto';
import type { MyDate } from '@city-app/core';
import type { ModuleServerContext } from '@city-app/server';
import { createTestServer, TEST_CITY, type TestServer } from '@city-app/server/testing';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { ReminderList } from '../../api/follow.js';
import type { StaffEvent } from '../../api/staff-event.js';
import type { EventsConfig } from '../../config.js';
import { sendFollowDigests } from '../follows/digest.js';
import { forgetFollowsAndReminders } from '../follows/forget.js';
import events from '../index.js';
import { day, ok } from '../routes/events-testing.js';
import { sendDueReminders } from './send.js';

// The module on the real kernel with notify; the jobs driven with chosen due times.
let server: TestServer;
let ctx: ModuleServerContext<EventsConfig>;
let staff: Record<string, string>;
beforeAll(async () => {
  let captured: ModuleServerContext<EventsConfig> | undefined;
  server = await createTestServer({
    modules: [
      {
        ...events,
        start(c) {
          captured = c as ModuleServerContext<EventsConfig>;
          return undefined;
        },
      },
    ],
    city: { ...TEST_CITY, timezone: 'Europe/Berlin' },
    env: { CITY_APP_NOTIFY_WORKER: 'off' },
    scheduler: { now: () => new Date('2000-01-01T00:00:00Z'), checkEveryMs: 2 ** 30 },
  });
  if (!captured) throw new Error('the events module was not started');
  ctx = captured;
  staff = (await server.loginAs(['events'])).headers;
});
afterAll(async () => {
  await server?.close();
});

async function device(): Promise<string> {
  const id = randomUUID();
  const res = await server.request(`/api/notify/installations/${id}`, {
    method: 'PUT',
    json: { language: 'de', topics: [] },
  });
  expect(res.status).toBe(200);
  return id;
}
const publish = (json: Record<string, unknown>) =>
  ok<StaffEvent>(
    server.request('/api/events/admin/events', { method: 'POST', headers: staff, json }),
    201,
  );
const dispatches = async (prefix: string) =>
  (
    await server.db.query<{
      title: { de: string; en: string };
      body: { de: string; en: string };
      ids: string[];
    }>(
      `SELECT title, body, installation_ids AS ids FROM notify_dispatches
        WHERE idempotency_key LIKE $1 ORDER BY created_at, id`,
      [`${prefix}%`],
    )
  ).rows;

describe('reminders of marked dates', () => {
  it('marks a date, shows it in Meine Termine, reminds once before it, and says when it is off', async () => {
    const concert = await publish({
      title: 'Sommerkonzert',
      titleEn: 'Summer concert',
      category: 'kultur',
      place: 'Marktplatz',
      startDate: day(3),
      startTime: '19:00',
      endTime: '21:00',
      repeat: {
        frequency: 'weekly',
        weekdays: ['MO', 'TU', 'WE', 'TH', 'FR', 'SA', 'SU'],
        count: 3,
      },
    });
    const [first, second] = concert.dates;
    const id = await device();
    const mark = (date: string, leadMinutes: number) =>
      server.request(`/api/events/reminders/${id}/${concert.id}/${date}`, {
        method: 'PUT',
        json: { leadMinutes },
      });
    const list = await ok<ReminderList>(mark(first?.originalDate as string, 60));
    expect(list.items).toMatchObject([
      { eventId: concert.id, originalDate: first?.originalDate, leadMinutes: 60, sent: false },
    ]);
    await ok(mark(second?.originalDate as string, 120));

    const mine = await ok<{ entries: MyDate[] }>(server.request(`/api/dates/installations/${id}`));
    expect(mine.entries.map((d) => [d.title.de, d.location, d.status])).toEqual([
      ['Sommerkonzert', 'Marktplatz', 'confirmed'],
      ['Sommerkonzert', 'Marktplatz', 'confirmed'],
    ]);

    const start = new Date(first?.start as string).getTime();
    expect(await sendDueReminders(ctx, new Date(start - 61 * 60_000))).toEqual({ sent: 0 });
    expect(await sendDueReminders(ctx, new Date(start - 59 * 60_000))).toEqual({ sent: 1 });
    expect(await sendDueReminders(ctx, new Date(start - 30 * 60_000))).toEqual({ sent: 0 });
    const [reminder] = await dispatches(`events-reminder:${id}`);
    expect(reminder?.title).toEqual({ de: 'Gleich: Sommerkonzert', en: 'Soon: Summer concert' });
    expect(reminder?.body.de).toMatch(/19:00 · Marktplatz$/);
    expect(reminder?.ids).toEqual([id]);

    // The second date is called off: its reminder says so.
    await ok(
      server.request(
        `/api/events/admin/events/${concert.id}/dates/${second?.originalDate}/cancel`,
        {
          method: 'POST',
          headers: staff,
          json: {},
        },
      ),
    );
    const secondStart = new Date(second?.start as string).getTime();
    expect(await sendDueReminders(ctx, new Date(secondStart - 119 * 60_000))).toEqual({ sent: 1 });
    const all = await dispatches(`events-reminder:${id}`);
    expect(all.at(-1)?.title.de).toBe('Abgesagt: Sommerkonzert');
    const after = await ok<{ entries: MyDate[] }>(server.request(`/api/dates/installations/${id}`));
    expect(after.entries.map((d) => d.status)).toEqual(['confirmed', 'cancelled']);
  });

  it('reminds once more, before the new start, of a date staff moved later after its reminder', async () => {
    const talk = await publish({
      title: 'Vortrag',
      category: 'kultur',
      startDate: day(2),
      startTime: '18:00',
    });
    const [date] = talk.dates;
    const original = date?.originalDate as string;
    const id = await device();
    const reminders = `/api/events/reminders/${id}`;
    await ok(
      server.request(`${reminders}/${talk.id}/${original}`, {
        method: 'PUT',
        json: { leadMinutes: 60 },
      }),
    );
    const oldStart = new Date(date?.start as string).getTime();
    expect(await sendDueReminders(ctx, new Date(oldStart - 59 * 60_000))).toEqual({ sent: 1 });

    // Staff move it a day later and to 20:00, after the resident was reminded of 18:00.
    const moved = await ok<StaffEvent>(
      server.request(`/api/events/admin/events/${talk.id}/dates/${original}/move`, {
        method: 'POST',
        headers: staff,
        json: { to: day(3), startTime: '20:00' },
      }),
    );
    const newStart = new Date(moved.dates[0]?.start as string).getTime();
    expect(newStart - oldStart).toBe(26 * 3600_000);
    const listed = await ok<ReminderList>(server.request(reminders));
    expect(listed.items).toMatchObject([{ originalDate: original, sent: false }]);

    // Not at the old time, once before the new one, and not again.
    expect(await sendDueReminders(ctx, new Date(oldStart - 30 * 60_000))).toEqual({ sent: 0 });
    expect(await sendDueReminders(ctx, new Date(newStart - 61 * 60_000))).toEqual({ sent: 0 });
    expect(await sendDueReminders(ctx, new Date(newStart - 59 * 60_000))).toEqual({ sent: 1 });
    expect(await sendDueReminders(ctx, new Date(newStart - 30 * 60_000))).toEqual({ sent: 0 });
    const sent = await dispatches(`events-reminder:${id}`);
    expect(sent).toHaveLength(2);
    expect(sent[0]?.body.de).toMatch(/18:00/);
    expect(sent[1]?.body.de).toMatch(/20:00/);
    const after = await ok<ReminderList>(server.request(reminders));
    expect(after.items).toMatchObject([{ originalDate: original, sent: true }]);
  });

  it('refuses a date that does not exist or has begun, and a device without notifications', async () => {
    const event = await publish({
      title: 'Lesung',
      category: 'kultur',
      startDate: day(0),
      startTime: '00:00',
    });
    const id = await device();
    const begun = await server.request(`/api/events/reminders/${id}/${event.id}/${day(0)}`, {
      method: 'PUT',
      json: {},
    });
    expect(begun.status).toBe(409);
    expect(await begun.json()).toMatchObject({ code: 'events_reminder_past', field: 'date' });
    const none = await server.request(`/api/events/reminders/${id}/${event.id}/${day(1)}`, {
      method: 'PUT',
      json: {},
    });
    expect(await none.json()).toMatchObject({ code: 'events_date_unknown' });
    const stranger = await server.request(
      `/api/events/reminders/${randomUUID()}/${event.id}/${day(0)}`,
      {
        method: 'PUT',
        json: {},
      },
    );
    expect(await stranger.json()).toMatchObject({ code: 'events_follow_no_installation' });
    const lead = await server.request(`/api/events/reminders/${id}/${event.id}/${day(0)}`, {
      method: 'PUT',
      json: { leadMinutes: 7 },
    });
    expect(await lead.json()).toMatchObject({ code: 'validation_failed', field: 'leadMinutes' });
  });
});

describe('followed categories', () => {
  it('tells a device once a day of new events within its days ahead, each event once', async () => {
    const id = await device();
    const follow = await server.request(`/api/events/follows/${id}`, {
      method: 'PUT',
      json: { categories: ['sport', 'natur'], daysBefore: 5 },
    });
    expect(await follow.json()).toEqual({ categories: ['sport', 'natur'], daysBefore: 5 });
    await publish({ title: 'Radtour', category: 'sport', startDate: day(2), startTime: '10:00' });
    await publish({
      title: 'Vogelstimmen',
      titleEn: 'Birdsong',
      category: 'natur',
      startDate: day(4),
      startTime: '07:00',
    });
    await publish({ title: 'Marathon', category: 'sport', startDate: day(20), startTime: '09:00' });
    await publish({ title: 'Ballett', category: 'kultur', startDate: day(1), startTime: '19:00' });

    const now = new Date();
    const run = await sendFollowDigests(ctx, now);
    expect(run.events).toBeGreaterThanOrEqual(2);
    const [digest] = await dispatches(`events-follow:${id}`);
    expect(digest?.title).toEqual({
      de: '2 neue Veranstaltungen in Sport, Natur & Umwelt',
      en: '2 new events in Sport, Nature & environment',
    });
    expect(digest?.body).toEqual({ de: 'Radtour, Vogelstimmen', en: 'Radtour, Birdsong' });
    // Told once: the same day again, and the next, add nothing for these two.
    await sendFollowDigests(ctx, now);
    await sendFollowDigests(ctx, new Date(now.getTime() + 24 * 3600_000));
    expect(await dispatches(`events-follow:${id}`)).toHaveLength(1);
  });

  it('refuses an unknown category naming it, and forgets devices that are gone', async () => {
    const id = await device();
    const wrong = await server.request(`/api/events/follows/${id}`, {
      method: 'PUT',
      json: { categories: ['sport', 'zirkus'] },
    });
    expect(await wrong.json()).toMatchObject({
      code: 'events_follow_unknown_category',
      field: 'categories.1',
    });
    await ok(
      server.request(`/api/events/follows/${id}`, {
        method: 'PUT',
        json: { categories: ['sport'] },
      }),
    );
    expect(
      (await ok<{ daysBefore: number }>(server.request(`/api/events/follows/${id}`))).daysBefore,
    ).toBe(7);
    expect(
      (await server.request(`/api/notify/installations/${id}`, { method: 'DELETE' })).status,
    ).toBeLessThan(300);
    const forgotten = await forgetFollowsAndReminders(ctx, new Date());
    expect(forgotten.devices).toBeGreaterThanOrEqual(1);
    expect((await server.request(`/api/events/follows/${id}`)).status).toBe(404);
  });
});
