// The events module's staff screens in English, in a freshly generated town on its production
// build in Chromium, with the keyboard: the staff member switches the app to English, signs in,
// reads the list, creates a weekly series (after one refusal), and goes through the venues,
// the calendar subscriptions and the review queue with an organiser's confirmed submission.
// Every heading, label, button and notice is English; what the town or an organiser wrote in
// German is marked as German (WCAG 3.1.2). axe-core checks every screen and state.
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { Cleanup, type RunningServer } from '../../create-city-app/test/e2e/support.js';
import { expectNoGerman, startEnglishJourney } from './support/english.js';
import {
  AxeReport,
  followStaffNav,
  journeysRun,
  press,
  signIn,
  typeInto,
} from './support/journey.js';
import { mailFolderOf, waitForMail } from './support/mail-folder.js';

const TOWN = { name: 'Sternberg', slug: 'sternberg', state: 'DE-MV' };
const ADMIN = { email: 'events@sternberg.example', password: 'Seenplatte-Kulturabend-2027-Burg' };
const ORGANISER = { name: 'Förderverein Stadtkirche', email: 'kirche@sternberg.example' };

const SERIES = 'Chess club for beginners';
const SUBMITTED = 'Orgelkonzert in der Stadtkirche';
const DAY = 86_400_000;

// Words of the German interface that an English screen must not show outside `lang="de"`.
const GERMAN = [
  /\bund\b/,
  /\boder\b/,
  /\b(der|die|das|den|dem)\b/,
  /\bnicht\b/,
  /\b(Sie|Ihre?)\b/,
  /Veranstaltung/,
  /Termin/,
  /Wiederhol/,
  /Eintritt/,
  /Stufenlos/,
  /\bUhr\b/,
  /Beispiel/,
  /wählen/,
  /suchen/,
  /speichern/,
  /anlegen/,
  /Kalender/,
  /prüfen/i,
  /Veröffentlich/,
  /Ablehnen/,
  /Begründung/,
  /Wöchentlich/,
  /(Montag|Dienstag|Mittwoch|Donnerstag|Freitag|Samstag|Sonntag)/,
];

/** YYYY-MM-DD, `days` from today. */
const inDays = (days: number) => new Date(Date.now() + days * DAY).toISOString().slice(0, 10);

describe.skipIf(!journeysRun)(
  `the events module's staff screens of ${TOWN.name} in English`,
  { timeout: 60_000 },
  () => {
    const cleanup = new Cleanup();
    let server: RunningServer;
    let page: Page;
    let mailFolder = '';
    const axe = new AxeReport();

    /** The page in English, what is German marked so (a list's options, venue names the
     * town wrote, are not read); then axe-core on the same state. */
    async function expectEnglish(where: string) {
      await expectNoGerman(page, GERMAN, where);
      await axe.check(page, where);
    }

    /** Follows a link of the staff navigation with the keyboard. */
    const openSection = (name: string, heading: string) =>
      followStaffNav(page, 'Event sections', name, heading);

    beforeAll(async () => {
      let dataDir: string;
      ({ server, page, dataDir } = await startEnglishJourney(TOWN, ADMIN, cleanup));
      mailFolder = mailFolderOf(dataDir);
      // An organiser hands an event in now; its confirmation mail goes out while staff work.
      const answer = await fetch(`${server.url}/api/events/submissions`, {
        method: 'POST',
        headers: { 'Content-Type': 'application/json', 'Accept-Language': 'de' },
        body: JSON.stringify({
          event: {
            title: SUBMITTED,
            description: 'Werke von Bach und Buxtehude an der Orgel der Stadtkirche.',
            category: 'kultur',
            place: 'Stadtkirche Sternberg',
            price: '8 €, ermäßigt 5 €',
            startDate: inDays(20),
            startTime: '17:00',
          },
          organiser: ORGANISER,
          consent: true,
        }),
      });
      expect(answer.status, await answer.clone().text()).toBe(202);
    }, 300_000);

    afterAll(async () => {
      await cleanup.run();
    }, 60_000);

    it('signs in, in English', async () => {
      await page.goto(`${server.url}/admin/veranstaltungen`, { waitUntil: 'load' });
      await page.getByRole('heading', { level: 1, name: 'Sign in' }).waitFor();
      await signIn(page, ADMIN, 'Manage events', 'en');
      await page
        .getByRole('status')
        .filter({ hasText: /^Found: \d+$/ })
        .waitFor();
      await page
        .getByRole('row', { name: /^Wochenmarkt / })
        .getByText('Sample', { exact: true })
        .waitFor();
      await expectEnglish('/admin/veranstaltungen (en)');
    });

    it('creates a weekly series, after a refusal in English', async () => {
      await openSection('New event', 'New event');
      await expectEnglish('/admin/veranstaltungen/neu (en)');
      await typeInto(page.getByLabel(/^Title/).first(), SERIES);
      // The town's categories in English.
      await page.getByLabel(/^Category/).selectOption({ label: 'Learning & courses' });
      await page.getByLabel(/^First day/).fill(inDays(9));
      await page.getByLabel('Start time').fill('18:00');
      await page.getByLabel('End time').fill('17:00');
      await press(page.getByRole('radio', { name: 'Weekly' }), 'Space');
      await press(page.getByRole('radio', { name: 'After a number of dates' }), 'Space');
      await typeInto(page.getByLabel(/^Number of dates/), '8');
      await press(page.getByRole('button', { name: 'Publish event' }));
      const summary = page.getByRole('region', { name: 'Please check your entries' });
      await summary.getByRole('link', { name: /end time must follow the start time/ }).waitFor();
      await expectEnglish('/admin/veranstaltungen/neu (error, en)');

      await page.getByLabel('End time').fill('20:00');
      await page.getByLabel('Venue').selectOption({ index: 1 });
      await press(page.getByRole('button', { name: 'Publish event' }));
      await page.getByText(`"${SERIES}" is published.`).waitFor();
      await page.getByRole('heading', { level: 1, name: SERIES }).waitFor();
      await expectEnglish('/admin/veranstaltungen/:id (en)');
    });

    it('lists the venues and the calendar subscriptions in English', async () => {
      await openSection('Venues', 'Venues');
      await page.getByRole('region', { name: 'New venue' }).waitFor();
      await expectEnglish('/admin/veranstaltungen/orte (en)');

      await openSection('Calendar subscriptions', 'Subscribed calendars');
      // The town's start subscribed the experiment space's courses (a part of this app).
      await page.getByText('Dates from “Digital experiment space”').waitFor();
      expect(
        await page
          .getByText('Kurse im Digitalen Experimentierraum')
          .evaluate((element) => element.closest('[lang]')?.getAttribute('lang')),
      ).toBe('de');
      // Sent empty: the form says in English what is missing.
      await press(page.getByRole('button', { name: 'Subscribe to calendar' }));
      await page.getByRole('region', { name: 'Please check your entries' }).waitFor();
      await expectEnglish('/admin/veranstaltungen/quellen (error, en)');
    });

    it('shows the review queue in English, the submission marked German', {
      timeout: 180_000,
    }, async () => {
      const mail = await waitForMail(mailFolder, ORGANISER.email, /^Bitte bestätigen: „/);
      const token = mail.text.match(/\/veranstaltungen\/eintragen\/bestaetigen#(\S+)/)?.[1];
      const confirmed = await fetch(`${server.url}/api/events/submissions/confirm`, {
        method: 'POST',
        headers: { 'Content-Type': 'application/json' },
        body: JSON.stringify({ token }),
      });
      expect(confirmed.status).toBe(200);

      await openSection('To review', 'Review submitted events');
      await press(page.getByRole('button', { name: `Review: "${SUBMITTED}"` }));
      const detail = page.getByRole('region', { name: `Review: "${SUBMITTED}"` });
      await detail.getByText('8 €, ermäßigt 5 €').waitFor();
      await detail.getByRole('button', { name: 'Reject' }).waitFor();
      await expectEnglish('/admin/veranstaltungen/pruefen (open, en)');
    });

    it('finds no WCAG 2.1 A/AA violation on the screens visited', () => {
      expect(String(axe)).toBe('');
    });
  },
);
