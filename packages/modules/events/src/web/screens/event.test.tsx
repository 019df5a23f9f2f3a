// @vitest-environment happy-dom
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { inDays, MARKET_ID, marketDetail } from '../../../test/event-fixtures.js';
import {
  axeViolations,
  type FakeServer,
  fakeServer,
  type Rendered,
  renderApp,
  text,
  waitFor,
} from '../../../test/resident-web.js';

const PAGE = `/veranstaltungen/${MARKET_ID}`;
const API = `/api/events/events/${MARKET_ID}`;

let server: FakeServer;
let app: Rendered | undefined;
beforeEach(() => {
  server = fakeServer();
  server.answer(API, marketDetail());
});
afterEach(() => {
  app?.unmount();
  app = undefined;
});

const heading = () => app?.container.querySelector('h1');
const section = (id: string) => app?.container.querySelector(`section[aria-labelledby="${id}"]`);
const jsonLd = () => document.head.querySelectorAll('script[type="application/ld+json"]');

describe('/veranstaltungen/:id', () => {
  it('shows what, when, where, who and what it costs', async () => {
    app = renderApp(PAGE, server);
    await waitFor(() => expect(text(heading())).toBe('Wochenmarkt'));
    expect(server.requests).toContain(API);
    expect(text(app.container)).toContain('Märkte');
    const image = app.container.querySelector('img');
    expect(image?.getAttribute('alt')).toBe('Marktstände mit Gemüse');
    const dates = section('events-dates');
    expect(text(dates)).toContain('Wiederholung: Jeden Donnerstag');
    const items = [...(dates?.querySelectorAll('li') ?? [])];
    expect(items).toHaveLength(3);
    expect(text(items[0])).toContain('08:00–13:00 Uhr');
    // A cancelled date: struck through, the word, and no calendar link.
    expect(items[1]?.querySelector('del')).toBeTruthy();
    expect(text(items[1])).toContain('Abgesagt');
    // With staff's word why, in German (marked so on an English page).
    expect(text(items[1])).toContain('Wegen Sturmwarnung');
    expect(items[1]?.querySelector('a')).toBeNull();
    expect(text(items[2])).toContain('Verlegt, ursprünglich am');
    expect(text(items[2])).toContain('09:00–13:00 Uhr');
    expect(text(dates)).toContain('Dazu kommen 74 weitere Termine.');
    // One date, and the whole series, into the phone's calendar.
    const one = items[0]?.querySelector('a');
    expect(one?.getAttribute('href')).toBe(`${API}/dates/${inDays(1)}/calendar.ics`);
    // Named with its day as one phrase (no stray space before a hidden part), visible words first.
    expect(text(one)).toBe('In den Kalender');
    expect(one?.getAttribute('aria-label')).toMatch(/^In den Kalender: \w+, \d+\. \w+ \d{4}$/);
    const moved = items[2]?.querySelector('a');
    expect(moved?.getAttribute('href')).toBe(`${API}/dates/${inDays(15)}/calendar.ics`);
    const all = [...(dates?.querySelectorAll('a') ?? [])].find(
      (a) => text(a) === 'Alle Termine in den Kalender',
    );
    expect(all?.getAttribute('href')).toBe(`${API}/calendar.ics`);
    // The venue and what it offers, each fact in words.
    const place = section('events-place');
    const address = place?.querySelector('address');
    // Name, street, postcode and town on lines of their own.
    expect(address?.querySelectorAll('br')).toHaveLength(2);
    expect(text(address)).toBe('Marktplatz HagenowLange Straße 2819230 Hagenow');
    const facts = [...(place?.querySelectorAll('dt') ?? [])].map(
      (dt) => `${text(dt)}: ${text(dt.nextElementSibling)}`,
    );
    expect(facts).toEqual([
      'Stufenloser Zugang: ja',
      'Barrierefreies WC: nein',
      'Induktive Höranlage: ja',
    ]);
    expect(text(place)).toContain('Pflaster an der Kirche');
    const organiser = [...app.container.querySelectorAll('a')].find(
      (a) => text(a) === 'Stadt Hagenow',
    );
    expect(organiser?.getAttribute('href')).toBe('https://www.hagenow.de/');
    const price = [...app.container.querySelectorAll('dt')].find((dt) => text(dt) === 'Eintritt');
    expect(text(price?.nextElementSibling)).toBe('Eintritt frei');
    expect(app.container.querySelector('a[href="https://www.hagenow.de/markt"]')).toBeTruthy();
    // Plain text with paragraphs; a single line break stays one.
    const about = section('events-about');
    expect(about?.querySelectorAll('p')).toHaveLength(2);
    expect(about?.querySelectorAll('br')).toHaveLength(1);
  });

  it('puts the schema.org Event into the head while shown, and takes it out when left', async () => {
    app = renderApp(PAGE, server);
    await waitFor(() => expect(jsonLd()).toHaveLength(1));
    expect(JSON.parse(jsonLd()[0]?.textContent ?? '')).toMatchObject({
      '@type': 'Event',
      name: 'Wochenmarkt',
    });
    app.unmount();
    app = undefined;
    expect(jsonLd()).toHaveLength(0);
  });

  it('falls back to German in English, marked lang="de", and names what is in English', async () => {
    app = renderApp(PAGE, server, 'en');
    await waitFor(() => expect(text(heading())).toBe('Weekly market'));
    expect(heading()?.querySelector('[lang]')).toBeNull();
    const description = section('events-about')?.querySelector('[lang]');
    expect(description?.getAttribute('lang')).toBe('de');
    expect(text(description)).toContain('Obst, Gemüse und Blumen');
    expect(text(section('events-dates'))).toContain('Repeats: Every Thursday');
    expect(text(section('events-dates'))).toContain('Cancelled');
    expect(text(section('events-place'))).toContain('Accessible toilet');
    expect(text(app.container)).toContain('Free admission');
    // What the town wrote only in German says so: the venue, its note, staff's word on a date.
    const german = (within: Element | null | undefined, words: string) =>
      [...(within?.querySelectorAll('[lang="de"]') ?? [])].some((e) => text(e).includes(words));
    expect(german(section('events-place'), 'Pflaster an der Kirche')).toBe(true);
    expect(section('events-place')?.querySelector('address')?.getAttribute('lang')).toBe('de');
    expect(german(section('events-dates'), 'Wegen Sturmwarnung')).toBe(true);
    expect(text(app.container)).toContain('Organiser');
    expect(german(app.container, 'Stadt Hagenow')).toBe(true);
    server.answer(API, marketDetail({ title: { de: 'Flohmarkt' }, repeats: null }));
    app.unmount();
    app = renderApp(PAGE, server, 'en');
    await waitFor(() => expect(text(heading())).toBe('Flohmarkt'));
    expect(heading()?.querySelector('span')?.getAttribute('lang')).toBe('de');
    // One date alone: no series to add.
    expect(text(section('events-dates'))).not.toContain('Add all dates');
  });

  it('says a called-off event is cancelled, on every date', async () => {
    server.answer(API, marketDetail({ cancelled: true }));
    app = renderApp(PAGE, server);
    await waitFor(() =>
      expect(text(app?.container)).toContain('Diese Veranstaltung ist abgesagt.'),
    );
    const items = [...(section('events-dates')?.querySelectorAll('li') ?? [])];
    expect(
      items.every((item) => text(item).includes('Abgesagt') && item.querySelector('del')),
    ).toBe(true);
    expect(section('events-dates')?.querySelector('a')).toBeNull();
  });

  it('shows the server’s words for an event that is gone', async () => {
    server.answer(
      API,
      {
        code: 'not_found',
        message: 'Die Veranstaltung wurde nicht gefunden.',
        hint: 'Vielleicht wurde sie gelöscht.',
      },
      404,
    );
    app = renderApp(PAGE, server);
    await waitFor(() =>
      expect(text(app?.container)).toContain(
        'Die Veranstaltung wurde nicht gefunden. Vielleicht wurde sie gelöscht.',
      ),
    );
    expect(jsonLd()).toHaveLength(0);
    expect(app.container.querySelector('a[href="/veranstaltungen"]')).toBeTruthy();
  });

  it.each(['de', 'en'] as const)('has no axe violations (%s)', async (locale) => {
    app = renderApp(PAGE, server, locale);
    await waitFor(() => expect(section('events-about')).toBeTruthy());
    expect(await axeViolations(app.container)).toEqual([]);
  });
});
