// The events calendar as a resident meets it in a freshly generated town, on its production build
// in Chromium, with the keyboard alone: the home card with the sample dates, the list with its
// spans and filters (kept in the address, so Back restores them), more dates on demand, a
// series' page with every date, the venue's accessibility, its schema.org data and a calendar
// file, and the month. axe-core checks every screen and state; 200 % text fits a phone.
import type { Browser, Locator, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { Cleanup, type RunningServer } from '../../create-city-app/test/e2e/support.js';
import { AxeReport, journeysRun, phonePage, press, startJourney } from './support/journey.js';
import { expectNoOverflowAt200 } from './support/text-size.js';

const TOWN = { name: 'Lübtheen', slug: 'luebtheen', state: 'DE-MV' };
const ADMIN = { email: 'kultur@luebtheen.example', password: 'Markt-Platz-Konzert-2027-Heide' };

/** One date as the residents' API lists it (the fields this journey reads). */
interface ListedDate {
  eventId: string;
  localDate: string;
  title: { de: string };
  category: { id: string };
  isFree: boolean;
}
interface DatePage {
  items: ListedDate[];
  next: string | null;
}

describe.skipIf(!journeysRun)(
  `the events calendar of ${TOWN.name}, on the production build`,
  { timeout: 60_000 },
  () => {
    const cleanup = new Cleanup();
    let server: RunningServer;
    let browser: Browser;
    let page: Page;
    const axe = new AxeReport();
    // The weekly market of the samples, found on the list.
    let marketPath = '';

    const checkAccessibility = (where: string) => axe.check(page, where);

    /** What the residents' API answers for the list's query. */
    async function apiDates(query: string): Promise<DatePage> {
      const answer = await fetch(`${server.url}/api/events/dates?${query}`);
      expect(answer.status, query).toBe(200);
      return (await answer.json()) as DatePage;
    }

    /** The list of dates on the screen, once loaded: the event links of its days, in order. */
    async function listedTitles(): Promise<string[]> {
      const list = page.getByRole('region', { name: 'Termine', exact: true });
      await list.getByRole('status').filter({ hasText: 'gefunden' }).waitFor();
      return list.getByRole('region').getByRole('link').allInnerTexts();
    }

    /** Waits until the list shows what the API answers for the same query (a page of 20). */
    async function expectListAsApi(query: string, where: string) {
      const expected = await apiDates(query ? `${query}&limit=20` : 'limit=20');
      await expect
        .poll(listedTitles, { message: where })
        .toEqual(expected.items.map((date) => date.title.de));
      // An empty span says where to look instead.
      if (expected.items.length === 0)
        await page.getByText(/Unter „Demnächst“ sehen Sie/).waitFor();
    }

    const span = (name: string): Locator =>
      page.getByRole('navigation', { name: 'Zeitraum' }).getByRole('link', { name });

    beforeAll(async () => {
      ({ server, browser } = await startJourney(TOWN, ADMIN, cleanup));
      page = await phonePage(browser, 'de-DE');
    }, 300_000);

    afterAll(async () => {
      await cleanup.run();
    }, 60_000);

    it('shows the next sample dates on the home screen at the first visit', async () => {
      await page.goto(server.url, { waitUntil: 'load' });
      const card = page.getByRole('listitem').filter({
        has: page.getByRole('heading', { level: 2, name: `Demnächst in ${TOWN.name}` }),
      });
      await card.waitFor();
      const next = (await apiDates('limit=5')).items;
      expect(next.length).toBeGreaterThan(0);
      // The card's first date is the API's first, with a link to its page.
      const first = card.getByRole('link', { name: next[0]?.title.de }).first();
      await first.waitFor();
      expect(await first.getAttribute('href')).toBe(`/veranstaltungen/${next[0]?.eventId}`);
      await checkAccessibility('/ (home card)');

      await press(
        page.getByRole('navigation', { name: 'Hauptnavigation' }).getByRole('link', {
          name: 'Veranstaltungen',
        }),
      );
      await page.getByRole('heading', { level: 1, name: 'Veranstaltungen' }).waitFor();
      expect(new URL(page.url()).pathname).toBe('/veranstaltungen');
      await span('Demnächst (gewählt)').waitFor();
      await page.getByText('Mehr als 20 Termine gefunden').waitFor();
      await checkAccessibility('/veranstaltungen');
      await expectNoOverflowAt200(page, '/veranstaltungen');
    });

    it('lists today, this weekend and what is coming up', async () => {
      await press(span('Heute'));
      await span('Heute (gewählt)').waitFor();
      expect(new URL(page.url()).search).toBe('?when=today');
      await expectListAsApi('when=today', 'Heute');
      await checkAccessibility('/veranstaltungen?when=today');

      await press(span('Dieses Wochenende'));
      await span('Dieses Wochenende (gewählt)').waitFor();
      expect(new URL(page.url()).search).toBe('?when=weekend');
      await expectListAsApi('when=weekend', 'Dieses Wochenende');
      await checkAccessibility('/veranstaltungen?when=weekend');

      await press(span('Demnächst'));
      await span('Demnächst (gewählt)').waitFor();
      expect(new URL(page.url()).search).toBe('');
      await expectListAsApi('', 'Demnächst');
    });

    it('filters by a category and free admission, and Back restores the list before', async () => {
      const unfiltered = await listedTitles();
      // The filters are folded away until asked for.
      await press(page.locator('summary', { hasText: 'Filter' }));
      const markets = page.getByRole('group', { name: 'Kategorien' }).getByLabel('Märkte');
      await markets.waitFor();
      await checkAccessibility('/veranstaltungen (filters open)');
      await press(markets, 'Space');
      await press(page.getByLabel('Nur kostenlose Veranstaltungen'), 'Space');
      // Ticking changes nothing until the resident asks for it.
      expect(new URL(page.url()).search).toBe('');
      await press(page.getByRole('button', { name: 'Anzeigen' }));
      await expect.poll(() => new URL(page.url()).search).toBe('?category=markt&free=true');
      await page.locator('summary', { hasText: 'Filter (2 aktiv)' }).waitFor();
      await expectListAsApi('category=markt&free=true', 'Märkte, Eintritt frei');
      const filtered = await apiDates('category=markt&free=true');
      for (const date of filtered.items) {
        expect(date.category.id).toBe('markt');
        expect(date.isFree).toBe(true);
      }
      expect(filtered.items.map((date) => date.title.de)).toContain('Wochenmarkt');
      await checkAccessibility('/veranstaltungen?category=markt&free=true');

      await page.goBack();
      await expect.poll(() => new URL(page.url()).search).toBe('');
      await page.locator('summary', { hasText: /^Filter$/ }).waitFor();
      await expect.poll(listedTitles).toEqual(unfiltered);

      await page.goForward();
      await page.locator('summary', { hasText: 'Filter (2 aktiv)' }).waitFor();
      expect(await page.getByLabel('Märkte').isChecked()).toBe(true);
      await page.goBack();
      await page.locator('summary', { hasText: /^Filter$/ }).waitFor();
    });

    it('loads more dates and moves the focus to the first new one', async () => {
      const firstPage = await listedTitles();
      expect(firstPage).toHaveLength(20);
      await press(page.getByRole('button', { name: 'Weitere laden' }));
      await expect.poll(async () => (await listedTitles()).length).toBeGreaterThan(20);
      const both = await listedTitles();
      expect(both.slice(0, 20)).toEqual(firstPage);
      // Reading goes on where the new dates start.
      await expect
        .poll(() => page.evaluate(() => document.activeElement?.textContent ?? ''))
        .toBe(both[20]);
      await page.getByText(/weitere Termine geladen\./).waitFor();
      await checkAccessibility('/veranstaltungen (more loaded)');
    });

    it('shows every date of the weekly market, its venue, its schema.org data and a calendar file', async () => {
      await press(
        page
          .getByRole('region', { name: 'Termine', exact: true })
          .getByRole('link', {
            name: 'Wochenmarkt',
          })
          .first(),
      );
      await page.getByRole('heading', { level: 1, name: 'Wochenmarkt' }).waitFor();
      marketPath = new URL(page.url()).pathname;
      const id = marketPath.split('/').at(-1) ?? '';
      const detail = (await (await fetch(`${server.url}/api/events/events/${id}`)).json()) as {
        dates: Array<{ localDate: string }>;
        moreDates: number;
      };
      // A year of Thursdays: every one of them on the page, each with its own calendar link.
      expect(detail.dates.length).toBeGreaterThan(40);
      const dates = page.getByRole('region', { name: 'Termine' }).locator('li');
      expect(await dates.count()).toBe(detail.dates.length);
      for (const text of await dates.allInnerTexts()) expect(text).toMatch(/^Donnerstag, /);
      await page.getByText(/^Wiederholung: Jeden Donnerstag/).waitFor();

      const venue = page.getByRole('region', { name: 'Ort' });
      await venue.getByText('Marktplatz am Rathaus').waitFor();
      await venue.getByRole('heading', { name: 'Barrierefreiheit' }).waitFor();
      const stepFree = venue.getByRole('term').filter({ hasText: 'Stufenloser Zugang' });
      expect(await stepFree.locator('xpath=following-sibling::dd[1]').textContent()).toBe('ja');
      await checkAccessibility('/veranstaltungen/:id (series)');
      await expectNoOverflowAt200(page, '/veranstaltungen/:id');

      // What search engines read: a schema.org Event with its schedule, in the head.
      const jsonLd = await page
        .locator('head script[type="application/ld+json"]')
        .first()
        .textContent();
      const data = JSON.parse(jsonLd ?? '{}') as {
        '@type': string;
        name: string;
        eventSchedule?: { '@type': string; byDay?: unknown; repeatFrequency?: string };
        location?: { name: string };
      };
      expect(data['@type']).toBe('Event');
      expect(data.name).toBe('Wochenmarkt');
      expect(data.location?.name).toBe('Marktplatz am Rathaus');
      expect(data.eventSchedule?.['@type']).toBe('Schedule');
      expect(data.eventSchedule?.repeatFrequency).toBe('P1W');

      // The first date's calendar link answers an iCalendar file, fetched as the page would.
      const link = page.getByRole('link', { name: /^In den Kalender\b/ }).first();
      const href = await link.getAttribute('href');
      expect(href).toMatch(/\/calendar\.ics$/);
      const file = await page.evaluate(async (url) => {
        const answer = await fetch(url);
        return { type: answer.headers.get('content-type'), text: await answer.text() };
      }, href ?? '');
      expect(file.type).toMatch(/^text\/calendar\b/);
      expect(file.text).toMatch(/^BEGIN:VCALENDAR\r\n/);
      expect(file.text).toContain('SUMMARY:Wochenmarkt');
    });

    it('shows the month, moves to the next one and opens a day with the keyboard', async () => {
      await press(page.getByRole('link', { name: 'Alle Veranstaltungen' }));
      await page.getByRole('heading', { level: 1, name: 'Veranstaltungen' }).waitFor();
      await press(span('Monatsansicht'));
      await page.getByRole('heading', { level: 1, name: 'Veranstaltungen nach Monat' }).waitFor();
      const caption = page.locator('caption');
      await caption.waitFor();
      const first = await caption.textContent();
      expect(first).toMatch(/^Veranstaltungen im /);
      await checkAccessibility('/veranstaltungen/monat');
      await expectNoOverflowAt200(page, '/veranstaltungen/monat');

      await press(page.getByRole('link', { name: 'Nächster Monat' }));
      await expect.poll(() => caption.textContent()).not.toBe(first);
      expect(new URL(page.url()).search).toMatch(/^\?month=\d{4}-\d{2}$/);
      // Weekly markets every Thursday: the next month has days with dates, each a link.
      const day = page.locator('table a').first();
      await day.waitFor();
      const name = (await day.textContent()) ?? '';
      const count = Number(/^(\d+) Termin/.exec(name)?.[1]);
      expect(count).toBeGreaterThan(0);
      await checkAccessibility('/veranstaltungen/monat?month=… (next)');

      await press(day);
      await expect.poll(() => new URL(page.url()).search).toMatch(/^\?from=.+&to=.+$/);
      const query = new URL(page.url()).search.slice(1);
      const [from, to] = [...new URLSearchParams(query).values()];
      expect(from).toBe(to);
      await expectListAsApi(query, 'a day of the month');
      expect(await listedTitles()).toHaveLength(count);
      await checkAccessibility('/veranstaltungen?from=…&to=… (a day)');
    });

    it('offers "Erinnern" per date and following categories, and explains why push cannot start', async () => {
      // As if the resident had allowed notifications: the browser here reaches no push service.
      await page.context().grantPermissions(['notifications'], { origin: server.url });
      await page.goto(`${server.url}${marketPath}`, { waitUntil: 'load' });
      await page.getByRole('heading', { level: 1, name: 'Wochenmarkt' }).waitFor();
      const dates = page.getByRole('region', { name: 'Termine', exact: true });
      await dates.getByLabel('Erinnerung').selectOption('1440');
      await press(dates.getByRole('button', { name: /^Erinnern: / }).first());
      const unreachable =
        'Der Push-Dienst Ihres Browsers ist gerade nicht erreichbar. Versuchen Sie es später noch einmal.';
      await dates.getByText(unreachable).first().waitFor();
      expect(await dates.textContent()).not.toMatch(/AbortError|Registration failed|push service/i);
      await checkAccessibility('/veranstaltungen/:id (Erinnern, push unreachable)');

      await page.goto(`${server.url}/einstellungen`, { waitUntil: 'load' });
      const section = page.getByRole('region', { name: 'Veranstaltungen' });
      const sport = section.getByRole('checkbox', { name: 'Sport' });
      await press(sport, 'Space');
      expect(await sport.isChecked()).toBe(true);
      await section.getByLabel('Wie viele Tage vorher möchten Sie davon hören?').selectOption('3');
      await checkAccessibility('/einstellungen (events)');
      await press(section.getByRole('button', { name: 'Kategorien speichern' }));
      await section.getByText(unreachable).first().waitFor();
      await checkAccessibility('/einstellungen (events, push unreachable)');
    });

    it('finds no WCAG 2.1 A/AA violation on the screens visited', () => {
      expect(String(axe)).toBe('');
    });
  },
);
