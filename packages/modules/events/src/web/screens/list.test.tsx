// @vitest-environment happy-dom
import { act } from 'react';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import {
  at,
  CONCERT_ID,
  eventDate,
  inDays,
  marketHall,
  page,
  VENUE_ID,
} from '../../../test/event-fixtures.js';
import {
  axeViolations,
  click,
  type FakeServer,
  fakeServer,
  fill,
  type Rendered,
  renderApp,
  text,
  waitFor,
} from '../../../test/resident-web.js';

const UPCOMING = '/api/events/dates?when=upcoming&limit=20';
const concert = eventDate({
  eventId: CONCERT_ID,
  localDate: inDays(2),
  originalDate: inDays(2),
  start: at(inDays(2), '19:30'),
  end: at(inDays(2), '21:45'),
  title: { de: 'Kammerkonzert im Museum' },
  category: { id: 'kultur', title: { de: 'Kultur & Konzerte', en: 'Culture & concerts' } },
  place: 'Museum Hagenow',
  venue: null,
  isFree: false,
  price: '8 €, ermäßigt 5 €',
  series: false,
});
const dates = [
  eventDate(),
  eventDate({
    localDate: inDays(7),
    originalDate: inDays(7),
    start: at(inDays(7), '08:00'),
    status: 'cancelled',
  }),
  eventDate({
    localDate: inDays(15),
    originalDate: inDays(14),
    start: at(inDays(15), '09:00'),
    status: 'moved',
  }),
];

let server: FakeServer;
let app: Rendered | undefined;
beforeEach(() => {
  server = fakeServer();
  server.answer('/api/events/venues', { items: [marketHall] });
  server.answer(UPCOMING, page([dates[0], concert, dates[1], dates[2]] as never));
});
afterEach(() => {
  app?.unmount();
  app = undefined;
});

const listSection = () => app?.container.querySelector('section[aria-labelledby="events-list"]');
const entries = () => [...(listSection()?.querySelectorAll('li') ?? [])];
const link = (name: string) =>
  [...(app?.container.querySelectorAll('a') ?? [])].find((a) => text(a).includes(name));
const button = (name: string) =>
  [...(app?.container.querySelectorAll('button') ?? [])].find((b) => text(b) === name);

describe('/veranstaltungen', () => {
  it('lists what is coming by day, with times, place, price, and cancelled or moved in words', async () => {
    app = renderApp('/veranstaltungen', server);
    await waitFor(() => expect(entries()).toHaveLength(4));
    expect(server.requests).toContain(UPCOMING);
    const days = [...(listSection()?.querySelectorAll('h3') ?? [])].map(text);
    expect(days).toHaveLength(4);
    expect(days[0]).toMatch(/^\w+, \d{1,2}\. \S+ \d{4}$/);
    const [market, evening, cancelled, moved] = entries();
    expect(text(market)).toContain('Wochenmarkt');
    expect(text(market)).toContain('08:00–13:00 Uhr');
    expect(text(market)).toContain('Eintritt frei');
    expect(text(market)).toContain('Stufenloser Zugang');
    expect(market?.querySelector('a')?.getAttribute('href')).toMatch(/^\/veranstaltungen\/3f0c/);
    expect(text(evening)).toContain('19:30–21:45 Uhr · Museum Hagenow · 8 €, ermäßigt 5 €');
    expect(text(evening)).toContain('Kultur & Konzerte');
    // Cancelled: struck through AND said in words.
    expect(cancelled?.querySelector('del')?.textContent).toBe('Wochenmarkt');
    expect(text(cancelled)).toContain('Abgesagt');
    expect(text(moved)).toContain('Verlegt, ursprünglich am');
    expect(moved?.querySelector('del')).toBeNull();
    expect(text(listSection())).toContain('4 Termine gefunden');
  });

  it('changes the span by link, keeps it in the address, and Back returns to the one before', async () => {
    server.answer('/api/events/dates?when=today&limit=20', page([eventDate()]));
    app = renderApp('/veranstaltungen', server);
    await waitFor(() => expect(entries()).toHaveLength(4));
    expect(link('Demnächst')?.textContent).toContain('gewählt');
    click(link('Heute'));
    expect(window.location.search).toBe('?when=today');
    await waitFor(() => expect(entries()).toHaveLength(1));
    expect(server.requests.at(-1)).toBe('/api/events/dates?when=today&limit=20');
    expect(link('Heute')?.textContent).toContain('gewählt');
    // The venues to filter by are asked for once per visit, not with every choice.
    expect(server.requests.filter((r) => r === '/api/events/venues')).toHaveLength(1);
    await act(async () => {
      window.history.back();
      await new Promise((resolve) => setTimeout(resolve, 50));
    });
    await waitFor(() => expect(entries()).toHaveLength(4));
    expect(window.location.search).toBe('');
  });

  it('applies the filters as one request, and shows them again from a shared link', async () => {
    const filtered = `/api/events/dates?category=kultur%2Csport&venue=${VENUE_ID}&free=true&stepFree=true&q=Konzert&when=upcoming&limit=20`;
    server.answer(filtered, page([concert]));
    app = renderApp('/veranstaltungen', server);
    await waitFor(() => expect(entries()).toHaveLength(4));
    const form = app.container.querySelector('form') as HTMLFormElement;
    const box = (name: string) =>
      [...form.querySelectorAll('input[type="checkbox"]')].find(
        (input) => text(form.querySelector(`label[for="${input.id}"]`)) === name,
      );
    click(box('Kultur & Konzerte'));
    click(box('Sport'));
    click(box('Nur kostenlose Veranstaltungen'));
    click(box('Nur Orte mit stufenlosem Zugang'));
    fill(form.querySelector('input[type="search"]'), ' Konzert ');
    await waitFor(() => expect(form.querySelector('select')).toBeTruthy());
    fill(form.querySelector('select'), VENUE_ID);
    // Ticking boxes changes nothing until the resident asks for it.
    expect(server.requests).not.toContain(filtered);
    click(button('Anzeigen'));
    await waitFor(() => expect(entries()).toHaveLength(1));
    expect(server.requests.at(-1)).toBe(filtered);
    expect(window.location.search).toBe(
      `?category=kultur%2Csport&venue=${VENUE_ID}&free=true&stepFree=true&q=Konzert`,
    );
    app.unmount();
    // The same address opened afresh shows the same choice, the panel open.
    app = renderApp(`/veranstaltungen${window.location.search}`, server);
    await waitFor(() => expect(entries()).toHaveLength(1));
    expect(text(app.container.querySelector('summary'))).toBe('Filter (6 aktiv)');
    expect(app.container.querySelector('details')?.open).toBe(true);
    expect((app.container.querySelector('input[type="search"]') as HTMLInputElement).value).toBe(
      'Konzert',
    );
  });

  it('asks for the chosen days, and shows the server’s refusal of a range', async () => {
    const range = `/api/events/dates?from=${inDays(10)}&to=${inDays(3)}&limit=20`;
    server.answer(
      range,
      {
        code: 'validation_failed',
        message: 'Das Ende des Zeitraums muss am oder nach seinem Anfang liegen.',
        field: 'to',
      },
      400,
    );
    app = renderApp('/veranstaltungen?when=today', server);
    const form = await waitFor(() => app?.container.querySelector('form') as HTMLFormElement);
    const [from, to] = [...form.querySelectorAll('input[type="date"]')];
    fill(from, inDays(10));
    fill(to, inDays(3));
    click(button('Anzeigen'));
    await waitFor(() => expect(server.requests.at(-1)).toBe(range));
    await waitFor(() =>
      expect(text(listSection())).toContain(
        'Das Ende des Zeitraums muss am oder nach seinem Anfang liegen.',
      ),
    );
    expect(window.location.search).toBe(`?from=${inDays(10)}&to=${inDays(3)}`);
  });

  it('appends the next page at "Weitere laden" and says how many came', async () => {
    server.answer(UPCOMING, page([eventDate(), concert], 'c2Vjb25k'));
    server.answer(
      '/api/events/dates?when=upcoming&limit=20&after=c2Vjb25k',
      page([dates[1], dates[2]] as never),
    );
    app = renderApp('/veranstaltungen', server);
    await waitFor(() => expect(entries()).toHaveLength(2));
    expect(text(listSection())).toContain('Mehr als 2 Termine gefunden');
    click(button('Weitere laden'));
    await waitFor(() => expect(entries()).toHaveLength(4));
    expect(text(entries()[0])).toContain('Wochenmarkt');
    // Reading goes on at the first new date; the button is gone on the last page.
    expect(document.activeElement).toBe(entries()[2]?.querySelector('a'));
    expect(text(listSection())).toContain('2 weitere Termine geladen.');
    // The last page: no button any more.
    expect(button('Weitere laden')).toBeUndefined();
  });

  it('keeps what it shows when a further page fails, and says so in its own words', async () => {
    server.answer(UPCOMING, page([eventDate(), concert], 'c2Vjb25k'));
    server.answer('/api/events/dates?when=upcoming&limit=20&after=c2Vjb25k', 'Bad Gateway', 502);
    app = renderApp('/veranstaltungen', server);
    await waitFor(() => expect(entries()).toHaveLength(2));
    click(button('Weitere laden'));
    const alert = await waitFor(() => {
      const found = listSection()?.querySelector('[role="alert"]');
      expect(found).toBeTruthy();
      return found;
    });
    expect(text(alert)).toBe('Das hat nicht geklappt. Bitte versuchen Sie es erneut.');
    expect(entries()).toHaveLength(2);
    expect(button('Weitere laden')).toBeTruthy();
  });

  it('says what to do when nothing is on', async () => {
    server.answer('/api/events/dates?when=weekend&limit=20', page([]));
    server.answer('/api/events/dates?when=weekend&free=true&limit=20', page([]));
    app = renderApp('/veranstaltungen?when=weekend', server);
    await waitFor(() =>
      expect(text(listSection())).toContain('Am Wochenende ist nichts eingetragen.'),
    );
    expect(link('Demnächst')).toBeTruthy();
    app.unmount();
    app = renderApp('/veranstaltungen?when=weekend&free=true', server);
    await waitFor(() =>
      expect(text(listSection())).toContain('Mit diesen Filtern gibt es keine Termine.'),
    );
    const reset = [...(listSection()?.querySelectorAll('a') ?? [])].find(
      (a) => text(a) === 'Alle Filter zurücksetzen',
    );
    expect(reset?.getAttribute('href')).toBe('/veranstaltungen?when=weekend');
  });

  it('speaks English, and marks German titles that have no English as German', async () => {
    app = renderApp('/veranstaltungen', server, 'en');
    await waitFor(() => expect(entries()).toHaveLength(4));
    const [market, evening, cancelled] = entries();
    expect(text(market?.querySelector('a'))).toBe('Weekly market');
    expect(market?.querySelector('a span')?.getAttribute('lang')).toBeNull();
    const german = evening?.querySelector('a span');
    expect(text(german)).toBe('Kammerkonzert im Museum');
    expect(german?.getAttribute('lang')).toBe('de');
    expect(text(cancelled)).toContain('Cancelled');
    expect(text(market)).toContain('Free admission');
    expect(text(app.container.querySelector('h1'))).toBe('Events');
  });

  it.each(['de', 'en'] as const)('has no axe violations (%s), filters open', async (locale) => {
    server.answer(
      '/api/events/dates?free=true&when=upcoming&limit=20',
      page([eventDate(), concert], 'bmV4dA'),
    );
    app = renderApp('/veranstaltungen?free=true', server, locale);
    await waitFor(() => expect(entries()).toHaveLength(2));
    await waitFor(() => expect(app?.container.querySelector('select')).toBeTruthy());
    expect(await axeViolations(app.container)).toEqual([]);
  });
});
