// The waste calendar's staff screens in a freshly generated town, on its production build in
// Chromium, with the keyboard alone: the overview, the mapping table, the streets (search, one
// street's house numbers and tours), one tour (rename, move, cancel, restore, shift a range)
// and a calendar address read from a server of the authority. After each change the resident's
// API shows it; axe-core checks every screen and state visited.
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
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
import { expectNoOverflowAt200 } from './support/text-size.js';

const TOWN = { name: 'Wittenburg', slug: 'wittenburg', state: 'DE-MV' };
const ADMIN = { email: 'abfall@wittenburg.example', password: 'Tonnen-Tour-am-Elbdeich-2027' };

// The authority's calendar of one street: a Thursday the samples do not have, and the hazardous
// waste lorry, which the town does not collect as a waste type and maps to "do not import".
const IMPORTED = '2027-01-14';
const SOURCE_NAME = 'Kirchstraße beim Entsorger';
const AUTHORITY_FILE = [
  'BEGIN:VCALENDAR',
  'VERSION:2.0',
  'PRODID:-//Entsorger//Abfuhrkalender//DE',
  'BEGIN:VEVENT',
  'UID:rest-20270114@entsorger.example',
  'DTSTAMP:20261201T080000Z',
  'DTSTART;VALUE=DATE:20270114',
  'SUMMARY:Abfuhr: Restmüll',
  'END:VEVENT',
  'BEGIN:VEVENT',
  'UID:schadstoff-20270120@entsorger.example',
  'DTSTAMP:20261201T080000Z',
  'DTSTART;VALUE=DATE:20270120',
  'SUMMARY:Schadstoffmobil',
  'END:VEVENT',
  'END:VCALENDAR',
  '',
].join('\r\n');

interface ResidentPickup {
  date: string;
  typeId: string;
  status: 'scheduled' | 'cancelled';
  plannedDate: string | null;
  reason: string | null;
}
interface StaffPickup {
  id: number;
  date: string;
  status: 'scheduled' | 'cancelled';
}

/** "Mittwoch, 6. Januar 2027", as the staff screens name a date. */
const germanDate = (date: string) =>
  new Intl.DateTimeFormat('de-DE', {
    weekday: 'long',
    day: 'numeric',
    month: 'long',
    year: 'numeric',
    timeZone: 'UTC',
  }).format(new Date(`${date}T12:00:00Z`));

/** The day after `date`, both as YYYY-MM-DD. */
const nextDay = (date: string) =>
  new Date(Date.parse(`${date}T12:00:00Z`) + 86_400_000).toISOString().slice(0, 10);

describe.skipIf(!journeysRun)(
  `the waste calendar's staff screens of ${TOWN.name}, with the keyboard`,
  { timeout: 60_000 },
  () => {
    const cleanup = new Cleanup();
    let server: RunningServer;
    let authority: Server;
    let authorityUrl: string;
    let browser: Browser;
    let page: Page;
    const axe = new AxeReport();
    // Found on the way: Bahnhofstraße 1–49 and the tour that serves it.
    let streetId = 0;
    let tourId = 0;

    const checkAccessibility = (where: string) => axe.check(page, where);

    /** Follows a link of the staff navigation with the keyboard. */
    const openSection = (name: string, heading: string) =>
      followStaffNav(page, 'Abfallkalender verwalten', name, heading);

    /** An answer of the town's API, with the staff's session where it needs one. */
    async function api<T>(path: string): Promise<T> {
      return page.evaluate(async (url) => {
        const response = await fetch(url);
        if (!response.ok) throw new Error(`${url}: ${response.status}`);
        return response.json();
      }, `${server.url}${path}`) as Promise<T>;
    }

    /** What a resident of the street reads: its pickups of one waste type in a range. */
    async function residentPickups(locationId: number, from: string, to: string, typeId: string) {
      const answer = await fetch(
        `${server.url}/api/waste/locations/${locationId}/pickups?from=${from}&to=${to}`,
      );
      expect(answer.status).toBe(200);
      const list = (await answer.json()) as { pickups: ResidentPickup[] };
      return list.pickups.filter((p) => p.typeId === typeId);
    }

    beforeAll(async () => {
      // The authority's server: one calendar file, as its export serves it.
      authority = createServer((request, response) => {
        if (request.url !== '/kirchstrasse.ics') {
          response.writeHead(404).end();
          return;
        }
        response
          .writeHead(200, { 'content-type': 'text/calendar; charset=utf-8' })
          .end(AUTHORITY_FILE);
      });
      await new Promise<void>((done) => authority.listen(0, '127.0.0.1', done));
      cleanup.add(() => new Promise<void>((done) => authority.close(() => done())));
      authorityUrl = `http://127.0.0.1:${(authority.address() as AddressInfo).port}/kirchstrasse.ics`;

      // The authority's server of this journey runs on this machine, as on an internal network.
      ({ server, browser } = await startJourney(TOWN, ADMIN, cleanup, {
        CITY_APP_SOURCES_PRIVATE_ADDRESSES: 'allow',
      }));
      page = await phonePage(browser, 'de-DE');
    }, 300_000);

    afterAll(async () => {
      await cleanup.run();
    }, 60_000);

    it('signs in and shows the overview, with the sample dates flagged', async () => {
      await page.goto(`${server.url}/admin/abfall`, { waitUntil: 'load' });
      await signIn(page, ADMIN, 'Abfallkalender verwalten');
      await page.getByText('Beispieltermine', { exact: true }).waitFor();
      await page.getByRole('heading', { name: 'Nächste Abholungen' }).waitFor();
      await page.getByText('Noch kein Import aus einer Quelle.').waitFor();
      await checkAccessibility('/admin/abfall');
    });

    it('adds a mapping to the mapping table, after saying what is missing', async () => {
      await openSection('Zuordnungstabelle', 'Zuordnungstabelle');
      const add = page.getByRole('button', { name: 'Zuordnung hinzufügen' });
      // Sent empty: the error summary names the field.
      await press(add);
      await page.getByText('Bitte prüfen Sie Ihre Angaben').waitFor();
      await checkAccessibility('/admin/abfall/zuordnung (error)');

      await typeInto(page.getByLabel('Text in der Datei'), 'Schadstoffmobil');
      await page
        .getByLabel('Abfallart', { exact: true })
        .selectOption({ label: 'Nicht importieren' });
      await press(add);
      await page.getByText('Zuordnung für „Schadstoffmobil“ gespeichert.').waitFor();
      const row = page.getByRole('row', { name: /Schadstoffmobil/ });
      await row.getByRole('rowheader', { name: 'Schadstoffmobil' }).waitFor();
      expect(await row.getByRole('cell').first().textContent()).toBe('Nicht importieren');
      await checkAccessibility('/admin/abfall/zuordnung (saved)');
    });

    it('finds a street, changes its house numbers and the tour that serves it', async () => {
      await openSection('Straßen und Touren', 'Straßen und Touren');
      await typeInto(page.getByLabel('Straße oder Ortsteil suchen'), 'Bahnhofstr');
      await page.keyboard.press('Enter');
      await page.getByText('Gefunden: 2').waitFor();
      await checkAccessibility('/admin/abfall/strassen (search)');
      await expectNoOverflowAt200(page, '/admin/abfall/strassen');

      await press(page.getByRole('link', { name: 'Bahnhofstraße, 1–49' }));
      await page.getByRole('heading', { level: 1, name: 'Bahnhofstraße, 1–49' }).waitFor();
      streetId = Number(new URL(page.url()).pathname.split('/').at(-1));
      expect(streetId).toBeGreaterThan(0);
      await checkAccessibility('/admin/abfall/strassen/:id');
      await expectNoOverflowAt200(page, '/admin/abfall/strassen/:id');

      // A house number that is not one: the form says so before anything is sent.
      const to = page.getByLabel('Bis Hausnummer');
      await typeInto(to, '5a');
      await press(page.getByRole('button', { name: 'Änderungen speichern' }));
      await page.getByText('Bitte prüfen Sie Ihre Angaben').waitFor();
      await checkAccessibility('/admin/abfall/strassen/:id (error)');
      await typeInto(to, '59');
      await press(page.getByRole('button', { name: 'Änderungen speichern' }));
      await page.getByText('„Bahnhofstraße, 1–59“ gespeichert.').waitFor();
      const street = (await (
        await fetch(`${server.url}/api/waste/locations/${streetId}`)
      ).json()) as { label: string };
      expect(street.label).toMatch(/1–59/);

      // Restabfall from the other district's tour (Wednesdays instead of Tuesdays).
      await page
        .getByLabel('Tour für Restabfall', { exact: true })
        .selectOption({ label: 'Restabfall, Bezirk 2' });
      await press(page.getByRole('button', { name: 'Tour für Restabfall zuordnen' }));
      await page.getByText('Tour für Restabfall zugeordnet.').waitFor();
      const tourLink = page
        .getByRole('region', { name: 'Touren je Abfallart' })
        .getByRole('link', { name: 'Restabfall, Bezirk 2' });
      await tourLink.waitFor();
      const rest = await residentPickups(streetId, '2027-01-01', '2027-03-31', 'restabfall');
      expect(rest.length).toBeGreaterThan(0);
      for (const pickup of rest)
        expect(new Date(`${pickup.date}T12:00:00Z`).getUTCDay(), pickup.date).toBe(3);
      await checkAccessibility('/admin/abfall/strassen/:id (tour set)');

      await press(tourLink);
      await page.getByRole('heading', { level: 1, name: 'Restabfall, Bezirk 2' }).waitFor();
      tourId = Number(new URL(page.url()).pathname.split('/').at(-1));
      expect(tourId).toBeGreaterThan(0);
    });

    it('renames the tour, moves a date with a reason, cancels one and takes the cancellation back', async () => {
      await checkAccessibility('/admin/abfall/touren/:id');
      await expectNoOverflowAt200(page, '/admin/abfall/touren/:id');

      await typeInto(page.getByLabel('Name der Tour'), 'Restabfall Tour 2 (Mittwoch)');
      await press(page.getByRole('button', { name: 'Namen speichern' }));
      await page.getByRole('heading', { level: 1, name: 'Restabfall Tour 2 (Mittwoch)' }).waitFor();

      const tour = await api<{ pickups: StaffPickup[] }>(`/api/waste/admin/tours/${tourId}`);
      const [moving, cancelling] = tour.pickups.filter(
        (p) => p.status === 'scheduled' && p.date >= '2027-02-01',
      );
      if (!moving || !cancelling) throw new Error('the sample tour has no dates in February 2027');

      // Move: the form takes the focus, names its date, and asks for a reason.
      await press(
        page.getByRole('button', { name: `Termin verschieben: ${germanDate(moving.date)}` }),
      );
      const moveForm = page.getByRole('region', {
        name: `Termin am ${germanDate(moving.date)} verschieben`,
      });
      await moveForm.waitFor();
      await press(moveForm.getByRole('button', { name: 'Termin verschieben' }));
      await moveForm.getByText('Wählen Sie ein Datum.').first().waitFor();
      await checkAccessibility('/admin/abfall/touren/:id (move, error)');
      await moveForm.getByLabel('Neues Datum').fill(nextDay(moving.date));
      await moveForm.getByLabel('Grund').selectOption({ label: 'Wetter' });
      await typeInto(moveForm.getByLabel(/Hinweis für die Bürgerinnen und Bürger/), 'Wegen Glätte');
      await press(moveForm.getByRole('button', { name: 'Termin verschieben' }));
      await page
        .getByText(
          `Termin vom ${germanDate(moving.date)} auf ${germanDate(nextDay(moving.date))} verschoben.`,
        )
        .waitFor();
      const [moved] = await residentPickups(
        streetId,
        moving.date,
        nextDay(moving.date),
        'restabfall',
      );
      expect(moved).toMatchObject({
        date: nextDay(moving.date),
        plannedDate: moving.date,
        reason: 'weather',
        status: 'scheduled',
      });
      // Edits keep a sample calendar a sample (only an import or staff's word end it).
      const summary = (await (await fetch(`${server.url}/api/waste`)).json()) as {
        sample: boolean;
      };
      expect(summary.sample).toBe(true);

      // Cancel, then take it back.
      await press(
        page.getByRole('button', { name: `Termin absagen: ${germanDate(cancelling.date)}` }),
      );
      const cancelForm = page.getByRole('region', {
        name: `Termin am ${germanDate(cancelling.date)} absagen`,
      });
      await cancelForm.waitFor();
      await checkAccessibility('/admin/abfall/touren/:id (cancel)');
      await cancelForm.getByLabel('Grund').selectOption({ label: 'Tour ausgefallen' });
      await press(cancelForm.getByRole('button', { name: 'Termin absagen' }));
      await page.getByText(`Termin am ${germanDate(cancelling.date)} abgesagt.`).waitFor();
      const [cancelled] = await residentPickups(
        streetId,
        cancelling.date,
        cancelling.date,
        'restabfall',
      );
      expect(cancelled).toMatchObject({ status: 'cancelled', reason: 'missed' });

      await press(
        page.getByRole('button', {
          name: `Absage zurücknehmen: ${germanDate(cancelling.date)}`,
        }),
      );
      await page
        .getByText(`Der Termin am ${germanDate(cancelling.date)} findet wieder statt.`)
        .waitFor();
      const [restored] = await residentPickups(
        streetId,
        cancelling.date,
        cancelling.date,
        'restabfall',
      );
      expect(restored?.status).toBe('scheduled');
      await checkAccessibility('/admin/abfall/touren/:id (restored)');
    });

    it('moves every date of a range by one day', async () => {
      const shift = page.getByRole('button', { name: 'Termine verschieben' });
      // Without the range: both days are asked for.
      await press(shift);
      await page.getByText('Wählen Sie den ersten Tag.').first().waitFor();
      await page.getByText('Wählen Sie den letzten Tag.').first().waitFor();
      await checkAccessibility('/admin/abfall/touren/:id (shift, error)');

      // The tour's dates in March 2027, every other Wednesday.
      const before = await residentPickups(streetId, '2027-03-01', '2027-03-31', 'restabfall');
      expect(before.length).toBeGreaterThan(0);
      await page.getByLabel('Erster Tag des Zeitraums').fill('2027-03-01');
      await page.getByLabel('Letzter Tag des Zeitraums').fill('2027-03-31');
      await typeInto(page.getByLabel('Um wie viele Tage'), '1');
      await page.locator('#waste-shift-reason').selectOption({ label: 'Feiertag' });
      await press(shift);
      await page.getByText(`Verschobene Termine: ${before.length}.`).waitFor();
      const after = await residentPickups(streetId, '2027-03-01', '2027-04-01', 'restabfall');
      expect(after.map((p) => p.date)).toEqual(before.map((p) => nextDay(p.date)));
      for (const pickup of after) expect(pickup.reason).toBe('holiday');
      await checkAccessibility('/admin/abfall/touren/:id (shifted)');
    });

    it('reads a calendar address of the authority and shows its health', async () => {
      await openSection('Quellen', 'Quellen');
      await page.getByText('Noch keine Quellen.').waitFor();
      const create = page.getByRole('button', { name: 'Quelle hinzufügen' });
      await press(create);
      await page.getByText('Bitte prüfen Sie Ihre Angaben').waitFor();
      await checkAccessibility('/admin/abfall/quellen (error)');

      await typeInto(page.getByRole('textbox', { name: /^Name\b/ }), SOURCE_NAME);
      await typeInto(page.getByLabel('Adresse des Kalenders'), authorityUrl);
      await typeInto(page.getByLabel('Straße oder Ortsteil'), 'Kirchstr');
      await press(page.getByRole('button', { name: 'Straße suchen' }));
      await page.getByLabel('Gefundene Straße').selectOption({ label: 'Kirchstraße' });
      await press(create);
      await page.getByText(`Quelle „${SOURCE_NAME}“ hinzugefügt.`).waitFor();
      const row = page.getByRole('row', { name: new RegExp(SOURCE_NAME) });
      await row.getByText('Noch nicht eingelesen').waitFor();
      await checkAccessibility('/admin/abfall/quellen (added)');

      await press(row.getByRole('button', { name: `Probelauf für „${SOURCE_NAME}“` }));
      await page.getByRole('heading', { name: 'Ergebnis des Probelaufs' }).waitFor();
      await checkAccessibility('/admin/abfall/quellen (dry run)');

      await press(row.getByRole('button', { name: `„${SOURCE_NAME}“ jetzt importieren` }));
      await page.getByText(`„${SOURCE_NAME}“ importiert.`).waitFor();
      await row.getByText(/^In Ordnung, zuletzt eingelesen: /).waitFor();
      await checkAccessibility('/admin/abfall/quellen (imported)');

      // The resident of Kirchstraße reads the authority's date, and nothing of the lorry that
      // the mapping table leaves out.
      const search = (await (
        await fetch(`${server.url}/api/waste/locations?q=Kirchstra%C3%9Fe`)
      ).json()) as { locations: Array<{ id: number; name: string }> };
      const kirchstrasse = search.locations.find((l) => l.name === 'Kirchstraße');
      if (!kirchstrasse) throw new Error('Kirchstraße is not found by residents');
      const answer = await fetch(
        `${server.url}/api/waste/locations/${kirchstrasse.id}/pickups?from=2027-01-01&to=2027-01-31`,
      );
      const list = (await answer.json()) as { pickups: ResidentPickup[] };
      // The first import replaces every sample date, the street's other types' too.
      expect(list.pickups.map((p) => [p.date, p.typeId])).toEqual([[IMPORTED, 'restabfall']]);

      // The overview now names the source and its last import.
      await openSection('Überblick', 'Abfallkalender verwalten');
      await page.getByText(/^Zuletzt erfolgreich importiert: /).waitFor();
      expect(await page.getByText('Beispieltermine', { exact: true }).count()).toBe(0);
      await checkAccessibility('/admin/abfall (after the import)');
    });

    it('finds no WCAG 2.1 A/AA violation on the screens visited', () => {
      expect(String(axe)).toBe('');
    });
  },
);
