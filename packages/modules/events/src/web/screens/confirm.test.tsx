// @vitest-environment happy-dom
import { afterEach, describe, expect, it } from 'vitest';
import {
  axeViolations,
  fakeServer,
  type Rendered,
  renderApp,
  text,
  waitFor,
} from '../../../test/resident-web.js';

const PAGE = '/veranstaltungen/eintragen/bestaetigen';
const API = '/api/events/submissions/confirm';
const TOKEN = 'x'.repeat(43);
const EVENT_ID = '5b0e7a4e-3c1f-4e7a-9a51-1f4c2b7d9e07';

let app: Rendered | undefined;
afterEach(() => {
  app?.unmount();
  app = undefined;
});

const heading = (level: string) => text(app?.container.querySelector(level));

describe('/veranstaltungen/eintragen/bestaetigen', () => {
  it('confirms once with the token of the fragment, then drops it from the address', async () => {
    const server = fakeServer();
    server.answer(API, { status: 'pending', eventId: EVENT_ID, title: 'Lesenacht' });
    app = renderApp(`${PAGE}#${TOKEN}`, server);
    await waitFor(() => expect(heading('h2')).toBe('Danke, Ihre Eintragung ist bestätigt'));
    expect(server.requests.filter((r) => r === API)).toHaveLength(1);
    expect(text(app.container)).toContain('„Lesenacht“ wird jetzt von der Stadt geprüft.');
    expect(window.location.hash).toBe('');
    expect(document.activeElement?.tagName).toBe('H2');
  });

  it('confirms a second link opened in the same tab, where only the fragment changes', async () => {
    const server = fakeServer();
    server.answer(API, { status: 'pending', eventId: EVENT_ID, title: 'Lesenacht' });
    app = renderApp(`${PAGE}#${TOKEN}`, server);
    await waitFor(() => expect(text(app?.container)).toContain('„Lesenacht“ wird jetzt'));
    server.answer(API, { status: 'pending', eventId: EVENT_ID, title: 'Vorlesestunde' });
    window.location.hash = 'y'.repeat(43);
    await waitFor(() => expect(text(app?.container)).toContain('„Vorlesestunde“ wird jetzt'));
    expect(server.requests.filter((r) => r === API)).toHaveLength(2);
    expect(window.location.hash).toBe('');
  });

  it('links a trusted organiser to the published event, in English', async () => {
    const server = fakeServer();
    server.answer(API, { status: 'published', eventId: EVENT_ID, title: 'Lesenacht' });
    app = renderApp(`${PAGE}#${TOKEN}`, server, 'en');
    await waitFor(() => expect(heading('h2')).toBe('Thank you, your event is published'));
    const link = [...app.container.querySelectorAll('a')].find((a) => text(a) === 'View the event');
    expect(link?.getAttribute('href')).toBe(`/veranstaltungen/${EVENT_ID}`);
  });

  it('says why an expired link cannot confirm, and where to submit again', async () => {
    const server = fakeServer();
    server.answer(
      API,
      {
        code: 'events_submission_link_expired',
        message: 'Dieser Bestätigungslink galt 72 Stunden und ist abgelaufen.',
        field: 'token',
      },
      410,
    );
    app = renderApp(`${PAGE}#${TOKEN}`, server);
    await waitFor(() => expect(heading('h2')).toBe('Bestätigung nicht möglich'));
    expect(text(app.container)).toContain('Dieser Bestätigungslink galt 72 Stunden');
    const again = [...app.container.querySelectorAll('a')].find(
      (a) => text(a) === 'Veranstaltung erneut eintragen',
    );
    expect(again?.getAttribute('href')).toBe('/veranstaltungen/eintragen');
  });

  it('asks nothing of the server without a token', async () => {
    const server = fakeServer();
    app = renderApp(PAGE, server);
    await waitFor(() => expect(heading('h2')).toBe('Bestätigung nicht möglich'));
    expect(text(app.container)).toContain('In diesem Link fehlt der Bestätigungscode.');
    expect(server.requests).not.toContain(API);
  });

  it.each(['de', 'en'] as const)('has one heading and no axe violations (%s)', async (locale) => {
    const server = fakeServer();
    server.answer(API, { status: 'pending', eventId: EVENT_ID, title: 'Lesenacht' });
    app = renderApp(`${PAGE}#${TOKEN}`, server, locale);
    await waitFor(() => expect(app?.container.querySelector('h2')).toBeTruthy());
    expect(app.container.querySelectorAll('h1')).toHaveLength(1);
    expect(text(app.container)).not.toMatch(/events\.confirm\./);
    expect(await axeViolations(app.container)).toEqual([]);
  });
});
