import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { StaffSurvey } from '../../api/survey-input.js';
import { surveyClock } from '../surveys/jobs.js';
import {
  API,
  ballot,
  ok,
  openSurvey,
  type SurveysHarness,
  startSurveys,
  surveyInput,
} from './surveys-testing.js';

type Refusal = { code: string; field?: string };

let h: SurveysHarness;
beforeAll(async () => {
  h = await startSurveys();
});
afterAll(() => h?.server.close());

const announcements = async (id: string) =>
  (
    await h.server.db.query<{ title: { de: string; en: string }; url: string; topic: string }>(
      'SELECT title, url, topic FROM notify_dispatches WHERE idempotency_key = $1',
      [`surveys:${id}:opened`],
    )
  ).rows;

describe('staff run a survey', () => {
  it('write a draft, change it, and refuse what does not fit, naming the field', async () => {
    const draft = await ok<StaffSurvey>(h.staff('POST', '/surveys', surveyInput()), 201);
    expect(draft).toMatchObject({ state: 'draft', ballots: 0, locked: false });
    expect(draft.questions[1]?.options).toHaveLength(3);
    const changed = await ok<StaffSurvey>(
      h.staff('PUT', `/surveys/${draft.id}`, surveyInput({ title: { de: 'Markt', en: 'Market' } })),
    );
    expect(changed.title).toEqual({ de: 'Markt', en: 'Market' });

    const bad: [unknown, string][] = [
      [surveyInput({ closesAt: new Date(Date.now() - 7 * 86_400_000).toISOString() }), 'closesAt'],
      [{ ...surveyInput(), title: { de: 'Markt', en: '' } }, 'title.en'],
      [{ ...surveyInput(), questions: [] }, 'questions'],
    ];
    for (const [body, field] of bad) {
      expect(await ok<Refusal>(h.staff('POST', '/surveys', body), 400)).toMatchObject({
        code: 'validation_failed',
        field,
      });
    }
    // Residents do not see drafts.
    const list = await ok<{ items: { id: string }[] }>(h.resident('GET', '/surveys'));
    expect(list.items.map((s) => s.id)).not.toContain(draft.id);
    await ok(h.staff('DELETE', `/surveys/${draft.id}`), 204);
    await ok(h.staff('GET', `/surveys/${draft.id}`), 404);
  });

  it('make a retried draft once', async () => {
    const { headers } = await h.server.loginAs(['surveys']);
    const make = () =>
      h.server.request(`${API}/admin/surveys`, {
        method: 'POST',
        headers: { ...headers, 'Idempotency-Key': 'draft-1' },
        json: surveyInput(),
      });
    const first = await ok<StaffSurvey>(make(), 201);
    const second = await ok<StaffSurvey>(make(), 201);
    expect(second.id).toBe(first.id);
  });

  it('announce a survey to "Beteiligung" once, when it opens', async () => {
    const survey = await openSurvey(h);
    expect(survey.state).toBe('open');
    const [sent, ...more] = await announcements(survey.id);
    expect(more).toEqual([]);
    expect(sent).toMatchObject({
      topic: 'participation',
      url: `/umfragen/${survey.id}`,
      title: {
        de: 'Neue Umfrage: Neugestaltung des Marktplatzes',
        en: 'New survey: Redesigning the market square',
      },
    });

    // Published ahead of its time: announced by the clock when the time comes, once.
    const opensAt = new Date(Date.now() + 2 * 86_400_000);
    const later = await ok<StaffSurvey>(
      h.staff('POST', '/surveys', surveyInput({ opensAt: opensAt.toISOString() })),
      201,
    );
    expect((await ok<StaffSurvey>(h.staff('POST', `/surveys/${later.id}/publish`))).state).toBe(
      'upcoming',
    );
    expect(await announcements(later.id)).toEqual([]);
    await surveyClock(h.ctx, new Date(opensAt.getTime() + 60_000));
    await surveyClock(h.ctx, new Date(opensAt.getTime() + 120_000));
    expect(await announcements(later.id)).toHaveLength(1);
  });

  it('lock the questions once someone voted, and close for good', async () => {
    const survey = await openSurvey(h);
    await ok(h.resident('POST', `/surveys/${survey.id}/ballots`, ballot(survey)), 201);
    expect(
      await ok<Refusal>(h.staff('PUT', `/surveys/${survey.id}`, surveyInput()), 409),
    ).toMatchObject({
      code: 'surveys_locked',
    });
    expect(await ok<Refusal>(h.staff('DELETE', `/surveys/${survey.id}`), 409)).toMatchObject({
      code: 'surveys_not_draft',
    });
    const closed = await ok<StaffSurvey>(h.staff('POST', `/surveys/${survey.id}/close`));
    expect(closed).toMatchObject({ state: 'closed', ballots: 1, locked: true });
    expect(await ok<Refusal>(h.staff('POST', `/surveys/${survey.id}/close`), 409)).toMatchObject({
      code: 'surveys_already_closed',
    });
    expect(await ok<Refusal>(h.staff('POST', `/surveys/${survey.id}/open`), 409)).toMatchObject({
      code: 'surveys_already_closed',
    });
  });

  it('let only the surveys role in', async () => {
    const { headers } = await h.server.loginAs(['events']);
    const res = await h.server.request(`${API}/admin/surveys`, { headers });
    expect(res.status).toBe(403);
    expect((await h.server.request(`${API}/admin/surveys`)).status).toBe(401);
  });
});
