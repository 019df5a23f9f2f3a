import { createTestServer, type TestServer } from '@city-app/server/testing';
import ICAL from 'ical.js';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { eventsConfigSchema } from '../../config.js';
import events from '../index.js';
import { day, weekdayOf } from '../routes/events-testing.js';
import { importCalendar } from './import-calendar.js';
import { calendarFile, icsDay, vevent } from './testing/calendar-file.js';

const series = (count: number) =>
  vevent(
    'UID:lesekreis@bibliothek.example',
    `DTSTART;TZID=Europe/Berlin:${icsDay(day(4))}T170000`,
    `RRULE:FREQ=WEEKLY;BYDAY=${weekdayOf(day(4))};COUNT=${count}`,
    'SUMMARY:Lesekreis',
    'CATEGORIES:Bildung & Kurse',
  );
const talks = Array.from({ length: 20 }, (_, i) =>
  vevent(
    `UID:vortrag-${i}@bibliothek.example`,
    `DTSTART;VALUE=DATE:${icsDay(day(5 + i))}`,
    `SUMMARY:Vortrag ${i + 1}`,
    'CATEGORIES:bildung',
  ),
);

// Syncs of one source can meet (the schedule's and staff's "sync now", or two server
// processes): they take turns, so each event is written once. Under CI a missing database
// fails loudly instead of skipping.
describe.skipIf(!process.env.TEST_DATABASE_URL && !process.env.CI)(
  'iCalendar import on PostgreSQL',
  () => {
    let server: TestServer;
    beforeAll(async () => {
      server = await createTestServer({ modules: [events], database: 'postgres' });
    });
    afterAll(() => server?.close());

    const run = (text: string) =>
      importCalendar(
        { db: server.db, config: eventsConfigSchema.parse({}), timeZone: 'Europe/Berlin' },
        { text, sourceId: 'source:bibliothek', defaultCategory: null, dryRun: false },
      );

    it('writes each event once when six imports of the same calendar meet', async () => {
      const file = calendarFile(series(10), ...talks);
      const results = await Promise.all(Array.from({ length: 6 }, () => run(file)));
      expect(results.map((r) => r.created).sort()).toEqual([0, 0, 0, 0, 0, 21]);
      expect(results.filter((r) => r.unchanged === 21)).toHaveLength(5);
      const { rows } = await server.db.query<{ n: number }>(
        "SELECT count(*)::int AS n FROM events_events WHERE source_id = 'source:bibliothek'",
      );
      expect(rows[0]?.n).toBe(21);
    });

    it('applies a changed calendar once when imports meet, and the feed out reads it', async () => {
      const file = calendarFile(series(4), ...talks.slice(0, 10));
      const results = await Promise.all(Array.from({ length: 4 }, () => run(file)));
      expect(results.map((r) => [r.changed, r.removed]).sort()).toEqual([
        [0, 0],
        [0, 0],
        [0, 0],
        [1, 10],
      ]);
      const res = await server.request('/api/events/calendar.ics?category=bildung');
      expect(res.status).toBe(200);
      const calendar = new ICAL.Component(ICAL.parse(await res.text()));
      const summaries = calendar
        .getAllSubcomponents('vevent')
        .map((v) => v.getFirstPropertyValue('summary'));
      expect(summaries).toHaveLength(11);
      expect(summaries).toContain('Lesekreis');
    });
  },
);
