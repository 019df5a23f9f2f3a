import { randomUUID } from 'node:crypto';
import { testDatabases } from '@city-app/server/testing';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { StaffSurvey } from '../../api/survey-input.js';
import {
  ballot,
  linkToken,
  mailTo,
  ok,
  openSurvey,
  type SurveysHarness,
  startSurveys,
} from '../routes/surveys-testing.js';
import { surveyClock } from '../surveys/jobs.js';

/** Every row of every table in the database, as text: what someone reading it would have. */
async function everything(h: SurveysHarness): Promise<string> {
  const { rows: tables } = await h.server.db.query<{ name: string }>(
    `SELECT quote_ident(table_name) AS name FROM information_schema.tables
      WHERE table_schema = 'public' AND table_type = 'BASE TABLE'`,
  );
  const dump: string[] = [];
  for (const { name } of tables) {
    const { rows } = await h.server.db.query(`SELECT * FROM ${name}`);
    dump.push(`${name}: ${JSON.stringify(rows)}`);
  }
  return dump.join('\n');
}

// The promise of docs/modules/surveys.md: once a survey closed, nothing stored ties a ballot
// to the device (or address, or e-mail) it came from.
describe.each(testDatabases())('anonymity on %s', (database) => {
  let h: SurveysHarness;
  beforeAll(async () => {
    h = await startSurveys({ database });
  });
  afterAll(() => h?.server.close());

  async function voteAndClose(close: (survey: StaffSurvey) => Promise<void>) {
    const survey = await openSurvey(h);
    const devices = [randomUUID(), randomUUID(), randomUUID()];
    for (const [i, device] of devices.entries()) {
      const body = ballot(
        survey,
        { first: i % 2, second: [i], text: `Meinung Nummer ${i}` },
        device,
      );
      await ok(
        h.resident('POST', `/surveys/${survey.id}/ballots`, body, {
          address: `198.51.100.${i + 1}`,
          idempotencyKey: `key-${device}`,
        }),
        201,
      );
    }
    // While open, the survey knows who voted, as marks under its own key.
    const open = await h.server.db.query('SELECT voter FROM surveys_voters WHERE survey_id = $1', [
      survey.id,
    ]);
    expect(open.rows).toHaveLength(3);
    await close(survey);
    return { survey, devices };
  }

  async function expectUnlinkable(survey: StaffSurvey, devices: string[]) {
    const stored = await everything(h);
    const logged = JSON.stringify(h.server.log.lines);
    for (const device of devices) {
      expect(stored).not.toContain(device);
      expect(logged).not.toContain(device);
    }
    for (const table of ['surveys_keys', 'surveys_voters', 'surveys_pending_votes']) {
      const { rows } = await h.server.db.query(`SELECT * FROM ${table} WHERE survey_id = $1`, [
        survey.id,
      ]);
      expect(rows, table).toEqual([]);
    }
    // The ballots are counts and words without id, time or sequence…
    const columns = async (table: string) =>
      (
        await h.server.db.query<{ column_name: string }>(
          `SELECT column_name FROM information_schema.columns WHERE table_name = $1 ORDER BY 1`,
          [table],
        )
      ).rows.map((r) => r.column_name);
    expect(await columns('surveys_tallies')).toEqual([
      'option_id',
      'question_id',
      'survey_id',
      'votes',
    ]);
    expect(await columns('surveys_free_texts')).toEqual(['body', 'question_id', 'survey_id']);
    // …and every row of them was last written by the closing transaction, so neither the
    // transaction ids nor the order of the rows tell one vote from another.
    for (const table of ['surveys_tallies', 'surveys_free_texts']) {
      const { rows } = await h.server.db.query<{ writers: number; n: number }>(
        `SELECT count(DISTINCT xmin::text)::int AS writers, count(*)::int AS n FROM ${table}
          WHERE survey_id = $1`,
        [survey.id],
      );
      expect(rows[0]?.n, table).toBeGreaterThan(0);
      expect(rows[0]?.writers, table).toBe(1);
    }
    // The results are still all there.
    const results = await ok<{ ballots: number; questions: { freeTexts?: string[] }[] }>(
      h.staff('GET', `/surveys/${survey.id}/results`),
    );
    expect(results.ballots).toBe(3);
    expect(results.questions[0]?.freeTexts).toEqual([
      'Meinung Nummer 0',
      'Meinung Nummer 1',
      'Meinung Nummer 2',
    ]);
  }

  it('when staff close the survey', async () => {
    const { survey, devices } = await voteAndClose(async (s) => {
      await ok(h.staff('POST', `/surveys/${s.id}/close`));
    });
    await expectUnlinkable(survey, devices);
  });

  it('when its time runs out, a binding vote left unconfirmed included', async () => {
    const { survey, devices } = await voteAndClose(async () => {});
    const binding = await openSurvey(h, { binding: true });
    const email = 'carla@hagenow.example';
    const late = randomUUID();
    await ok(
      h.resident('POST', `/surveys/${binding.id}/ballots`, { ...ballot(binding, {}, late), email }),
      202,
    );
    await ok(
      h.resident('POST', '/ballots/confirm', {
        token: linkToken((await mailTo(h.server, email))[0] as { body: string }),
      }),
    );
    const unconfirmed = randomUUID();
    await ok(
      h.resident('POST', `/surveys/${binding.id}/ballots`, {
        ...ballot(binding, {}, unconfirmed),
        email: 'dora@hagenow.example',
      }),
      202,
    );
    const later = new Date(Date.now() + 15 * 86_400_000);
    expect(await surveyClock(h.ctx, later)).toMatchObject({ closed: 2 });
    await expectUnlinkable(survey, devices);
    const stored = await everything(h);
    expect(stored).not.toContain(late);
    expect(stored).not.toContain(unconfirmed);
    const { rows } = await h.server.db.query(
      'SELECT * FROM surveys_pending_votes WHERE survey_id = $1',
      [binding.id],
    );
    expect(rows).toEqual([]);
  });
});
