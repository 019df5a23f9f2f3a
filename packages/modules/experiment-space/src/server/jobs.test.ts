import {
  createTestServer,
  TEST_CITY,
  type TestServer,
  testDatabases,
} from '@city-app/server/testing';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { parseMail } from '../../test/mime.js';
import { T0, TEST_CONFIG } from '../../test/setup.js';
import { startSmtpSink } from '../../test/smtp-sink.js';
import type { BookingCreated } from '../api.js';
import { createExperimentSpaceServer } from './index.js';

const API = '/api/experiment-space';
const JOBS = ['anonymise', 'reminders', 'send-mail', 'waitlist-offers'];

describe('the experiment space’s jobs', () => {
  it('are declared to the kernel’s scheduler unless switched off', () => {
    const names = (options = {}) =>
      (createExperimentSpaceServer(options).jobs ?? []).map((j) => j.name).sort();
    expect(names()).toEqual(JOBS);
    expect(names({ scheduledJobs: false })).toEqual([]);
    // The option it replaces: `false` still means "nothing by itself"; a number is ignored.
    expect(names({ scheduledJobs: false })).toEqual([]);
    expect(names({ jobIntervalMs: 1_000 })).toEqual(JOBS);
  });
});

describe.each(testDatabases())(
  'the experiment space’s work, run by the kernel’s scheduler on %s',
  (database) => {
    // One clock for the module and the scheduler: moving it makes jobs due.
    let now = new Date(T0);
    let server: TestServer;
    let smtp: Awaited<ReturnType<typeof startSmtpSink>>;
    let admin: Record<string, string>;

    beforeAll(async () => {
      smtp = await startSmtpSink();
      server = await createTestServer({
        modules: [
          createExperimentSpaceServer({ now: () => now, env: { CITY_APP_SMTP_URL: smtp.url } }),
        ],
        city: { ...TEST_CITY, modules: { 'experiment-space': TEST_CONFIG } },
        database,
        scheduler: { now: () => now, checkEveryMs: 20 },
      });
      admin = (await server.loginAs(['admin'])).headers;
    });
    afterAll(async () => {
      await server?.close();
      await smtp?.close();
    });

    async function sources(): Promise<Record<string, { successes: number; lastCounts: unknown }>> {
      const res = await server.request('/api/admin/sources', { headers: admin });
      const body = (await res.json()) as {
        sources: { job: string; successes: number; lastCounts: unknown }[];
      };
      return Object.fromEntries(
        body.sources.map((s) => [s.job.replace(/^experiment-space\./, ''), s]),
      );
    }

    /** Waits (a few seconds at most) until `check` holds. */
    async function until(what: string, check: () => Promise<boolean> | boolean): Promise<void> {
      for (let i = 0; i < 200; i++) {
        if (await check()) return;
        await new Promise((r) => setTimeout(r, 25));
      }
      throw new Error(`waited in vain for ${what}`);
    }

    /** Moves the clock and waits until `job` has run once more. */
    async function moveTo(iso: string, job: string): Promise<void> {
      const before = (await sources())[job]?.successes ?? 0;
      now = new Date(iso);
      await until(
        `${job} at ${iso}`,
        async () => ((await sources())[job]?.successes ?? 0) > before,
      );
    }

    const subjects = () => smtp.mails.map((m) => parseMail(m.raw).headers.subject);

    it('sends the confirmation, the reminder the day before, and erases the booking after its time', async () => {
      // Started at T0: each job ran once at start.
      await until('the first run of every job', async () => {
        const all = await sources();
        return JOBS.every((job) => all[job]?.successes === 1);
      });

      const res = await server.request(`${API}/bookings`, {
        json: {
          resourceId: 'kamera',
          start: '2026-12-02T10:00',
          durationMinutes: 60,
          name: 'Ida Lüdemann',
          email: 'ida@example.org',
        },
      });
      expect(res.status).toBe(201);
      const { token } = (await res.json()) as BookingCreated;
      // Queued in the booking's transaction; sent at the next minute, not before.
      expect(smtp.mails).toEqual([]);
      await moveTo('2026-12-01T08:01:00Z', 'send-mail');
      expect(subjects()).toEqual(['Buchung bestätigt: 360°-Kamera']);
      expect((await sources())['send-mail']?.lastCounts).toEqual({
        sent: 1,
        retried: 0,
        failed: 0,
      });

      // 24 hours before 10:00 local (09:00 UTC) the reminder is queued, and the next minute sent.
      await moveTo('2026-12-01T09:00:00Z', 'reminders');
      expect((await sources()).reminders?.lastCounts).toEqual({ sent: 1 });
      await moveTo('2026-12-01T09:01:00Z', 'send-mail');
      expect(subjects()).toEqual([
        'Buchung bestätigt: 360°-Kamera',
        'Erinnerung: morgen 360°-Kamera',
      ]);

      // The night after the anonymisation period (30 days after the end): 03:00 local is 02:00 UTC.
      expect((await server.request(`${API}/bookings/${token}`)).status).toBe(200);
      await moveTo('2027-01-02T02:00:00Z', 'anonymise');
      expect((await sources()).anonymise?.lastCounts).toEqual({ erased: 1 });
      expect((await server.request(`${API}/bookings/${token}`)).status).toBe(404);
    });
  },
);
