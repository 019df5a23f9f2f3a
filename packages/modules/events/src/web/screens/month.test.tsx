// @vitest-environment happy-dom
import { localDateOf } from '@city-app/core';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { at, CONCERT_ID, eventDate, page } from '../../../test/event-fixtures.js';
import {
  axeViolations,
  click,
  type FakeServer,
  fakeServer,
  type Rendered,
  renderApp,
  text,
  waitFor,
} from '../../../test/resident-web.js';
import { lastDayOf } from '../month/month-weeks.js';

const december = (day: number) => `2026-12-${String(day).padStart(2, '0')}`;
const request = (month: string, to: string, after?: string) =>
  `/api/events/dates?from=${month}-01&to=${to}&limit=200${after ? `&after=${after}` : ''}`;
const on = (day: string, overrides = {}) =>
  eventDate({
    localDate: day,
    originalDate: day,
    start: at(day, '10:00'),
    end: null,
    ...overrides,
  });

let server: FakeServer;
let app: Rendered | undefined;
beforeEach(() => {
  server = fakeServer();
  // Two pages: the grid asks until the month is complete.
  server.answer(
    request('2026-12', '2026-12-31'),
    page([on(december(3)), on(december(3), { eventId: CONCERT_ID })], 'bmV4dA'),
  );
  server.answer(
    request('2026-12', '2026-12-31', 'bmV4dA'),
    page([on(december(24)), on(december(28), { status: 'cancelled' })]),
  );
  server.answer(request('2027-01', '2027-01-31'), page([on('2027-01-09')]));
  server.answer(request('2026-11', '2026-11-30'), page([]));
});
afterEach(() => {
  app?.unmount();
  app = undefined;
});

const table = () => app?.container.querySelector('table');
const cell = (day: number) =>
  [...(table()?.querySelectorAll('td') ?? [])].find(
    (td) => td.querySelector('span')?.textContent === String(day),
  );
const link = (name: string) =>
  [...(app?.container.querySelectorAll('a') ?? [])].find((a) => text(a) === name);

describe('/veranstaltungen/monat', () => {
  it('is a table of the month whose days with events link to that day’s list', async () => {
    app = renderApp('/veranstaltungen/monat?month=2026-12', server);
    await waitFor(() => expect(cell(24)?.querySelector('a')).toBeTruthy());
    expect(table()?.caption?.textContent).toBe('Veranstaltungen im Dezember 2026');
    const headers = [...(table()?.querySelectorAll('thead th') ?? [])];
    expect(headers).toHaveLength(7);
    expect(headers[0]?.getAttribute('scope')).toBe('col');
    expect(headers[0]?.getAttribute('abbr')).toBe('Montag');
    // 1 December 2026 is a Tuesday: the first cell of the first week is empty.
    expect(table()?.querySelector('tbody td')?.textContent).toBe('');
    const third = cell(3)?.querySelector('a');
    expect(text(third)).toBe('2 Termine – Donnerstag, 3. Dezember 2026');
    expect(third?.getAttribute('href')).toBe('/veranstaltungen?from=2026-12-03&to=2026-12-03');
    expect(text(cell(24)?.querySelector('a'))).toMatch(/^1 Termin – /);
    // A day with only a cancelled date offers nothing to go to.
    expect(cell(28)?.querySelector('a')).toBeNull();
    expect(cell(4)?.querySelector('a')).toBeNull();
  });

  it('moves by month with links, the month kept in the address', async () => {
    app = renderApp('/veranstaltungen/monat?month=2026-12', server);
    await waitFor(() => expect(cell(24)?.querySelector('a')).toBeTruthy());
    click(link('Nächster Monat'));
    expect(window.location.search).toBe('?month=2027-01');
    await waitFor(() =>
      expect(table()?.caption?.textContent).toBe('Veranstaltungen im Januar 2027'),
    );
    await waitFor(() => expect(cell(9)?.querySelector('a')).toBeTruthy());
    click(link('Vorheriger Monat'));
    click(link('Vorheriger Monat'));
    await waitFor(() =>
      expect(text(app?.container)).toContain('In diesem Monat ist nichts eingetragen.'),
    );
    expect(server.requests).toContain(request('2026-11', '2026-11-30'));
    expect(window.location.search).toBe('?month=2026-11');
  });

  it('marks today, in words too', async () => {
    const today = localDateOf(new Date(), 'Europe/Berlin');
    server.answer(request(today.slice(0, 7), lastDayOf(today.slice(0, 7))), page([]));
    app = renderApp('/veranstaltungen/monat', server);
    const marked = await waitFor(() => {
      const found = table()?.querySelector('td[aria-current="date"]');
      expect(found).toBeTruthy();
      return found;
    });
    expect(text(marked)).toBe(`${Number(today.slice(8))} (heute)`);
  });

  it('speaks English', async () => {
    app = renderApp('/veranstaltungen/monat?month=2026-12', server, 'en');
    await waitFor(() => expect(cell(3)?.querySelector('a')).toBeTruthy());
    expect(table()?.caption?.textContent).toBe('Events in December 2026');
    expect(text(cell(3)?.querySelector('a'))).toBe('2 dates – Thursday, 3 December 2026');
    expect(table()?.querySelector('thead th')?.getAttribute('abbr')).toBe('Monday');
  });

  it.each(['de', 'en'] as const)('has no axe violations (%s)', async (locale) => {
    app = renderApp('/veranstaltungen/monat?month=2026-12', server, locale);
    await waitFor(() => expect(cell(24)?.querySelector('a')).toBeTruthy());
    expect(await axeViolations(app.container)).toEqual([]);
  });
});
