// @vitest-environment happy-dom
import { afterEach, describe, expect, it } from 'vitest';
import { SURVEY_ID, surveySummary } from '../../../test/fixtures.js';
import { axeViolations, fakeServer, renderApp, text, waitFor } from '../../../test/web.js';
import { rememberVote } from '../survey/voted-here.js';

const OTHER_ID = '5f0c2b7e-1d3a-4c9b-8e7f-2a6b3c4d5e6f';
const LIST = 'GET /api/surveys/surveys';

let app: ReturnType<typeof renderApp> | undefined;
afterEach(() => {
  app?.unmount();
  app = undefined;
  localStorage.clear();
});

/** The home screen's card whose link below leads to the surveys. */
const card = () =>
  [...(app?.container.querySelectorAll('.city-card') ?? [])].find((c) =>
    c.querySelector('.city-card__footer a[href="/umfragen"]'),
  );

describe('the home widget of open surveys', () => {
  it('lists the open surveys with their end and "Jetzt abstimmen", in German and English', async () => {
    const items = [
      surveySummary(SURVEY_ID, 'open'),
      surveySummary(OTHER_ID, 'upcoming'),
      surveySummary('7a1b2c3d-4e5f-4a6b-8c7d-9e0f1a2b3c4d', 'closed'),
    ];
    for (const [locale, until, vote] of [
      ['de', 'läuft bis 15. Mai 2027 um 18:00', 'Jetzt abstimmen: Neugestaltung des Marktplatzes'],
      ['en', 'open until 15 May 2027 at 18:00', 'Vote now: Redesigning the market square'],
    ] as const) {
      app = renderApp('/', fakeServer({ [LIST]: { body: { items } } }).api, locale);
      await waitFor(() => expect(card()?.querySelectorAll('li')).toHaveLength(1));
      const item = card()?.querySelector('li');
      expect(text(item?.querySelector('h3'))).toBe(
        locale === 'de' ? 'Neugestaltung des Marktplatzes' : 'Redesigning the market square',
      );
      expect(text(item)).toContain(until);
      const link = item?.querySelector('a');
      expect(link?.getAttribute('href')).toBe(`/umfragen/${SURVEY_ID}`);
      expect(link?.getAttribute('aria-label')).toBe(vote);
      expect(text(link)).toBe(vote.split(':')[0]);
      expect(await axeViolations(card() as Element)).toEqual([]);
      app.unmount();
      app = undefined;
    }
  });

  it('offers the results where this device voted already, or says when they follow', async () => {
    const LATER_ID = '7a1b2c3d-4e5f-4a6b-8c7d-9e0f1a2b3c4d';
    rememberVote(SURVEY_ID);
    rememberVote(LATER_ID);
    const items = [
      surveySummary(SURVEY_ID, 'open'),
      { ...surveySummary(LATER_ID, 'open'), results: 'after-close' as const },
      surveySummary(OTHER_ID, 'open'),
    ];
    app = renderApp('/', fakeServer({ [LIST]: { body: { items } } }).api);
    await waitFor(() => expect(card()?.querySelectorAll('li')).toHaveLength(3));
    const links = [...(card()?.querySelectorAll('.city-stack-list a') ?? [])].map((a) =>
      a.getAttribute('aria-label'),
    );
    expect(links).toEqual([
      'Ergebnis ansehen: Neugestaltung des Marktplatzes',
      'Abgestimmt, das Ergebnis folgt nach dem Ende: Neugestaltung des Marktplatzes',
      'Jetzt abstimmen: Neugestaltung des Marktplatzes',
    ]);
  });

  it('draws no card while no survey is open, and takes it away when the last one closed', async () => {
    let items = [surveySummary(SURVEY_ID, 'open')];
    const server = fakeServer({ [LIST]: () => ({ body: { items } }) });
    app = renderApp('/', server.api);
    await waitFor(() => expect(card()?.querySelectorAll('li')).toHaveLength(1));
    app.unmount();
    // Back on the home screen: the card shows what it had, then the answer that none is open.
    items = [surveySummary(OTHER_ID, 'upcoming'), surveySummary(SURVEY_ID, 'closed')];
    app = renderApp('/', server.api);
    await waitFor(() => expect(server.calls).toHaveLength(2));
    await waitFor(() => expect(card()).toBeUndefined());
    expect(text(app.container)).not.toContain('Jetzt abstimmen');
    expect(app.container.querySelector('.city-card')).toBeNull();
  });
});
