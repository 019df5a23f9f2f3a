// @vitest-environment happy-dom
import { afterEach, describe, expect, it } from 'vitest';
import { SURVEY_ID, staffSurvey } from '../../../test/fixtures.js';
import {
  axeViolations,
  fakeServer,
  fill,
  press,
  renderStaff,
  text,
  waitFor,
} from '../../../test/web.js';
import { NewSurveyView } from './new-survey.js';
import { ResultsView } from './results.js';
import { SurveyEditor } from './survey.js';
import { SurveysView } from './surveys.js';

const API = '/api/surveys/admin/surveys';
let shown: { unmount(): void } | undefined;
afterEach(() => {
  shown?.unmount();
  shown = undefined;
});

/** One heading, no message key shown, and no axe violations. */
async function expectWellFormed(page: Element) {
  expect(page.querySelectorAll('h1')).toHaveLength(1);
  expect(text(page)).not.toMatch(/surveys\.[a-z]+\./);
  expect(await axeViolations(page)).toEqual([]);
}

describe('the staff screens', () => {
  it('list every survey with its state, period, votes and comments to check, in German and English', async () => {
    for (const [locale, state] of [
      ['de', 'Offen'],
      ['en', 'Open'],
    ] as const) {
      const server = fakeServer({ [`GET ${API}`]: { body: { items: [staffSurvey()] } } });
      const view = renderStaff((staff) => <SurveysView staff={staff} />, server.api, locale);
      shown = view;
      await waitFor(() => expect(view.container.querySelector('tbody tr')).not.toBeNull());
      const cells = [...(view.container.querySelector('tbody tr')?.children ?? [])].map((c) =>
        text(c),
      );
      expect(cells[1]).toBe(state);
      expect(cells[3]).toBe('4');
      await expectWellFormed(view.container);
      view.unmount();
      shown = undefined;
    }
  });

  it('write a new survey, refusing empty texts first, and send it once as a draft', async () => {
    const server = fakeServer({
      [`POST ${API}`]: { status: 201, body: staffSurvey({ state: 'draft', locked: false }) },
    });
    const view = renderStaff((staff) => <NewSurveyView staff={staff} />, server.api);
    shown = view;
    const page = view.container;
    await press(page, 'Als Entwurf speichern');
    await waitFor(() =>
      expect(page.querySelectorAll('.city-error-summary a').length).toBeGreaterThan(3),
    );
    expect(server.calls).toEqual([]);
    await expectWellFormed(page);

    fill(page.querySelector('#surveys-f-title-de'), 'Spielplatz am See');
    fill(page.querySelector('#surveys-f-title-en'), 'Playground by the lake');
    fill(page.querySelector('#surveys-f-questions-0-text-de'), 'Welche Geräte?');
    fill(page.querySelector('#surveys-f-questions-0-text-en'), 'Which equipment?');
    for (const [j, de, en] of [
      [0, 'Schaukel', 'Swing'],
      [1, 'Rutsche', 'Slide'],
    ] as const) {
      fill(page.querySelector(`#surveys-f-questions-0-options-${j}-text-de`), de);
      fill(page.querySelector(`#surveys-f-questions-0-options-${j}-text-en`), en);
    }
    await press(page, 'Als Entwurf speichern');
    await waitFor(() => expect(view.navigated).toEqual([`/admin/umfragen/${SURVEY_ID}`]));
    const [sent] = server.calls;
    expect(sent?.body).toMatchObject({
      title: { de: 'Spielplatz am See', en: 'Playground by the lake' },
      results: 'after-close',
      questions: [
        {
          kind: 'single',
          text: { de: 'Welche Geräte?', en: 'Which equipment?' },
          options: [
            { text: { de: 'Schaukel', en: 'Swing' } },
            { text: { de: 'Rutsche', en: 'Slide' } },
          ],
        },
      ],
    });
    expect(sent?.headers.get('idempotency-key')).toBeTruthy();
  });

  it('place the server’s refusal at the field it names', async () => {
    const server = fakeServer({
      [`POST ${API}`]: {
        status: 400,
        body: { code: 'validation_failed', message: 'Zu lang.', field: 'title.en' },
      },
    });
    const view = renderStaff((staff) => <NewSurveyView staff={staff} />, server.api, 'en');
    shown = view;
    const page = view.container;
    for (const id of ['title-de', 'title-en', 'questions-0-text-de', 'questions-0-text-en']) {
      fill(page.querySelector(`#surveys-f-${id}`), 'Text');
    }
    for (const j of [0, 1]) {
      fill(page.querySelector(`#surveys-f-questions-0-options-${j}-text-de`), `A${j}`);
      fill(page.querySelector(`#surveys-f-questions-0-options-${j}-text-en`), `A${j}`);
    }
    await press(page, 'Save as a draft');
    await waitFor(() =>
      expect(
        [...page.querySelectorAll('.city-error-summary a')].map((a) => a.getAttribute('href')),
      ).toEqual(['#surveys-f-title-en']),
    );
    await expectWellFormed(page);
  });

  it('show a survey with votes as locked, offer closing, and moderate its comments', async () => {
    const server = fakeServer({
      [`GET ${API}/${SURVEY_ID}`]: { body: staffSurvey() },
      [`GET ${API}/${SURVEY_ID}/comments`]: {
        body: {
          items: [
            { id: 'c9', body: 'Mehr Licht', status: 'pending', at: '2027-05-02T10:00:00.000Z' },
          ],
        },
      },
      'POST /api/surveys/admin/comments/c9/publish': { status: 204 },
    });
    const view = renderStaff((staff) => <SurveyEditor staff={staff} id={SURVEY_ID} />, server.api);
    shown = view;
    const page = view.container;
    await waitFor(() => expect(text(page)).toContain('Mehr Licht'));
    expect(text(page)).toContain('Zu dieser Umfrage gibt es schon Stimmen');
    expect(page.querySelector('form')).toBeNull();
    expect([...page.querySelectorAll('button')].map((b) => text(b))).toContain('Jetzt beenden');
    await expectWellFormed(page);
    await press(page, 'Veröffentlichen');
    await waitFor(() =>
      expect(server.calls.some((c) => c.path.endsWith('/comments/c9/publish'))).toBe(true),
    );
  });

  it('show the results with residents’ own words, in English', async () => {
    const server = fakeServer({
      [`GET ${API}/${SURVEY_ID}`]: { body: staffSurvey({ state: 'closed' }) },
      [`GET ${API}/${SURVEY_ID}/results`]: {
        body: {
          ballots: 4,
          questions: [
            {
              id: 'q1',
              options: [
                { id: 'o1', votes: 3 },
                { id: 'o2', votes: 1 },
              ],
              freeTexts: ['Shade', 'Water'],
            },
            {
              id: 'q2',
              options: [
                { id: 'o3', votes: 2 },
                { id: 'o4', votes: 4 },
              ],
            },
          ],
        },
      },
    });
    const view = renderStaff(
      (staff) => <ResultsView staff={staff} id={SURVEY_ID} />,
      server.api,
      'en',
    );
    shown = view;
    const page = view.container;
    await waitFor(() => expect(page.querySelectorAll('table')).toHaveLength(2));
    expect(text(page.querySelector('h1'))).toBe('Results: Redesigning the market square');
    expect(text(page)).toContain('Answers in own words (alphabetical)');
    expect(
      [...page.querySelectorAll('main li, .surveys-comments li')].map((li) => text(li)),
    ).toEqual(['Shade', 'Water']);
    await expectWellFormed(page);
  });
});
