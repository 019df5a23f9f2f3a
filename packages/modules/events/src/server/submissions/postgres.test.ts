import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { ConfirmResult } from '../../api/submission.js';
import { API, ok } from '../routes/events-testing.js';
import {
  linkToken,
  mailTo,
  post,
  type SubmissionsHarness,
  startSubmissions,
  submission,
} from '../routes/submissions-testing.js';

// What strangers and staff do at the same moment: a link clicked twice, one organiser's
// two submissions, two staff members deciding on one event. Each happens once. Under CI a
// missing database fails loudly instead of skipping.
describe.skipIf(!process.env.TEST_DATABASE_URL && !process.env.CI)(
  'submissions on PostgreSQL',
  () => {
    let h: SubmissionsHarness;
    beforeAll(async () => {
      h = await startSubmissions({}, 'postgres');
    });
    afterAll(() => h?.server.close());

    const staff = (path: string, json?: unknown) =>
      h.server.request(`${API}/admin${path}`, {
        method: 'POST',
        headers: h.staffHeaders,
        ...(json === undefined ? {} : { json }),
      });

    it('confirms a link clicked twice at once only once', async () => {
      const email = 'doppelt@verein.example';
      await ok(post(h.server, '/submissions', submission(email)), 202);
      const [mail] = await mailTo(h.server, email);
      const token = linkToken(mail as NonNullable<typeof mail>);
      const answers = await Promise.all([
        post(h.server, '/submissions/confirm', { token }),
        post(h.server, '/submissions/confirm', { token }),
      ]);
      expect(answers.map((a) => a.status).sort()).toEqual([200, 409]);
    });

    it('keeps one organiser for two submissions with the same e-mail at once', async () => {
      const email = 'zwei@verein.example';
      const answers = await Promise.all([
        post(h.server, '/submissions', submission(email, 'Frühlingsfest')),
        post(h.server, '/submissions', submission(email.toUpperCase(), 'Herbstfest')),
      ]);
      expect(answers.map((a) => a.status)).toEqual([202, 202]);
      const { rows } = await h.server.db.query<{ n: number; events: number }>(
        `SELECT count(DISTINCT o.id)::int AS n, count(e.id)::int AS events
           FROM events_organisers o JOIN events_events e ON e.organiser_id = o.id
          WHERE lower(o.email) = $1`,
        [email],
      );
      expect(rows[0]).toEqual({ n: 1, events: 2 });
    });

    it('takes one decision when two staff members decide at once, and mails it once', async () => {
      const email = 'entscheidung@verein.example';
      await ok(post(h.server, '/submissions', submission(email, 'Hoffest')), 202);
      const [mail] = await mailTo(h.server, email);
      const confirmed = await ok<ConfirmResult>(
        post(h.server, '/submissions/confirm', {
          token: linkToken(mail as NonNullable<typeof mail>),
        }),
      );
      const id = confirmed.eventId;
      const answers = await Promise.all([
        staff(`/events/${id}/approve`),
        staff(`/events/${id}/reject`, { reason: 'Doppelt eingetragen.' }),
      ]);
      expect(answers.map((a) => a.status).sort()).toEqual([200, 409]);
      expect(await mailTo(h.server, email)).toHaveLength(2);
    });
  },
);
