import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { CastResult, ConfirmResult } from '../../api/ballot.js';
import type { PublicSurvey } from '../../api/survey.js';
import type { StaffSurvey } from '../../api/survey-input.js';
import {
  ballot,
  linkToken,
  mailTo,
  ok,
  openSurvey,
  type SurveysHarness,
  startSurveys,
  surveyInput,
} from './surveys-testing.js';

type Refusal = { code: string; field?: string; message: string };

let h: SurveysHarness;
beforeAll(async () => {
  h = await startSurveys({ config: { limits: { votesPerAddress: 3 } } });
});
afterAll(() => h?.server.close());

const vote = (
  survey: StaffSurvey,
  body: unknown,
  more: Parameters<SurveysHarness['resident']>[3] = {},
) =>
  h.resident('POST', `/surveys/${survey.id}/ballots`, body, {
    address: `198.51.100.${Math.floor(Math.random() * 250) + 1}`,
    ...more,
  });
const read = (id: string, lang = 'de') =>
  ok<PublicSurvey>(h.resident('GET', `/surveys/${id}`, undefined, { lang }));

describe('a resident votes', () => {
  it('counts one vote per installation and shows live results', async () => {
    const survey = await openSurvey(h);
    const device = randomUUID();
    expect(
      await ok<CastResult>(vote(survey, ballot(survey, { second: [0, 2] }, device)), 201),
    ).toEqual({
      status: 'counted',
    });
    const again = await ok<Refusal>(vote(survey, ballot(survey, { first: 1 }, device)), 409);
    expect(again).toMatchObject({ code: 'surveys_already_voted', field: 'installationId' });
    expect(again.message).toContain('schon abgestimmt');
    await ok(vote(survey, ballot(survey, { first: 1, second: [2] })), 201);

    const seen = await read(survey.id);
    expect(seen.state).toBe('open');
    expect(seen.tally?.ballots).toBe(2);
    const [q1, q2] = seen.tally?.questions ?? [];
    expect(q1?.options.map((o) => o.votes)).toEqual([1, 1]);
    expect(q2?.options.map((o) => o.votes)).toEqual([1, 0, 2]);
    // Residents never get the own words; staff do.
    expect(q1?.freeTexts).toBeUndefined();
  });

  it('refuses answers that do not fit the questions, naming the field, in German and English', async () => {
    const survey = await openSurvey(h);
    const good = ballot(survey);
    const cases: [unknown, string, string][] = [
      [{ ...good, installationId: 'nope' }, 'validation_failed', 'installationId'],
      [
        { ...good, answers: [{ ...good.answers[0], choices: ['zzz'] }, good.answers[1]] },
        'surveys_option_unknown',
        'answers.0.choices',
      ],
      [
        {
          ...good,
          answers: [
            { ...good.answers[0], choices: survey.questions[0]?.options.map((o) => o.id) },
            good.answers[1],
          ],
        },
        'surveys_single_choice',
        'answers.0.choices',
      ],
      [{ ...good, answers: [good.answers[0]] }, 'surveys_answer_missing', 'answers.1.choices'],
      [
        { ...good, answers: [good.answers[0], { ...good.answers[1], text: 'Mehr Licht' }] },
        'surveys_free_text_off',
        'answers.1.text',
      ],
      [
        { ...good, answers: [{ ...good.answers[0], question: 'fremd' }, good.answers[1]] },
        'surveys_question_unknown',
        'answers.0.question',
      ],
    ];
    for (const [body, code, field] of cases) {
      const refusal = await ok<Refusal>(vote(survey, body), 400);
      expect(refusal, code).toMatchObject({ code, field });
    }
    const english = await ok<Refusal>(vote(survey, cases[3]?.[0], { lang: 'en' }), 400);
    expect(english.message).toBe('The question "What is missing?" has no answer.');
    // Nothing refused was counted.
    expect((await read(survey.id)).tally?.ballots).toBe(0);
  });

  it('takes no vote before the survey opens nor after it closed', async () => {
    const later = await ok<StaffSurvey>(
      h.staff(
        'POST',
        '/surveys',
        surveyInput({ opensAt: new Date(Date.now() + 86_400_000).toISOString() }),
      ),
      201,
    );
    await ok(h.staff('POST', `/surveys/${later.id}/publish`));
    expect(await ok<Refusal>(vote(later, ballot(later)), 409)).toMatchObject({
      code: 'surveys_not_open_yet',
    });
    const survey = await openSurvey(h);
    await ok(h.staff('POST', `/surveys/${survey.id}/close`));
    const closed = await ok<Refusal>(vote(survey, ballot(survey), { lang: 'en' }), 409);
    expect(closed).toMatchObject({
      code: 'surveys_closed',
      message: 'This survey has closed; no more votes count.',
    });
    // A draft is nobody's business.
    const draft = await ok<StaffSurvey>(h.staff('POST', '/surveys', surveyInput()), 201);
    await ok(vote(draft, ballot(draft)), 404);
  });

  it('limits the votes from one address in one survey, and counts a retry once', async () => {
    const survey = await openSurvey(h);
    const address = '192.0.2.44';
    await ok(vote(survey, ballot(survey), { address, idempotencyKey: 'try-1' }), 201);
    // The same attempt again (its answer was lost): the same answer, not counted twice.
    const device = randomUUID();
    const body = ballot(survey, {}, device);
    await ok(vote(survey, body, { address, idempotencyKey: 'try-2' }), 201);
    await ok(vote(survey, body, { address, idempotencyKey: 'try-2' }), 201);
    // A refused vote does not use up the limit.
    await ok(vote(survey, { ...ballot(survey), answers: [] }, { address }), 400);
    await ok(vote(survey, ballot(survey), { address }), 201);
    const limited = await h.resident('POST', `/surveys/${survey.id}/ballots`, ballot(survey), {
      address,
    });
    expect(limited.status).toBe(429);
    expect(limited.headers.get('retry-after')).toMatch(/^\d+$/);
    expect(await limited.json()).toMatchObject({ code: 'surveys_limit_votes_per_address' });
    // Another survey has its own count.
    const other = await openSurvey(h);
    await ok(vote(other, ballot(other), { address }), 201);
    expect((await read(survey.id)).tally?.ballots).toBe(3);
  });

  it('keeps results until closing when the town says so', async () => {
    const survey = await openSurvey(h, { results: 'after-close' });
    await ok(vote(survey, ballot(survey)), 201);
    expect((await read(survey.id)).tally).toBeNull();
    await ok(h.staff('POST', `/surveys/${survey.id}/close`));
    expect((await read(survey.id)).tally?.ballots).toBe(1);
  });
});

describe('a binding poll', () => {
  it('counts a vote only once the mailed link confirms it, once per person', async () => {
    const survey = await openSurvey(h, { binding: true });
    const missing = await ok<Refusal>(vote(survey, ballot(survey)), 400);
    expect(missing).toMatchObject({ code: 'surveys_email_missing', field: 'email' });

    const email = 'anna@hagenow.example';
    const waiting = await ok<CastResult>(
      vote(survey, { ...ballot(survey), email, language: 'en' }),
      202,
    );
    expect(waiting).toMatchObject({ status: 'confirm', email });
    expect((await read(survey.id)).tally?.ballots).toBe(0);

    const [mail, ...more] = await mailTo(h.server, email);
    expect(more).toEqual([]);
    expect(mail?.subject).toBe('Please confirm your vote: "Redesigning the market square"');
    const token = linkToken(mail as { body: string });
    const { rows } = await h.server.db.query('SELECT token_hash FROM surveys_pending_votes');
    expect(JSON.stringify(rows)).not.toContain(token);

    // The same address from another device: one vote per person.
    const twice = await ok<Refusal>(
      vote(survey, { ...ballot(survey), email: 'ANNA@hagenow.example' }),
      409,
    );
    expect(twice).toMatchObject({ code: 'surveys_email_used', field: 'email' });

    const confirmed = await ok<ConfirmResult>(h.resident('POST', '/ballots/confirm', { token }));
    expect(confirmed.surveyId).toBe(survey.id);
    expect((await read(survey.id)).tally?.ballots).toBe(1);
    const used = await ok<Refusal>(h.resident('POST', '/ballots/confirm', { token }), 404);
    expect(used).toMatchObject({ code: 'surveys_link_unknown', field: 'token' });
    // Nothing of the waiting vote is left.
    expect((await h.server.db.query('SELECT 1 FROM surveys_pending_votes')).rows).toEqual([]);
  });

  it('refuses an expired link, and frees the device and address for a new vote', async () => {
    const survey = await openSurvey(h, { binding: true });
    const device = randomUUID();
    const email = 'bernd@hagenow.example';
    await ok(vote(survey, { ...ballot(survey, {}, device), email }), 202);
    const token = linkToken((await mailTo(h.server, email))[0] as { body: string });
    await h.server.db.query(
      "UPDATE surveys_pending_votes SET expires_at = now() - interval '1 minute' WHERE survey_id = $1",
      [survey.id],
    );
    const expired = await ok<Refusal>(h.resident('POST', '/ballots/confirm', { token }), 410);
    expect(expired).toMatchObject({ code: 'surveys_link_expired', field: 'token' });
    const { expireVotes } = await import('../ballots/expire.js');
    expect(await expireVotes(h.ctx, new Date())).toBe(1);
    await ok(vote(survey, { ...ballot(survey, {}, device), email }), 202);
  });
});

describe('comments', () => {
  it('wait for staff, who publish or reject them once', async () => {
    const survey = await openSurvey(h);
    await ok(
      h.resident('POST', `/surveys/${survey.id}/comments`, { body: 'Bitte mehr Schatten!' }),
      202,
    );
    await ok(h.resident('POST', `/surveys/${survey.id}/comments`, { body: 'Werbung hier' }), 202);
    const short = await ok<Refusal>(
      h.resident('POST', `/surveys/${survey.id}/comments`, { body: 'x' }),
      400,
    );
    expect(short).toMatchObject({ code: 'validation_failed', field: 'body' });
    expect((await read(survey.id)).publishedComments).toEqual([]);

    const { items } = await ok<{ items: { id: string; body: string }[] }>(
      h.staff('GET', `/surveys/${survey.id}/comments`),
    );
    const [shade, ad] = items;
    await ok(h.staff('POST', `/comments/${shade?.id}/publish`), 204);
    await ok(h.staff('POST', `/comments/${ad?.id}/reject`), 204);
    expect(await ok<Refusal>(h.staff('POST', `/comments/${ad?.id}/publish`), 409)).toMatchObject({
      code: 'surveys_comment_decided',
    });
    expect((await read(survey.id)).publishedComments.map((c) => c.body)).toEqual([
      'Bitte mehr Schatten!',
    ]);

    const silent = await openSurvey(h, { comments: false });
    expect(
      await ok<Refusal>(
        h.resident('POST', `/surveys/${silent.id}/comments`, { body: 'Hallo Stadt' }),
        409,
      ),
    ).toMatchObject({ code: 'surveys_comments_off' });
  });
});
