// @vitest-environment happy-dom
import { afterEach, describe, expect, it } from 'vitest';
import { publicSurvey, SURVEY_ID, surveySummary as summary } from '../../../test/fixtures.js';
import { axeViolations, fakeServer, renderApp, text, waitFor } from '../../../test/web.js';

let app: ReturnType<typeof renderApp> | undefined;
afterEach(() => {
  app?.unmount();
  app = undefined;
});

describe('/umfragen', () => {
  it('groups the surveys: vote now, coming up, closed — in German and English', async () => {
    const items = [
      summary(SURVEY_ID, 'open', true),
      summary('5f0c2b7e-1d3a-4c9b-8e7f-2a6b3c4d5e6f', 'closed'),
    ];
    for (const [locale, headings, binding] of [
      ['de', ['Jetzt abstimmen', 'Beendet'], 'verbindlich'],
      ['en', ['Vote now', 'Closed'], 'binding'],
    ] as const) {
      const server = fakeServer({ 'GET /api/surveys/surveys': { body: { items } } });
      app = renderApp('/umfragen', server.api, locale);
      const page = app.container;
      await waitFor(() => expect(page.querySelectorAll('main h2').length).toBe(2));
      expect([...page.querySelectorAll('main h2')].map((h) => text(h))).toEqual(headings);
      const link = page.querySelector(`a[href="/umfragen/${SURVEY_ID}"]`);
      expect(text(link?.parentElement)).toContain(binding);
      expect(await axeViolations(page)).toEqual([]);
      app.unmount();
      app = undefined;
    }
  });

  it('says so when there is no survey', async () => {
    const server = fakeServer({ 'GET /api/surveys/surveys': { body: { items: [] } } });
    app = renderApp('/umfragen', server.api);
    await waitFor(() =>
      expect(text(app?.container)).toContain('Im Moment gibt es keine Umfragen.'),
    );
  });
});

describe('/umfragen/bestaetigen', () => {
  it('confirms once with the token of the fragment, then drops it from the address', async () => {
    const server = fakeServer({
      'POST /api/surveys/ballots/confirm': {
        body: { surveyId: SURVEY_ID, title: publicSurvey().title },
      },
    });
    app = renderApp(`/umfragen/bestaetigen#${'t'.repeat(43)}`, server.api);
    const page = app.container;
    await waitFor(() => expect(text(page.querySelector('h2'))).toBe('Danke, Ihre Stimme zählt'));
    expect(server.calls.map((c) => c.body)).toEqual([{ token: 't'.repeat(43) }]);
    expect(window.location.hash).toBe('');
    expect(await axeViolations(page)).toEqual([]);
  });

  it('says in English why a used link cannot confirm', async () => {
    const server = fakeServer({
      'POST /api/surveys/ballots/confirm': {
        status: 404,
        body: {
          code: 'surveys_link_unknown',
          message: 'This confirmation link does not exist (any more).',
        },
      },
    });
    app = renderApp(`/umfragen/bestaetigen#${'u'.repeat(43)}`, server.api, 'en');
    const page = app.container;
    await waitFor(() =>
      expect(text(page.querySelector('h2'))).toBe('The vote could not be confirmed'),
    );
    expect(text(page)).toContain('This confirmation link does not exist (any more).');
    expect(await axeViolations(page)).toEqual([]);
  });
});
