// The waste calendar as a resident and the town's staff meet it in a freshly generated town, on
// its production build in Chromium: the resident finds the street by typing part of it, reads
// the next pickups and the month with the keyboard alone, sets reminders in the settings, and
// still sees them offline; staff sign in, try an import of the authority's calendar, apply it,
// and the resident sees the date.
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { Cleanup, type RunningServer } from '../../create-city-app/test/e2e/support.js';
import { AxeReport, journeysRun, press, signIn, startJourney } from './support/journey.js';

const TOWN = { name: 'Lübtheen', slug: 'luebtheen', state: 'DE-MV' };
const ADMIN = { email: 'abfall@luebtheen.example', password: 'Abfuhr-Am-Markt-2027-Tonne' };

// A Wednesday that the sample calendar does not have for the street: the import adds it.
const IMPORTED = { date: '20270113', shown: 'Mittwoch, 13. Januar 2027' };
const AUTHORITY_FILE = [
  'BEGIN:VCALENDAR',
  'VERSION:2.0',
  'PRODID:-//Entsorger//Abfuhrkalender//DE',
  'BEGIN:VEVENT',
  'UID:rest-20270113@entsorger.example',
  'DTSTAMP:20261201T080000Z',
  `DTSTART;VALUE=DATE:${IMPORTED.date}`,
  'SUMMARY:Abfuhr: Restmüll 14-tägl.',
  'END:VEVENT',
  'END:VCALENDAR',
  '',
].join('\r\n');

describe.skipIf(!journeysRun)(
  `the waste calendar of ${TOWN.name}, on the production build`,
  { timeout: 60_000 },
  () => {
    const cleanup = new Cleanup();
    let server: RunningServer;
    let browser: Browser;
    let context: BrowserContext;
    let page: Page;
    const axe = new AxeReport();

    const checkAccessibility = (on: Page, where: string) => axe.check(on, where);

    beforeAll(async () => {
      ({ server, browser } = await startJourney(TOWN, ADMIN, cleanup));
      context = await browser.newContext({
        locale: 'de-DE',
        viewport: { width: 390, height: 844 },
      });
      page = await context.newPage();
    }, 300_000);

    afterAll(async () => {
      await cleanup.run();
    }, 60_000);

    it('finds the street from part of its name, with the keyboard', async () => {
      await page.goto(`${server.url}/abfall`, { waitUntil: 'load' });
      await page.getByRole('heading', { level: 1, name: 'Straße wählen' }).waitFor();
      const search = page.getByLabel('Straße oder Ortsteil');
      await search.focus();
      await page.keyboard.type('bahnhofstr');
      await page.keyboard.press('Enter');
      // The street is split between two tours: the resident chooses the house numbers.
      const choice = page.getByRole('button', { name: /Bahnhofstraße, 1–49/ });
      await choice.waitFor();
      expect(await page.getByRole('button', { name: /Bahnhofstraße, 50–199/ }).count()).toBe(1);
      await checkAccessibility(page, '/abfall (street picker)');
      await press(choice);
      await page.getByRole('heading', { name: 'Nächste Abholung' }).waitFor();
      // Dates made up for a new town say so.
      await page.getByText('Beispieltermine – die echten Termine folgen.').first().waitFor();
      for (const type of ['Restabfall', 'Bioabfall', 'Papier/Pappe', 'Gelbe Tonne'])
        expect(await page.getByText(type).count(), type).toBeGreaterThan(0);
      await checkAccessibility(page, '/abfall (calendar)');
    });

    it('keeps every screen usable at 200 % text size', async () => {
      await page.evaluate(() => {
        document.documentElement.style.fontSize = '200%';
      });
      const overflow = await page.evaluate(
        () => document.documentElement.scrollWidth - document.documentElement.clientWidth,
      );
      expect(overflow, 'horizontal scrolling at 200 % text size').toBeLessThanOrEqual(0);
      await page.evaluate(() => {
        document.documentElement.style.fontSize = '';
      });
    });

    it('shows the month and moves between months with the keyboard', async () => {
      await press(page.getByRole('link', { name: 'Monatsansicht' }));
      const caption = page.locator('caption');
      await caption.waitFor();
      const first = await caption.textContent();
      expect(first).toMatch(/^Abfuhrtermine im /);
      await press(page.getByRole('button', { name: 'Nächster Monat' }));
      await expect.poll(() => caption.textContent()).not.toBe(first);
      await checkAccessibility(page, '/abfall/monat');
    });

    it('offers reminders per waste type in the settings, and explains why push cannot start', async () => {
      // As if the resident had allowed notifications: the browser here reaches no push service.
      await context.grantPermissions(['notifications'], { origin: server.url });
      await page.goto(`${server.url}/einstellungen`, { waitUntil: 'load' });
      const section = page.getByRole('region', { name: 'Abfuhrtermine' });
      await section.getByText('Bahnhofstraße, 1–49').waitFor();
      await section.getByRole('heading', { name: 'Erinnerungen' }).waitFor();
      // Each waste type a group of its own, off until chosen: the evening before at 18:00
      // unless the resident picks another time.
      const residual = section.getByRole('group', { name: /Restabfall/ });
      const evening = residual.getByRole('checkbox', { name: 'Am Vorabend' });
      expect(await evening.isChecked()).toBe(false);
      await press(evening, 'Space');
      expect(await evening.isChecked()).toBe(true);
      expect(await residual.getByLabel('Uhrzeit am Vorabend').inputValue()).toBe('18:00');
      // The morning too, at a time of the resident's choosing, with the keyboard.
      const morning = residual.getByRole('checkbox', { name: 'Am Morgen' });
      await press(morning, 'Space');
      expect(await morning.isChecked()).toBe(true);
      const morningTime = residual.getByLabel('Uhrzeit am Morgen');
      await morningTime.fill('06:15');
      expect(await morningTime.inputValue()).toBe('06:15');
      await checkAccessibility(page, '/einstellungen (waste reminders)');

      await press(section.getByRole('button', { name: 'Erinnerungen speichern' }));
      await section
        .getByText(
          'Der Push-Dienst Ihres Browsers ist gerade nicht erreichbar. Versuchen Sie es später noch einmal.',
        )
        .waitFor();
      expect(await section.textContent()).not.toMatch(
        /AbortError|Registration failed|push service/i,
      );
      await checkAccessibility(page, '/einstellungen (waste reminders, push unreachable)');
    });

    it('still shows the calendar offline once it was opened', async () => {
      await page.goto(`${server.url}/abfall`, { waitUntil: 'load' });
      await page.getByRole('heading', { name: 'Nächste Abholung' }).waitFor();
      await expect
        .poll(() => page.evaluate(() => navigator.serviceWorker.controller !== null))
        .toBe(true);
      await context.setOffline(true);
      try {
        await page.reload({ waitUntil: 'load' });
        await page.getByRole('heading', { name: 'Nächste Abholung' }).waitFor();
        expect(await page.getByText('Restabfall').count()).toBeGreaterThan(0);
        await checkAccessibility(page, '/abfall (offline)');
      } finally {
        await context.setOffline(false);
      }
    });

    it('lets staff try the authority’s calendar, apply it, and residents see the date', async () => {
      const staff = await browser.newContext({ locale: 'de-DE' });
      cleanup.add(() => staff.close());
      const admin = await staff.newPage();
      await admin.goto(`${server.url}/admin/abfall/import`, { waitUntil: 'load' });
      await signIn(admin, ADMIN, 'Kalender importieren');
      await checkAccessibility(admin, '/admin/abfall/import');

      await admin.getByLabel('iCalendar (.ics)').check();
      await admin.locator('input[type="file"]').setInputFiles({
        name: 'bahnhofstrasse.ics',
        mimeType: 'text/calendar',
        buffer: Buffer.from(AUTHORITY_FILE, 'latin1'),
      });
      await admin.getByLabel('Straße oder Ortsteil').fill('Bahnhofstr');
      await press(admin.getByRole('button', { name: 'Straße suchen' }));
      const found = admin.getByLabel('Gefundene Straße');
      await found.waitFor();
      await found.selectOption({ label: 'Bahnhofstraße, 1–49' });
      await press(admin.getByRole('button', { name: 'Probelauf' }));
      await admin.getByRole('heading', { name: 'Ergebnis des Probelaufs' }).waitFor();
      await checkAccessibility(admin, '/admin/abfall/import (dry run)');

      // Nothing is stored by the dry run.
      const before = (await (await fetch(`${server.url}/api/waste`)).json()) as { sample: boolean };
      expect(before.sample).toBe(true);

      await press(admin.getByRole('button', { name: 'Import übernehmen' }));
      await admin
        .getByText(/Import übernommen/)
        .first()
        .waitFor();

      await page.goto(`${server.url}/abfall`, { waitUntil: 'load' });
      await page.getByText(IMPORTED.shown).first().waitFor();
      expect(await page.getByText('Beispieltermine – die echten Termine folgen.').count()).toBe(0);
    });

    it('finds no WCAG 2.1 A/AA violation on the screens visited', () => {
      expect(String(axe)).toBe('');
    });
  },
);
