// @vitest-environment happy-dom
import { afterEach, describe, expect, it } from 'vitest';
import { publicSurvey, SURVEY_ID } from '../../../test/fixtures.js';
import {
  axeViolations,
  fakeServer,
  fill,
  press,
  renderApp,
  text,
  tick,
  waitFor,
} from '../../../test/web.js';

const PAGE = `/umfragen/${SURVEY_ID}`;
const API = `/api/surveys/surveys/${SURVEY_ID}`;

let app: ReturnType<typeof renderApp> | undefined;
afterEach(() => {
  app?.unmount();
  app = undefined;
  localStorage.clear();
});

describe('/umfragen/:id', () => {
  it('shows the question, the results as a table with a chart beside it, and takes a vote', async () => {
    const server = fakeServer({
      [`GET ${API}`]: { body: publicSurvey() },
      [`POST ${API}/ballots`]: { status: 201, body: { status: 'counted' } },
    });
    app = renderApp(PAGE, server.api);
    const page = app.container;
    await waitFor(() =>
      expect(text(page.querySelector('h1'))).toBe('Neugestaltung des Marktplatzes'),
    );
    expect(text(page)).toContain('Offen bis 15. Mai 2027 um 18:00.');

    // The results: one table per question, the chart hidden from assistive technology.
    const [first] = [...page.querySelectorAll('table')];
    const rows = [...(first?.querySelectorAll('tbody tr') ?? [])];
    expect(rows.map((r) => [...r.children].map((cell) => text(cell)).join(' '))).toEqual([
      'Bäume 3 75 %',
      'Parkplätze 1 25 %',
    ]);
    const chart = page.querySelector('.surveys-results__chart');
    expect(chart?.getAttribute('aria-hidden')).toBe('true');
    expect(chart?.querySelectorAll('rect')).toHaveLength(2);
    expect(await axeViolations(page)).toEqual([]);

    // Unanswered: the summary names the question; nothing is sent.
    await press(page, 'Abstimmen');
    await waitFor(() =>
      expect(text(page.querySelector('.city-error-summary'))).toContain(
        'Bitte beantworten Sie diese Frage.',
      ),
    );
    expect(server.calls.filter((c) => c.method === 'POST')).toEqual([]);
    expect(await axeViolations(page)).toEqual([]);

    tick(page, 'Bäume');
    tick(page, 'Bänke');
    tick(page, 'Brunnen');
    fill(page.querySelector('#surveys-q0-text'), '  Schatten  ');
    await press(page, 'Abstimmen');
    await waitFor(() => expect(text(page)).toContain('Danke, Ihre Stimme zählt.'));
    expect(JSON.parse(localStorage.getItem('city-app:surveys:voted') ?? '[]')).toEqual([SURVEY_ID]);
    const sent = server.calls.find((c) => c.method === 'POST');
    expect(sent?.body).toMatchObject({
      installationId: expect.stringMatching(/^[0-9a-f-]{36}$/),
      answers: [
        { question: 'q1', choices: ['o1'], text: 'Schatten' },
        { question: 'q2', choices: ['o3', 'o4'] },
      ],
      language: 'de',
    });
    expect(sent?.headers.get('idempotency-key')).toBeTruthy();
  });

  it('offers no form on a device that voted already, and says why', async () => {
    localStorage.setItem('city-app:surveys:voted', JSON.stringify([SURVEY_ID]));
    const server = fakeServer({ [`GET ${API}`]: { body: publicSurvey() } });
    app = renderApp(PAGE, server.api);
    const page = app.container;
    await waitFor(() =>
      expect(text(page)).toContain('Von diesem Gerät wurde in dieser Umfrage schon abgestimmt.'),
    );
    expect([...page.querySelectorAll('button')].map((b) => text(b))).not.toContain('Abstimmen');
    expect(page.querySelectorAll('table')).toHaveLength(2);
    expect(await axeViolations(page)).toEqual([]);
  });

  it('asks for an e-mail address in a binding poll and says where the link went, in English', async () => {
    const server = fakeServer({
      [`GET ${API}`]: {
        body: publicSurvey({ binding: true, results: 'after-close', tally: null }),
      },
      [`POST ${API}/ballots`]: {
        status: 202,
        body: {
          status: 'confirm',
          email: 'anna@hagenow.example',
          expiresAt: '2027-05-04T10:00:00.000Z',
        },
      },
    });
    app = renderApp(PAGE, server.api, 'en');
    const page = app.container;
    await waitFor(() =>
      expect(text(page.querySelector('h1'))).toBe('Redesigning the market square'),
    );
    expect(text(page)).toContain(
      'The town shows the results after the survey closes on 15 May 2027 at 18:00.',
    );
    expect(page.querySelector('table')).toBeNull();
    tick(page, 'Trees');
    tick(page, 'A fountain');
    await press(page, 'Vote');
    await waitFor(() =>
      expect(text(page.querySelector('.city-error-summary'))).toContain(
        'Please enter your e-mail address.',
      ),
    );
    expect(await axeViolations(page)).toEqual([]);
    fill(page.querySelector('#surveys-email'), 'anna@hagenow.example');
    await press(page, 'Vote');
    await waitFor(() =>
      expect(text(page)).toContain('Nearly done: we sent a link to anna@hagenow.example.'),
    );
    expect(text(page)).not.toMatch(/Umfrage|Stimme|surveys\./);
  });

  it('shows the server’s refusal of a second vote from this device', async () => {
    const server = fakeServer({
      [`GET ${API}`]: { body: publicSurvey() },
      [`POST ${API}/ballots`]: {
        status: 409,
        body: {
          code: 'surveys_already_voted',
          message: 'Von diesem Gerät wurde in dieser Umfrage schon abgestimmt.',
          hint: 'Jedes Gerät hat eine Stimme.',
          field: 'installationId',
        },
      },
    });
    app = renderApp(PAGE, server.api);
    const page = app.container;
    await waitFor(() => expect(page.querySelector('h1')).not.toBeNull());
    tick(page, 'Parkplätze');
    tick(page, 'Bänke');
    await press(page, 'Abstimmen');
    await waitFor(() =>
      expect(text(page)).toContain('Von diesem Gerät wurde in dieser Umfrage schon abgestimmt.'),
    );
    expect(await axeViolations(page)).toEqual([]);
  });

  it('shows a closed survey’s results and comments without a form, and takes no comment', async () => {
    const server = fakeServer({ [`GET ${API}`]: { body: publicSurvey({ state: 'closed' }) } });
    app = renderApp(PAGE, server.api, 'en');
    const page = app.container;
    await waitFor(() => expect(text(page)).toContain('Closed on 15 May 2027 at 18:00.'));
    expect(page.querySelector('form')).toBeNull();
    expect(text(page)).toContain('Bitte mehr Schatten!');
    expect(text(page)).toContain('4 votes in all');
    expect(await axeViolations(page)).toEqual([]);
  });
});
