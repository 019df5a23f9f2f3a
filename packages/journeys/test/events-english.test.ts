// The events calendar in English, in a freshly generated town on its production build: the
// resident switches the app's language in the settings, then reads the list and a series' page,
// and a staff member signs in and reads the list of events. The interface is English and the
// page says so; content the town wrote only in German is marked as German (WCAG 3.1.2).
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { Cleanup, type RunningServer } from '../../create-city-app/test/e2e/support.js';
import { expectNoGerman as expectEnglish, startEnglishJourney } from './support/english.js';
import { AxeReport, journeysRun, press, signIn } from './support/journey.js';

const TOWN = { name: 'Grabow', slug: 'grabow', state: 'DE-MV' };
const ADMIN = { email: 'kultur@grabow.example', password: 'Elde-Ufer-Wochenmarkt-2027-Mühle' };

// Words of the German interface that an English screen must not show outside `lang="de"`.
const GERMAN = [
  /\bund\b/,
  /\boder\b/,
  /\b(der|die|das|den|dem)\b/,
  /\bnicht\b/,
  /\b(Sie|Ihre?)\b/,
  /Veranstaltung/,
  /Termin/,
  /Heute/,
  /Demnächst/,
  /Wochenende/,
  /Eintritt/,
  /Stufenlos/,
  /\bUhr\b/,
  /Beispiel/,
  /wählen/,
  /suchen/,
  /Kalender/,
];

describe.skipIf(!journeysRun)(
  `the events calendar of ${TOWN.name} in English`,
  { timeout: 60_000 },
  () => {
    const cleanup = new Cleanup();
    let server: RunningServer;
    let page: Page;
    const axe = new AxeReport();

    const checkAccessibility = (where: string) => axe.check(page, where);

    const expectNoGerman = (where: string) => expectEnglish(page, GERMAN, where);

    beforeAll(async () => {
      ({ server, page } = await startEnglishJourney(TOWN, ADMIN, cleanup));
    }, 300_000);

    afterAll(async () => {
      await cleanup.run();
    }, 60_000);

    it('lists the events in English, with the filters', async () => {
      await page.goto(`${server.url}/veranstaltungen`, { waitUntil: 'load' });
      await page.getByRole('heading', { level: 1, name: 'Events' }).waitFor();
      await page
        .getByRole('navigation', { name: 'Period' })
        .getByRole('link', {
          name: 'Coming up (chosen)',
        })
        .waitFor();
      await page.getByText('More than 20 dates found').waitFor();
      // The samples' English titles, where the town gave them.
      await page.getByRole('link', { name: 'Weekly market' }).first().waitFor();
      expect(await page.getByRole('link', { name: 'Wochenmarkt' }).count()).toBe(0);
      await press(page.locator('summary', { hasText: 'Filters' }));
      await page.getByRole('group', { name: 'Categories' }).getByLabel('Markets').waitFor();
      await expectNoGerman('/veranstaltungen (en)');
      await checkAccessibility('/veranstaltungen (en)');
    });

    it('shows a series’ page in English, German-only text marked as German', async () => {
      await press(page.getByRole('link', { name: 'Weekly market' }).first());
      await page.getByRole('heading', { level: 1, name: 'Weekly market' }).waitFor();
      await page.getByText(/^Repeats: Every Thursday/).waitFor();
      await page
        .getByRole('link', { name: /^Add to calendar\b/ })
        .first()
        .waitFor();
      const venue = page.getByRole('region', { name: 'Venue' });
      await venue.getByRole('heading', { name: 'Accessibility' }).waitFor();
      // The venue's accessibility note exists only in German: it says so.
      const note = venue.getByText(/^Ebenerdiger Platz/);
      expect(
        await note.evaluate((element) => element.closest('[lang]')?.getAttribute('lang')),
      ).toBe('de');
      await expectNoGerman('/veranstaltungen/:id (en)');
      await checkAccessibility('/veranstaltungen/:id (en)');
    });

    it('lets an organiser use the submission form and the confirmation page in English', async () => {
      await page.goto(`${server.url}/veranstaltungen`, { waitUntil: 'load' });
      await press(page.getByRole('link', { name: 'Submit an event' }));
      await page.getByRole('heading', { level: 1, name: 'Submit an event' }).waitFor();
      // Sent empty: the refusals name each field in English, and the summary takes the focus.
      await press(page.getByRole('button', { name: 'Send submission' }));
      await page.getByText('Enter your name, at least two characters.').first().waitFor();
      await page.getByText('Without your consent we cannot take the submission.').first().waitFor();
      await expectNoGerman('/veranstaltungen/eintragen (en, refused)');
      await checkAccessibility('/veranstaltungen/eintragen (en, refused)');
      // A link whose code the server does not know: its refusal arrives in English too.
      await page.goto(`${server.url}/veranstaltungen/eintragen/bestaetigen#${'x'.repeat(43)}`, {
        waitUntil: 'load',
      });
      await page.getByRole('heading', { name: 'Cannot confirm' }).waitFor();
      await expectNoGerman('/veranstaltungen/eintragen/bestaetigen (en, unknown link)');
      await checkAccessibility('/veranstaltungen/eintragen/bestaetigen (en, unknown link)');
    });

    it('lets staff sign in and read the list of events in English', async () => {
      await page.goto(`${server.url}/admin/veranstaltungen`, { waitUntil: 'load' });
      await page.getByRole('heading', { level: 1, name: 'Sign in' }).waitFor();
      await signIn(page, ADMIN, 'Manage events', 'en');
      await page
        .getByRole('status')
        .filter({ hasText: /^Found: \d+$/ })
        .waitFor();
      await expectNoGerman('/admin/veranstaltungen (en)');
      await checkAccessibility('/admin/veranstaltungen (en)');
    });

    it('finds no WCAG 2.1 A/AA violation on the screens visited', () => {
      expect(String(axe)).toBe('');
    });
  },
);
