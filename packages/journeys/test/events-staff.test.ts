// The events module's staff screens in a freshly generated town, on its production build in
// Chromium, with the keyboard alone: the list with the samples marked, a weekly series on two
// weekdays ending after a count (refused first for an end before the start), one date called
// off with a note and another moved, both as residents read them, and the venues: one added
// with step-free access, one in use that cannot be deleted. axe-core checks every screen.
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { Cleanup, type RunningServer } from '../../create-city-app/test/e2e/support.js';
import {
  AxeReport,
  followStaffNav,
  journeysRun,
  phonePage,
  press,
  signIn,
  startJourney,
  typeInto,
} from './support/journey.js';

const TOWN = { name: 'Dömitz', slug: 'doemitz', state: 'DE-MV' };
const ADMIN = {
  email: 'veranstaltungen@doemitz.example',
  password: 'Festung-Elbe-Konzert-2027-Hafen',
};

const TITLE = 'Skatabend im Jugendclub';
const NOTE = 'Wegen Sturmwarnung';
const VENUE = 'Festungsgraben am Hafen';
const DAY = 86_400_000;

/** A date as the residents' API shows an event's dates. */
interface ResidentDate {
  originalDate: string;
  localDate: string;
  status: 'scheduled' | 'cancelled' | 'moved';
  note: string | null;
}

/** YYYY-MM-DD of an instant, as a day number from 1970 counts it. */
const isoDay = (time: number) => new Date(time).toISOString().slice(0, 10);

/** "Dienstag, 12. Januar 2027", as the staff screens name a date. */
const germanDate = (date: string) =>
  new Intl.DateTimeFormat('de-DE', {
    weekday: 'long',
    day: 'numeric',
    month: 'long',
    year: 'numeric',
    timeZone: 'UTC',
  }).format(new Date(`${date}T12:00:00Z`));

/** The Tuesday at least two weeks ahead: the series' first day, whatever day the suite runs. */
function firstTuesday(): string {
  const start = Date.UTC(
    new Date().getUTCFullYear(),
    new Date().getUTCMonth(),
    new Date().getUTCDate() + 14,
  );
  const ahead = (2 - new Date(start).getUTCDay() + 7) % 7;
  return isoDay(start + ahead * DAY);
}

describe.skipIf(!journeysRun)(
  `the events module's staff screens of ${TOWN.name}, with the keyboard`,
  { timeout: 60_000 },
  () => {
    const cleanup = new Cleanup();
    let server: RunningServer;
    let browser: Browser;
    let page: Page;
    const axe = new AxeReport();
    // The series this journey makes: Tuesdays and Thursdays, six dates from `tuesday` on.
    const tuesday = firstTuesday();
    const thursday = isoDay(Date.parse(tuesday) + 2 * DAY);
    const nextTuesday = isoDay(Date.parse(tuesday) + 7 * DAY);
    const movedTo = isoDay(Date.parse(nextTuesday) + DAY);
    let eventId = '';

    const checkAccessibility = (where: string) => axe.check(page, where);

    /** Follows a link of the staff navigation with the keyboard. */
    const openSection = (name: string, heading: string) =>
      followStaffNav(page, 'Bereiche der Veranstaltungen', name, heading);

    /** The event's dates as residents read them. */
    async function residentDates(): Promise<ResidentDate[]> {
      const answer = await fetch(`${server.url}/api/events/events/${eventId}`);
      expect(answer.status).toBe(200);
      return ((await answer.json()) as { dates: ResidentDate[] }).dates;
    }

    beforeAll(async () => {
      ({ server, browser } = await startJourney(TOWN, ADMIN, cleanup));
      page = await phonePage(browser, 'de-DE');
    }, 300_000);

    afterAll(async () => {
      await cleanup.run();
    }, 60_000);

    it('signs in and lists the events, the samples marked as such', async () => {
      await page.goto(`${server.url}/admin/veranstaltungen`, { waitUntil: 'load' });
      await signIn(page, ADMIN, 'Veranstaltungen verwalten');
      await page
        .getByRole('status')
        .filter({ hasText: /^Gefunden: \d+$/ })
        .waitFor();
      const market = page.getByRole('row', { name: /^Wochenmarkt / });
      await market.getByText('Reihe', { exact: true }).waitFor();
      await market.getByText('Beispiel', { exact: true }).waitFor();
      await checkAccessibility('/admin/veranstaltungen');

      // Searching narrows the list to the titles that contain the words.
      await typeInto(page.getByLabel('Titel enthält'), 'markt');
      await press(page.getByRole('button', { name: 'Suchen' }));
      const titles = page
        .getByRole('table', { name: 'Veranstaltungen' })
        .getByRole('rowheader')
        .getByRole('link');
      // While the narrowed list loads the table may be empty for a moment; wait for the answer.
      await expect
        .poll(async () => {
          const shown = await titles.allInnerTexts();
          return shown.length > 0 && shown.every((title) => /markt/i.test(title));
        })
        .toBe(true);
      const found = await titles.allInnerTexts();
      expect(found).toContain('Wochenmarkt');
      await page
        .getByRole('status')
        .filter({ hasText: `Gefunden: ${found.length}` })
        .waitFor();
      await checkAccessibility('/admin/veranstaltungen?q=markt');
    });

    it('creates a weekly series on two weekdays, ending after twelve dates, after an error', async () => {
      await openSection('Neue Veranstaltung', 'Neue Veranstaltung');
      await checkAccessibility('/admin/veranstaltungen/neu');
      await typeInto(page.getByLabel('Titel', { exact: false }).first(), TITLE);
      await page.getByLabel(/^Kategorie/).selectOption({ label: 'Familie & Kinder' });
      await page.getByLabel('Veranstaltungsort').selectOption({ label: 'Jugendclub Dömitz' });
      await page.getByLabel(/^Erster Tag/).fill(tuesday);
      // Date and time fields take their value whole (their segments are the browser's own).
      await page.getByLabel('Uhrzeit des Beginns').fill('19:00');
      // An end before the start: the server refuses it and the form says where.
      await page.getByLabel('Uhrzeit des Endes').fill('18:00');
      await press(page.getByRole('radio', { name: 'Wöchentlich' }), 'Space');
      const weekdays = page.getByRole('group', { name: 'An diesen Wochentagen' });
      const onTuesday = weekdays.getByRole('checkbox', { name: 'Dienstag' });
      if (!(await onTuesday.isChecked())) await press(onTuesday, 'Space');
      await press(weekdays.getByRole('checkbox', { name: 'Donnerstag' }), 'Space');
      await press(page.getByRole('radio', { name: 'Nach einer Anzahl von Terminen' }), 'Space');
      await typeInto(page.getByLabel(/^Anzahl der Termine/), '12');
      await press(page.getByRole('button', { name: 'Veranstaltung veröffentlichen' }));

      const summary = page.getByRole('region', { name: 'Bitte prüfen Sie Ihre Angaben' });
      await summary.waitFor();
      const problem = summary.getByRole('link', { name: /Endzeit muss nach der Anfangszeit/ });
      await problem.waitFor();
      expect(await summary.getByRole('link').count()).toBe(1);
      await checkAccessibility('/admin/veranstaltungen/neu (error)');
      // The summary's link leads to the field.
      await press(problem);
      await expect.poll(() => page.evaluate(() => document.activeElement?.id)).toMatch(/endTime$/);

      await page.getByLabel('Uhrzeit des Endes').fill('22:00');
      await press(page.getByRole('button', { name: 'Veranstaltung veröffentlichen' }));
      await page.getByText(`„${TITLE}“ ist veröffentlicht.`).waitFor();
      await page.getByRole('heading', { level: 1, name: TITLE }).waitFor();
      eventId = new URL(page.url()).pathname.split('/').at(-1) ?? '';
      expect(eventId).toMatch(/^[0-9a-f-]{36}$/);
      await checkAccessibility('/admin/veranstaltungen/:id (created)');

      // Residents read twelve dates, Tuesdays and Thursdays, from the first day on.
      const dates = await residentDates();
      expect(dates.map((d) => d.localDate)).toEqual(
        [0, 2, 7, 9, 14, 16, 21, 23, 28, 30, 35, 37].map((days) =>
          isoDay(Date.parse(tuesday) + days * DAY),
        ),
      );

      // Staff see the next five and open all twelve with the keyboard: a short page on a phone.
      const rows = page.getByRole('table', { name: 'Termine' }).locator('tbody tr');
      expect(await rows.count()).toBe(5);
      const all = page.getByRole('button', { name: 'Alle 12 Termine zeigen' });
      expect(await all.getAttribute('aria-expanded')).toBe('false');
      await press(all);
      await expect.poll(() => rows.count()).toBe(12);
      const fewer = page.getByRole('button', { name: 'Nur die nächsten 5 Termine zeigen' });
      expect(await fewer.getAttribute('aria-expanded')).toBe('true');
      await checkAccessibility('/admin/veranstaltungen/:id (all dates)');
    });

    it('cancels one date with a note and moves another', async () => {
      await press(page.getByRole('button', { name: `Absagen: Termin am ${germanDate(thursday)}` }));
      const cancelForm = page.getByRole('region', {
        name: `Termin am ${germanDate(thursday)} absagen`,
      });
      await cancelForm.waitFor();
      await checkAccessibility('/admin/veranstaltungen/:id (cancel a date)');
      await typeInto(cancelForm.getByLabel(/^Hinweis für die Bürgerinnen und Bürger/), NOTE);
      await press(cancelForm.getByRole('button', { name: 'Termin absagen' }));
      await page.getByText(`Der Termin am ${germanDate(thursday)} ist abgesagt.`).waitFor();

      await press(
        page.getByRole('button', { name: `Verlegen: Termin am ${germanDate(nextTuesday)}` }),
      );
      const moveForm = page.getByRole('region', {
        name: `Termin am ${germanDate(nextTuesday)} verlegen`,
      });
      await moveForm.waitFor();
      // The form starts from the date's own day; the series' times stay when left empty.
      const newDay = moveForm.getByLabel(/^Neuer Tag/);
      expect(await newDay.inputValue()).toBe(nextTuesday);
      await checkAccessibility('/admin/veranstaltungen/:id (move a date)');
      await newDay.fill(movedTo);
      await press(moveForm.getByRole('button', { name: 'Termin verlegen' }));
      await page
        .getByText(
          `Der Termin am ${germanDate(nextTuesday)} ist auf den ${germanDate(movedTo)} verlegt.`,
        )
        .waitFor();
      await checkAccessibility('/admin/veranstaltungen/:id (dates changed)');

      const dates = await residentDates();
      expect(dates.find((d) => d.originalDate === thursday)).toMatchObject({
        status: 'cancelled',
        note: NOTE,
      });
      expect(dates.find((d) => d.originalDate === nextTuesday)).toMatchObject({
        status: 'moved',
        localDate: movedTo,
      });
    });

    it('shows residents the cancelled and the moved date on the event page', async () => {
      const resident = await browser.newPage({ locale: 'de-DE' });
      cleanup.add(() => resident.close());
      await resident.goto(`${server.url}/veranstaltungen/${eventId}`, { waitUntil: 'load' });
      await resident.getByRole('heading', { level: 1, name: TITLE }).waitFor();
      const dates = resident.getByRole('region', { name: 'Termine' }).locator('li');
      const cancelled = dates.filter({ hasText: germanDate(thursday) });
      await cancelled.getByText('Abgesagt').waitFor();
      await cancelled.getByText(NOTE).waitFor();
      // A cancelled date offers no calendar file; the others do.
      expect(await cancelled.getByRole('link').count()).toBe(0);
      const moved = dates.filter({ hasText: germanDate(movedTo) });
      await moved.getByText(`Verlegt, ursprünglich am ${germanDate(nextTuesday)}`).waitFor();
      await axe.check(resident, '/veranstaltungen/:id (cancelled and moved dates)');
    });

    it('adds a step-free venue, and cannot delete one that events use', async () => {
      await openSection('Veranstaltungsorte', 'Veranstaltungsorte');
      await checkAccessibility('/admin/veranstaltungen/orte');
      const form = page.getByRole('region', { name: 'Neuer Veranstaltungsort' });
      // Sent without a name: the form says what is missing.
      await press(form.getByRole('button', { name: 'Ort anlegen' }));
      await form
        .getByText('Geben Sie einen Namen mit mindestens zwei Zeichen an.')
        .first()
        .waitFor();
      await checkAccessibility('/admin/veranstaltungen/orte (error)');

      await typeInto(form.getByLabel(/^Name/), VENUE);
      await typeInto(form.getByLabel('Straße und Hausnummer'), 'Am Hafen 3');
      await typeInto(form.getByLabel('Postleitzahl'), '19303');
      await typeInto(form.getByLabel('Ort', { exact: true }), TOWN.name);
      await press(form.getByRole('checkbox', { name: 'Stufenlos erreichbar' }), 'Space');
      await press(form.getByRole('button', { name: 'Ort anlegen' }));
      await page.getByText(`„${VENUE}“ ist angelegt.`).waitFor();
      const row = page.getByRole('row', { name: new RegExp(`^${VENUE}`) });
      await row.getByText('Stufenlos erreichbar').waitFor();
      await checkAccessibility('/admin/veranstaltungen/orte (added)');
      const venues = (await (await fetch(`${server.url}/api/events/venues`)).json()) as {
        items: Array<{ name: string; accessibility: { stepFree: boolean } }>;
      };
      expect(venues.items.find((v) => v.name === VENUE)?.accessibility.stepFree).toBe(true);

      // The youth club hosts the new series (and samples): it stays.
      const inUse = 'Jugendclub Dömitz';
      await press(page.getByRole('button', { name: `Löschen: „${inUse}“` }));
      const dialog = page.getByRole('dialog', { name: 'Veranstaltungsort löschen?' });
      await dialog.waitFor();
      await checkAccessibility('/admin/veranstaltungen/orte (delete?)');
      await press(dialog.getByRole('button', { name: 'Endgültig löschen' }));
      await page
        .getByText(new RegExp(`^Am Ort „${inUse}“ finden noch \\d+ Veranstaltungen statt\\.`))
        .first()
        .waitFor();
      await page
        .getByText('Ordnen Sie diese Veranstaltungen zuerst einem anderen Ort zu.')
        .first()
        .waitFor();
      await checkAccessibility('/admin/veranstaltungen/orte (in use)');
      expect(await page.getByRole('row', { name: new RegExp(`^${inUse}`) }).count()).toBe(1);
    });

    it('finds no WCAG 2.1 A/AA violation on the screens visited', () => {
      expect(String(axe)).toBe('');
    });
  },
);
