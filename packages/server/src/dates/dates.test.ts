import { randomUUID } from 'node:crypto';
import { type DatedEntry, defineModule } from '@city-app/core';
import ICAL from 'ical.js';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { z } from 'zod';
import { defineServerModule, type ServerModule } from '../module.js';
import { createTestServer, type TestServer, testDatabases } from '../testing.js';

const TZ = 'Europe/Berlin';

/** What each fixture module holds per installation; tests fill it. */
const held = new Map<string, DatedEntry[]>();
const asked: { module: string; limit: number }[] = [];

function fixtureModule(id: string, title: string, options: { fails?: boolean } = {}): ServerModule {
  return defineServerModule({
    manifest: defineModule({
      id,
      title: { de: title, en: `${title} (en)` },
      description: { de: title },
      field: 'culture',
      personalData: [],
      configSchema: z.object({}),
      messages: { de: {}, en: {} },
    }),
    dates: {
      async forInstallation(installationId, range) {
        asked.push({ module: id, limit: range.limit });
        if (options.fails) throw new Error('feed down');
        return held.get(`${id}:${installationId}`) ?? [];
      },
    },
  });
}

const entry = (over: Partial<DatedEntry> & Pick<DatedEntry, 'id' | 'start'>): DatedEntry => ({
  title: { de: `Termin ${over.id}`, en: `Date ${over.id}` },
  path: `/kurse/${over.id}`,
  status: 'confirmed',
  ...over,
});

async function newInstallation(t: TestServer): Promise<string> {
  const id = randomUUID();
  const res = await t.request(`/api/notify/installations/${id}`, {
    method: 'PUT',
    json: { topics: [] },
  });
  expect(res.status).toBe(200);
  return id;
}

/** Parses with ical.js, placing local times only by the VTIMEZONE inside the file. */
function parseFeed(text: string) {
  const calendar = new ICAL.Component(ICAL.parse(text));
  const zone = new ICAL.Timezone(calendar.getFirstSubcomponent('vtimezone') as ICAL.Component);
  ICAL.TimezoneService.reset();
  ICAL.TimezoneService.register(zone, TZ);
  return { calendar, events: calendar.getAllSubcomponents('vevent').map((v) => new ICAL.Event(v)) };
}

describe.each(testDatabases())('Meine Termine on %s', (database) => {
  let t: TestServer;
  beforeAll(async () => {
    t = await createTestServer({
      database,
      modules: [fixtureModule('kurse', 'Kurse'), fixtureModule('abfall', 'Abfall')],
    });
  });
  afterAll(() => t?.close());

  it('refuses an installation that does not exist, saying nothing more', async () => {
    for (const id of [randomUUID(), 'nicht-eine-uuid', "1' or '1'='1"]) {
      const res = await t.request(`/api/dates/installations/${encodeURIComponent(id)}`);
      expect(res.status).toBe(404);
      expect(await res.json()).toMatchObject({ code: 'not_found' });
    }
  });

  it('merges every module’s entries, the earliest first, paged and bounded', async () => {
    const id = await newInstallation(t);
    held.set(`kurse:${id}`, [
      entry({ id: 'b', start: '2030-03-30T08:00:00Z', end: '2030-03-30T10:00:00Z' }),
      entry({ id: 'a', start: '2030-03-01T08:00:00Z', status: 'tentative' }),
      entry({ id: 'past', start: '2020-01-01T08:00:00Z', end: '2020-01-01T09:00:00Z' }),
    ]);
    held.set(`abfall:${id}`, [entry({ id: 'tonne', start: '2030-03-30', allDay: true })]);
    const res = await t.request(`/api/dates/installations/${id}?from=2030-01-01&limit=2`);
    expect(res.status).toBe(200);
    const page = await res.json();
    expect(page.entries.map((e: { id: string }) => e.id)).toEqual(['a', 'tonne']);
    expect(page.entries[1]).toMatchObject({
      allDay: true,
      module: { id: 'abfall', title: { de: 'Abfall' } },
    });
    expect(page).toMatchObject({ more: true, incomplete: [] });
    const next = await (
      await t.request(`/api/dates/installations/${id}?from=2030-01-01&limit=2&offset=2`)
    ).json();
    expect(next.entries.map((e: { id: string }) => e.id)).toEqual(['b']);
    expect(next.more).toBe(false);
    // Each module is asked for no more than the page needs, plus one to know if more follow.
    expect(asked.slice(-2).map((a) => a.limit)).toEqual([5, 5]);
    const other = await newInstallation(t);
    const none = await (await t.request(`/api/dates/installations/${other}`)).json();
    expect(none.entries).toEqual([]);
  });

  it('names the field of a bad query', async () => {
    const id = await newInstallation(t);
    for (const [query, field] of [
      ['limit=1000', 'limit'],
      ['offset=-1', 'offset'],
      ['from=gestern', 'from'],
      ['days=0', 'days'],
    ]) {
      const res = await t.request(`/api/dates/installations/${id}?${query}`);
      expect(res.status).toBe(400);
      expect(await res.json()).toMatchObject({ code: 'validation_failed', field });
    }
  });

  it('serves a private calendar that another parser reads at the right instants', async () => {
    const id = await newInstallation(t);
    const inAYear = new Date(Date.now() + 200 * 86_400_000).toISOString().slice(0, 10);
    held.set(`kurse:${id}`, [
      // Either side of a daylight-saving change, 08:00 local time each.
      entry({ id: 'winter', start: '2030-03-30T07:00:00Z', end: '2030-03-30T08:30:00Z' }),
      entry({ id: 'sommer', start: '2030-03-31T06:00:00Z', end: '2030-03-31T07:30:00Z' }),
      entry({
        id: 'abgesagt',
        start: `${inAYear}T10:00:00Z`,
        status: 'cancelled',
        location: 'Bibliothek; Raum 1, EG',
        detail: { de: 'Abgesagt', en: 'Cancelled' },
      }),
    ]);
    held.set(`abfall:${id}`, [entry({ id: 'tonne', start: inAYear, allDay: true })]);
    const status = await (await t.request(`/api/dates/installations/${id}/calendar`)).json();
    expect(status).toEqual({ active: false });
    const made = await t.request(`/api/dates/installations/${id}/calendar`, {
      json: { locale: 'en' },
      headers: { host: 'app.musterstadt.example' },
    });
    expect(made.status).toBe(201);
    const link = await made.json();
    expect(link.https).toMatch(
      /^http:\/\/app\.musterstadt\.example\/api\/dates\/calendar\/[A-Za-z0-9_-]{43}\.ics$/,
    );
    expect(link.webcal).toBe(link.https.replace(/^http:/, 'webcal:'));
    const path = new URL(link.https).pathname;
    const res = await t.request(path, { headers: { host: 'app.musterstadt.example' } });
    expect(res.status).toBe(200);
    expect(res.headers.get('content-type')).toBe('text/calendar; charset=utf-8');
    const text = await res.text();
    expect(text).toContain('BEGIN:VTIMEZONE\r\nTZID:Europe/Berlin');
    const { calendar, events } = parseFeed(text);
    expect(calendar.getFirstPropertyValue('x-wr-calname')).toBe('My dates – Muster App');
    // 2030 is beyond the feed's year ahead: only this year's entries are in it.
    expect(events.map((e) => e.uid).sort()).toEqual(
      ['abfall.tonne@app.musterstadt.example', 'kurse.abgesagt@app.musterstadt.example'].sort(),
    );
    const cancelled = events.find((e) => e.uid.startsWith('kurse.')) as ICAL.Event;
    expect(cancelled.component.getFirstPropertyValue('status')).toBe('CANCELLED');
    expect(cancelled.location).toBe('Bibliothek; Raum 1, EG');
    expect(cancelled.summary).toBe('Date abgesagt');
    expect(cancelled.startDate.toJSDate().toISOString()).toBe(`${inAYear}T10:00:00.000Z`);
    // The module's screen, not the entry's own path (it may carry a private link).
    expect(cancelled.component.getFirstPropertyValue('url')).toBe(
      'http://app.musterstadt.example/kurse',
    );
    const allDay = events.find((e) => e.uid.startsWith('abfall.')) as ICAL.Event;
    expect(allDay.startDate.isDate).toBe(true);
    expect(allDay.startDate.toString()).toBe(inAYear);
  });

  it('places times by the VTIMEZONE on both sides of a daylight-saving change', async () => {
    const { datesCalendar } = await import('./ics.js');
    const text = datesCalendar(
      [
        {
          ...entry({ id: 'w', start: '2030-03-30T07:00:00Z', end: '2030-03-30T08:30:00Z' }),
          module: { id: 'kurse', title: { de: 'Kurse' } },
        },
        {
          ...entry({ id: 's', start: '2030-10-27T00:30:00Z', end: '2030-10-27T01:30:00Z' }),
          module: { id: 'kurse', title: { de: 'Kurse' } },
        },
      ],
      {
        name: 'Meine Termine',
        timezone: TZ,
        locale: 'de',
        origin: 'https://app.example',
        now: new Date('2030-01-01T00:00:00Z'),
      },
    );
    expect(text).toContain('DTSTART;TZID=Europe/Berlin:20300330T080000');
    // 02:30 on 27 October 2030 happens twice in Berlin: both are written in UTC.
    expect(text).toContain('DTSTART:20301027T003000Z');
    expect(text).toContain('DTEND:20301027T013000Z');
    const { events } = parseFeed(text);
    expect(
      events.map((e) => [e.startDate.toJSDate().toISOString(), e.endDate.toJSDate().toISOString()]),
    ).toEqual([
      ['2030-03-30T07:00:00.000Z', '2030-03-30T08:30:00.000Z'],
      ['2030-10-27T00:30:00.000Z', '2030-10-27T01:30:00.000Z'],
    ]);
  });

  it('keeps only the token’s hash; a new link ends the old one, and so does ending it', async () => {
    const id = await newInstallation(t);
    const first = await (
      await t.request(`/api/dates/installations/${id}/calendar`, { json: {} })
    ).json();
    const token = new URL(first.https).pathname.split('/').pop()?.replace('.ics', '') as string;
    const { rows } = await t.db.query<{ token_hash: string }>(
      'select token_hash from city_app_calendar_links where installation_id = $1',
      [id],
    );
    expect(rows).toHaveLength(1);
    expect(rows[0]?.token_hash).not.toContain(token);
    const second = await (
      await t.request(`/api/dates/installations/${id}/calendar`, { json: {} })
    ).json();
    expect((await t.request(new URL(first.https).pathname)).status).toBe(404);
    expect((await t.request(new URL(second.https).pathname)).status).toBe(200);
    const status = await (await t.request(`/api/dates/installations/${id}/calendar`)).json();
    expect(status).toMatchObject({ active: true, createdAt: expect.any(String) });
    const ended = await t.request(`/api/dates/installations/${id}/calendar`, { method: 'DELETE' });
    expect(ended.status).toBe(204);
    expect((await t.request(new URL(second.https).pathname)).status).toBe(404);
    for (const wrong of ['x.ics', `${token}.txt`, `${'A'.repeat(43)}.ics`]) {
      expect((await t.request(`/api/dates/calendar/${wrong}`)).status).toBe(404);
    }
  });

  it('forgets the link when the installation is deleted', async () => {
    const id = await newInstallation(t);
    const link = await (
      await t.request(`/api/dates/installations/${id}/calendar`, { json: {} })
    ).json();
    const deleted = await t.request(`/api/notify/installations/${id}`, { method: 'DELETE' });
    expect(deleted.status).toBe(204);
    const { rows } = await t.db.query(
      'select 1 from city_app_calendar_links where installation_id = $1',
      [id],
    );
    expect(rows).toHaveLength(0);
    expect((await t.request(new URL(link.https).pathname)).status).toBe(404);
  });
});

describe('Meine Termine when a module fails or errs', () => {
  let t: TestServer;
  beforeAll(async () => {
    t = await createTestServer({
      modules: [fixtureModule('kurse', 'Kurse'), fixtureModule('rat', 'Rat', { fails: true })],
    });
  });
  afterAll(() => t?.close());

  it('shows the others’ dates, names the module that failed, and drops malformed entries', async () => {
    const id = await (async () => {
      const value = randomUUID();
      await t.request(`/api/notify/installations/${value}`, {
        method: 'PUT',
        json: { topics: [] },
      });
      return value;
    })();
    held.set(`kurse:${id}`, [
      entry({ id: 'gut', start: '2030-05-01T08:00:00Z' }),
      entry({ id: 'falsch', start: '2030-05-02T08:00:00Z', end: '2030-05-01T08:00:00Z' }),
      { ...entry({ id: 'leer', start: '2030-05-03T08:00:00Z' }), title: { de: '' } },
      entry({ id: 'gut', start: '2030-05-04T08:00:00Z' }),
    ]);
    const page = await (await t.request(`/api/dates/installations/${id}?from=2030-01-01`)).json();
    expect(page.entries.map((e: { id: string }) => e.id)).toEqual(['gut']);
    expect(page.incomplete).toEqual(['rat']);
    expect(page).not.toHaveProperty('error');
    expect(
      t.log.lines.filter((l) => l.details?.module === 'kurse').map((l) => l.details?.field),
    ).toEqual(['end', 'title.de']);
    expect(JSON.stringify(page)).not.toContain('feed down');
  });
});
