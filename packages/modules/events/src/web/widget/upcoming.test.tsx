// @vitest-environment happy-dom
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { at, CONCERT_ID, eventDate, inDays, page } from '../../../test/event-fixtures.js';
import {
  axeViolations,
  type FakeServer,
  fakeServer,
  type Rendered,
  renderApp,
  text,
  waitFor,
} from '../../../test/resident-web.js';

const NEXT = '/api/events/dates?when=upcoming&limit=5';

let server: FakeServer;
let app: Rendered | undefined;
beforeEach(() => {
  server = fakeServer();
  server.answer(
    NEXT,
    page([
      eventDate({ localDate: inDays(1), originalDate: inDays(1), start: at(inDays(1), '08:00') }),
      eventDate({
        eventId: CONCERT_ID,
        localDate: inDays(2),
        originalDate: inDays(2),
        start: at(inDays(2), '19:30'),
        title: { de: 'Kammerkonzert im Museum' },
        place: 'Museum Hagenow',
        status: 'cancelled',
      }),
    ]),
  );
});
afterEach(() => {
  app?.unmount();
  app = undefined;
});

const card = () => {
  // The card whose link below leads to the module's list.
  const found = [...(app?.container.querySelectorAll('.city-card') ?? [])].find((c) =>
    c.querySelector('.city-card__footer a[href="/veranstaltungen"]'),
  );
  expect(found).toBeTruthy();
  return found as Element;
};

describe('the home widget "Demnächst in Hagenow"', () => {
  it('shows the next dates with day, time and place, cancelled ones in words', async () => {
    app = renderApp('/', server);
    await waitFor(() => expect(text(card())).toContain('Kammerkonzert im Museum'));
    expect(server.requests).toContain(NEXT);
    expect(text(card().querySelector('h2'))).toBe('Demnächst in Hagenow');
    const items = [...card().querySelectorAll('li')];
    expect(items).toHaveLength(2);
    expect(text(items[0])).toMatch(
      /Wochenmarkt \w+, \d{1,2}\. \S+ \d{4}, 08:00 Uhr · Marktplatz Hagenow/,
    );
    expect(items[0]?.querySelector('a')?.getAttribute('href')).toMatch(/^\/veranstaltungen\//);
    expect(items[1]?.querySelector('del')).toBeTruthy();
    expect(text(items[1])).toContain('Abgesagt');
    expect(text(items[1])).toContain('19:30 Uhr');
    expect(await axeViolations(card())).toEqual([]);
  });

  it('speaks English and marks German-only titles', async () => {
    app = renderApp('/', server, 'en');
    await waitFor(() => expect(text(card())).toContain('Kammerkonzert im Museum'));
    expect(text(card().querySelector('h2'))).toBe('Coming up in Hagenow');
    const [market, concert] = [...card().querySelectorAll('li a span')];
    expect(text(market)).toBe('Weekly market');
    expect(concert?.getAttribute('lang')).toBe('de');
    expect(text(card())).toContain('Cancelled');
    expect(await axeViolations(card())).toEqual([]);
  });

  it('says when nothing is coming', async () => {
    server.answer(NEXT, page([]));
    app = renderApp('/', server);
    await waitFor(() =>
      expect(text(card())).toContain('In den nächsten Wochen ist nichts eingetragen.'),
    );
  });
});
