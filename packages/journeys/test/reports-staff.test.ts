// The defect reporter's staff screens in a freshly generated town, on its production build in
// Chromium, with the keyboard alone: an administrator invites a colleague with the
// "Mängelmelder" role, writes a response template and uses it on a report, gives the report to
// the colleague by name and finds it in the inbox under her name, merges a second report of
// the same pothole into it (the duplicate's public page links to the first), and creates an
// Open311 key that a client can use, then revokes it. axe-core checks every screen.
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

const TOWN = { name: 'Zarrentin', slug: 'zarrentin', state: 'DE-MV' };
const ADMIN = { email: 'bauamt@zarrentin.example', password: 'Schaalsee-Kloster-Pflaster-2027' };
const COLLEAGUE = { name: 'Jana Peters', email: 'j.peters@zarrentin.example' };
const TEMPLATE = {
  title: 'Bauhof beauftragt',
  text: 'Der Bauhof ist beauftragt und kommt in den nächsten Tagen vorbei.',
};
const CLIENT = 'Landkreis, Straßenmeisterei';

describe.skipIf(!journeysRun)(
  `the defect reporter's staff screens of ${TOWN.name}, with the keyboard`,
  { timeout: 60_000 },
  () => {
    const cleanup = new Cleanup();
    let server: RunningServer;
    let browser: Browser;
    let page: Page;
    // The first report of a pothole, and a second one of the same pothole.
    let first = '';
    let duplicate = '';
    const axe = new AxeReport();
    const checkAccessibility = (where: string) => axe.check(page, where);
    const sections = 'Bereiche des Mängelmelders';

    /** A resident's report through the public API (the residents' journey types one in). */
    async function residentReport(address: string, description: string): Promise<string> {
      const answer = await fetch(`${server.url}/api/reports`, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({ category: 'strasse', address, description }),
      });
      expect(answer.status).toBe(201);
      return ((await answer.json()) as { publicId: string }).publicId;
    }

    /** Opens a report's staff page from the inbox, with the keyboard. */
    async function openReport(number: string) {
      await followStaffNav(page, sections, 'Eingang', 'Mängelmelder: Eingang');
      const link = page.getByRole('table').getByRole('link', { name: number });
      await press(link);
      await page.getByRole('heading', { level: 1, name: `Meldung ${number}` }).waitFor();
    }

    /** Publishes the open report as the resident wrote it. */
    async function publish(number: string) {
      await press(page.getByRole('radio', { name: 'Veröffentlichen' }), 'Space');
      await press(page.getByRole('button', { name: 'Veröffentlichen' }));
      await page.getByText(`Meldung ${number} ist veröffentlicht.`).waitFor();
    }

    beforeAll(async () => {
      ({ server, browser } = await startJourney(TOWN, ADMIN, cleanup));
      page = await phonePage(browser, 'de-DE');
      first = await residentReport('Hauptstraße 3', 'Tiefes Schlagloch vor der Apotheke.');
      duplicate = await residentReport('Hauptstraße 5', 'Loch in der Straße bei der Apotheke.');
    }, 300_000);

    afterAll(async () => {
      await cleanup.run();
    }, 60_000);

    it('invites a colleague with the "Mängelmelder" role', async () => {
      await page.goto(`${server.url}/admin/mitarbeitende`, { waitUntil: 'load' });
      await signIn(page, ADMIN, 'Mitarbeitende');
      const invite = page.getByRole('region', { name: 'Per E-Mail einladen' });
      await typeInto(invite.getByLabel('Name'), COLLEAGUE.name);
      await typeInto(invite.getByLabel('E-Mail-Adresse'), COLLEAGUE.email);
      await press(invite.getByRole('checkbox', { name: /^Mängelmelder/ }), 'Space');
      await press(invite.getByRole('button', { name: 'Einladung senden' }));
      await page.getByText(`Die Einladung an ${COLLEAGUE.email} ist unterwegs`).waitFor();
      await checkAccessibility('/admin/mitarbeitende (invited)');
    });

    it('writes a response template for reports in progress', async () => {
      await page.goto(`${server.url}/admin/maengelmelder`, { waitUntil: 'load' });
      await page.getByRole('heading', { level: 1, name: 'Mängelmelder: Eingang' }).waitFor();
      await checkAccessibility('/admin/maengelmelder');
      await followStaffNav(page, sections, 'Textbausteine', 'Textbausteine');
      await page.getByText('Noch keine Textbausteine.').waitFor();
      await checkAccessibility('/admin/maengelmelder/vorlagen');
      await typeInto(page.getByRole('textbox', { name: /^Titel/ }), TEMPLATE.title);
      await typeInto(page.getByRole('textbox', { name: /^Text/ }), TEMPLATE.text);
      await page.getByLabel('Passt zum Stand').selectOption({ label: 'In Bearbeitung' });
      await press(page.getByRole('button', { name: 'Textbaustein anlegen' }));
      await page.getByText(`Textbaustein „${TEMPLATE.title}“ ist angelegt.`).waitFor();
      await page.getByRole('table').getByText(TEMPLATE.title).waitFor();
      await checkAccessibility('/admin/maengelmelder/vorlagen (created)');
    });

    it('publishes the first report and sets it in progress with the template', async () => {
      await openReport(first);
      await checkAccessibility('/admin/maengelmelder/:id');
      await publish(first);

      await page.getByLabel('Neuer Stand').selectOption({ label: 'In Bearbeitung' });
      await page.getByLabel(/^Textbaustein/).selectOption({ label: TEMPLATE.title });
      const note = page.getByRole('textbox', { name: 'Öffentliche Notiz', exact: true });
      await expect.poll(() => note.inputValue()).toBe(TEMPLATE.text);
      await press(page.getByRole('button', { name: 'Status ändern' }));
      await page.getByText(`Meldung ${first} steht jetzt auf „In Bearbeitung“.`).waitFor();
      await checkAccessibility('/admin/maengelmelder/:id (in progress)');

      // Residents read the template's words in the report's public history.
      const answer = await fetch(`${server.url}/api/reports/${first}`);
      expect(answer.status).toBe(200);
      const body = (await answer.json()) as { history: { note: string | null }[] };
      expect(body.history.map((entry) => entry.note)).toContain(TEMPLATE.text);
    });

    it('gives the report to the colleague by name; the inbox finds it under her name', async () => {
      const section = page.getByRole('region', { name: 'Zuständigkeit' });
      await section.getByLabel('Kollegin oder Kollege').selectOption({ label: COLLEAGUE.name });
      await press(section.getByRole('button', { name: 'Zuweisen', exact: true }));
      await page.getByText(`Meldung ${first} bearbeitet jetzt ${COLLEAGUE.name}.`).waitFor();
      await checkAccessibility('/admin/maengelmelder/:id (assigned)');

      await followStaffNav(page, sections, 'Eingang', 'Mängelmelder: Eingang');
      await page.getByLabel('Bearbeitet von').selectOption({ label: COLLEAGUE.name });
      await press(page.getByRole('button', { name: 'Anzeigen' }));
      const numbers = page.getByRole('table').getByRole('link', { name: /^\d{4}-\d{5,6}$/ });
      await expect.poll(() => numbers.allInnerTexts()).toEqual([first]);
      await checkAccessibility('/admin/maengelmelder (assigned to a colleague)');
      // Everyone's reports again, for the next step.
      await page.getByLabel('Bearbeitet von').selectOption({ label: 'Egal' });
      await press(page.getByRole('button', { name: 'Anzeigen' }));
      await page.getByRole('table').getByRole('link', { name: duplicate }).waitFor();
    });

    it('merges the duplicate into the first report; its public page links there', async () => {
      await openReport(duplicate);
      await publish(duplicate);
      await typeInto(page.getByLabel(/^Nummer der Meldung zur selben Sache/), first);
      await press(page.getByRole('button', { name: 'Zusammenführen' }));
      // Merged, the page says so in place of its forms and links to the other report.
      await page.getByText(`Diese Meldung ist mit ${first} zusammengeführt.`).waitFor();
      await page.getByRole('link', { name: `Meldung ${first} öffnen` }).waitFor();
      await checkAccessibility('/admin/maengelmelder/:id (merged)');

      await page.goto(`${server.url}/maengelmelder/${duplicate}`, { waitUntil: 'load' });
      await page.getByText('Diese Meldung wurde mit einer anderen zusammengeführt.').waitFor();
      await checkAccessibility('/maengelmelder/:id (merged)');
      await press(page.getByRole('link', { name: `Zur Meldung ${first}` }));
      await page.getByText(TEMPLATE.text).waitFor();
      expect(page.url()).toBe(`${server.url}/maengelmelder/${first}`);
    });

    it('creates an Open311 key a client reports with, then revokes it', async () => {
      await page.goto(`${server.url}/admin/maengelmelder/schnittstelle`, { waitUntil: 'load' });
      await page.getByRole('heading', { level: 1, name: 'Schnittstelle (Open311)' }).waitFor();
      await page.getByText('Noch keine Schlüssel.').waitFor();
      await checkAccessibility('/admin/maengelmelder/schnittstelle');
      await typeInto(page.getByLabel(/^Wer nutzt den Schlüssel/), CLIENT);
      await press(page.getByRole('button', { name: 'Schlüssel anlegen' }));
      await page.getByRole('heading', { name: `Schlüssel für „${CLIENT}“` }).waitFor();
      const key = await page.getByRole('textbox', { name: 'Schlüssel', exact: true }).inputValue();
      expect(key.length).toBeGreaterThan(20);
      await checkAccessibility('/admin/maengelmelder/schnittstelle (key shown once)');

      const open311 = (apiKey: string) =>
        fetch(`${server.url}/open311/v2/requests.json`, {
          method: 'POST',
          headers: { 'content-type': 'application/x-www-form-urlencoded' },
          body: new URLSearchParams({
            api_key: apiKey,
            service_code: 'strasse',
            address_string: 'Kirchplatz 1',
            description: 'Gullydeckel klappert.',
          }),
        });
      expect((await open311(key)).status).toBe(201);

      await press(page.getByRole('button', { name: `Sperren: „${CLIENT}“` }));
      const dialog = page.getByRole('dialog', { name: 'Schlüssel sperren?' });
      await press(dialog.getByRole('button', { name: 'Endgültig sperren' }));
      await page.getByText(`Der Schlüssel von „${CLIENT}“ ist gesperrt.`).waitFor();
      await checkAccessibility('/admin/maengelmelder/schnittstelle (revoked)');
      expect((await open311(key)).status).toBe(403);
    });

    it('finds no WCAG 2.1 A/AA violation on the screens visited', () => {
      expect(String(axe)).toBe('');
    });
  },
);
