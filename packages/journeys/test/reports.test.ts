// A resident reports a dark street light by address with the keyboard alone, in a freshly
// generated town on its production build in Chromium; the Bauhof gets its e-mail, staff
// review and publish the report and set it in progress with a public note, the resident gets
// that note by e-mail and reads it on the report's public page. axe-core checks every screen.
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { Cleanup, type RunningServer } from '../../create-city-app/test/e2e/support.js';
import {
  AxeReport,
  journeysRun,
  phonePage,
  press,
  signIn,
  startJourney,
  typeInto,
} from './support/journey.js';
import { mailFolderOf, waitForMail } from './support/mail-folder.js';
import { expectNoOverflowAt200 } from './support/text-size.js';

const TOWN = { name: 'Lübtheen', slug: 'luebtheen', state: 'DE-MV' };
const ADMIN = { email: 'ordnung@luebtheen.example', password: 'Jessenitzer-Moor-Laterne-2027' };
const RESIDENT = 'anwohnerin@luebtheen.example';
const ADDRESS = 'Lange Straße 28';
const WORDS = 'Die Laterne vor Hausnummer 28 ist seit drei Tagen dunkel.';
const NOTE = 'Der Bauhof tauscht die Lampe am Donnerstag.';
// The sample departments a new town starts with (placeholders the town replaces).
const BAUHOF = 'bauhof@example.org';

describe.skipIf(!journeysRun)(
  `a resident reports a defect in ${TOWN.name} and follows how it is fixed, with the keyboard`,
  { timeout: 60_000 },
  () => {
    const cleanup = new Cleanup();
    let server: RunningServer;
    let browser: Browser;
    let page: Page;
    let mailFolder = '';
    let number = '';
    const axe = new AxeReport();
    const checkAccessibility = (where: string) => axe.check(page, where);

    beforeAll(async () => {
      let dataDir: string;
      ({ server, browser, dataDir } = await startJourney(TOWN, ADMIN, cleanup));
      mailFolder = mailFolderOf(dataDir);
      page = await phonePage(browser, 'de-DE');
    }, 300_000);

    afterAll(async () => {
      await cleanup.run();
    }, 60_000);

    it('opens "Mangel melden" from the module’s start; the form reads at 200 % text', async () => {
      await page.goto(`${server.url}/maengelmelder`, { waitUntil: 'load' });
      await page.getByRole('heading', { level: 1, name: 'Mängelmelder' }).waitFor();
      await checkAccessibility('/maengelmelder');
      await press(page.getByRole('link', { name: 'Mangel melden' }));
      await page.getByRole('heading', { level: 1, name: 'Mangel melden' }).waitFor();
      await checkAccessibility('/maengelmelder/melden');
      await expectNoOverflowAt200(page, '/maengelmelder/melden');
    });

    it('reports a dark street light by address, without a map or a mouse', async () => {
      // Sent without a category first: the summary names what is missing and takes the focus.
      await typeInto(page.getByLabel(/^Adresse oder Ort/), ADDRESS);
      await press(page.getByRole('button', { name: 'Meldung absenden' }));
      const summary = page.getByRole('region', { name: 'Bitte prüfen Sie Ihre Angaben' });
      await summary.getByRole('link', { name: 'Wählen Sie aus, was kaputt ist.' }).waitFor();
      await checkAccessibility('/maengelmelder/melden (error)');

      await press(page.getByRole('radio', { name: 'Straßenbeleuchtung' }), 'Space');
      await typeInto(page.getByLabel(/^Beschreibung/), WORDS);
      await typeInto(page.getByLabel(/^E-Mail-Adresse/), RESIDENT);
      await press(page.getByRole('button', { name: 'Meldung absenden' }));
      await page.getByRole('heading', { name: 'Danke für Ihre Meldung' }).waitFor();
      const said = await page.getByText(/^Ihre Meldung hat die Nummer/).textContent();
      number = said?.match(/\d{4}-\d{5,6}/)?.[0] ?? '';
      expect(number).not.toBe('');
      await checkAccessibility('/maengelmelder/melden (sent)');
    });

    it('mails the Bauhof, whose category it is, at once', { timeout: 120_000 }, async () => {
      const mail = await waitForMail(mailFolder, BAUHOF, /^Neue Meldung /);
      expect(mail.subject).toBe(`Neue Meldung ${number}: Straßenbeleuchtung`);
      expect(mail.text).toContain(ADDRESS);
      expect(mail.text).toContain(WORDS);
      // Nothing a resident wrote is public before staff looked at it.
      expect((await fetch(`${server.url}/api/reports/${number}`)).status).toBe(404);
    });

    it('lets staff publish it and set it in progress with a public note', async () => {
      await page.goto(`${server.url}/admin/maengelmelder`, { waitUntil: 'load' });
      await signIn(page, ADMIN, 'Mängelmelder: Eingang');
      await page.getByRole('table').getByRole('link', { name: number }).waitFor();
      await checkAccessibility('/admin/maengelmelder');
      await press(page.getByRole('table').getByRole('link', { name: number }));
      await page.getByRole('heading', { level: 1, name: `Meldung ${number}` }).waitFor();
      await page.getByText(RESIDENT).waitFor();
      await checkAccessibility('/admin/maengelmelder/:id');

      await press(page.getByRole('radio', { name: 'Veröffentlichen' }), 'Space');
      await press(page.getByRole('button', { name: 'Veröffentlichen' }));
      await expect
        .poll(async () => (await fetch(`${server.url}/api/reports/${number}`)).status)
        .toBe(200);

      await page.getByLabel('Neuer Stand').selectOption({ label: 'In Bearbeitung' });
      await typeInto(page.getByRole('textbox', { name: 'Öffentliche Notiz', exact: true }), NOTE);
      await press(page.getByRole('button', { name: 'Status ändern' }));
      await page.getByText(`Meldung ${number} steht jetzt auf „In Bearbeitung“.`).waitFor();
      await checkAccessibility('/admin/maengelmelder/:id (changed)');
    });

    it('tells the resident by e-mail, and shows the note in the public history', {
      timeout: 120_000,
    }, async () => {
      const mail = await waitForMail(mailFolder, RESIDENT, /^Ihre Meldung /);
      expect(mail.subject).toBe(`Ihre Meldung ${number}: In Bearbeitung`);
      expect(mail.text).toContain(NOTE);

      await page.goto(`${server.url}/maengelmelder/${number}`, { waitUntil: 'load' });
      await page.getByRole('heading', { name: 'Verlauf' }).waitFor();
      await page.getByText(NOTE).waitFor();
      expect(await page.locator('main').textContent()).not.toContain(RESIDENT);
      await checkAccessibility('/maengelmelder/:id');
      await expectNoOverflowAt200(page, '/maengelmelder/:id');
    });

    it('finds no WCAG 2.1 A/AA violation on the screens visited', () => {
      expect(String(axe)).toBe('');
    });
  },
);
