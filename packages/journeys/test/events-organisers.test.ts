// Clubs hand in their events and staff review them, in a freshly generated town on its
// production build in Chromium, with the keyboard alone: an organiser opens "Veranstaltung
// eintragen" from the calendar, is refused once for an end before the start (the error names
// the field and leads to it), sends, and confirms with the link from the e-mail the server
// wrote into its mail folder. Staff publish that event from its own page, reject a second one
// with a reason the other organiser reads in their mail, and trust the first organiser, whose
// next event is published as soon as it is confirmed. axe-core checks every screen and state.
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
import { mailFolderOf, type ReadMail, waitForMail } from './support/mail-folder.js';
import { expectNoOverflowAt200 } from './support/text-size.js';

const TOWN = { name: 'Crivitz', slug: 'crivitz', state: 'DE-MV' };
const ADMIN = { email: 'kultur@crivitz.example', password: 'Barniner-See-Lesung-2027-Amt' };

const CLUB = {
  name: 'Heimatverein Crivitz',
  contact: 'Jutta Berger',
  email: 'vorstand@heimatverein-crivitz.example',
};
const ANGLERS = {
  name: 'Angelverein Barniner See',
  contact: 'Olaf Peters',
  email: 'angeln@barniner-see.example',
};
const READING = 'Lesung im Heimatmuseum';
const FISHING = 'Nachtangeln am Barniner See';
const WALK = 'Kräuterwanderung am Seeufer';
const REASON = 'Nachtangeln ist am Barniner See nicht erlaubt; bitte wählen Sie einen anderen Ort.';
const DAY = 86_400_000;

/** YYYY-MM-DD, `days` from today. */
const inDays = (days: number) => new Date(Date.now() + days * DAY).toISOString().slice(0, 10);

/** The confirmation link in an organiser's mail (its token rides after `#`). */
function confirmLink(mail: ReadMail): string {
  const link = mail.text.match(/https?:\/\/\S+\/veranstaltungen\/eintragen\/bestaetigen#\S+/)?.[0];
  if (!link) throw new Error(`no confirmation link in: ${mail.text}`);
  return link;
}

describe.skipIf(!journeysRun)(
  `organisers hand in events in ${TOWN.name} and staff review them, with the keyboard`,
  { timeout: 60_000 },
  () => {
    const cleanup = new Cleanup();
    let server: RunningServer;
    let browser: Browser;
    let page: Page;
    let mailFolder = '';
    const axe = new AxeReport();
    let readingId = '';

    const checkAccessibility = (where: string) => axe.check(page, where);

    /** An organiser's submission straight to the API, as the form sends it. */
    async function submitByApi(title: string, organiser: typeof CLUB, extra: object = {}) {
      const answer = await fetch(`${server.url}/api/events/submissions`, {
        method: 'POST',
        headers: { 'Content-Type': 'application/json' },
        body: JSON.stringify({
          event: {
            title,
            description: 'Treffpunkt am Parkplatz.',
            category: 'natur',
            place: 'Seeufer am Barniner See',
            isFree: true,
            startDate: inDays(12),
            startTime: '19:00',
            endTime: '21:00',
            ...extra,
          },
          organiser,
          consent: true,
        }),
      });
      expect(answer.status, await answer.clone().text()).toBe(202);
    }

    /** Follows a link of the staff navigation with the keyboard. */
    const openSection = (name: string, heading: string) =>
      followStaffNav(page, 'Bereiche der Veranstaltungen', name, heading);

    beforeAll(async () => {
      let dataDir: string;
      ({ server, browser, dataDir } = await startJourney(TOWN, ADMIN, cleanup));
      mailFolder = mailFolderOf(dataDir);
      page = await phonePage(browser, 'de-DE');
    }, 300_000);

    afterAll(async () => {
      await cleanup.run();
    }, 60_000);

    it('opens "Veranstaltung eintragen" from the calendar; the form reads at 200 % text', async () => {
      await page.goto(`${server.url}/veranstaltungen`, { waitUntil: 'load' });
      await press(page.getByRole('link', { name: 'Veranstaltung eintragen' }));
      await page.getByRole('heading', { level: 1, name: 'Veranstaltung eintragen' }).waitFor();
      // Only what an organiser knows: no English texts, image or staff's organiser field.
      expect(await page.getByLabel(/auf Englisch/).count()).toBe(0);
      expect(await page.getByLabel(/Bild/).count()).toBe(0);
      expect(await page.getByLabel('Veranstalter', { exact: true }).count()).toBe(0);
      await page.getByRole('radio', { name: 'Wöchentlich' }).waitFor();
      expect(await page.getByRole('radio', { name: 'Monatlich' }).count()).toBe(0);
      await checkAccessibility('/veranstaltungen/eintragen');
      await expectNoOverflowAt200(page, '/veranstaltungen/eintragen');
    });

    it('is refused for an end before the start, lands on that field, then sends', async () => {
      await typeInto(page.getByLabel(/^Titel/), READING);
      await typeInto(
        page.getByLabel(/^Beschreibung/),
        'Der Heimatverein liest aus alten Chroniken des Amtes Crivitz.',
      );
      await page.getByLabel(/^Kategorie/).selectOption({ label: 'Kultur & Konzerte' });
      await typeInto(page.getByLabel(/^Ort als Text/), 'Heimatmuseum, Amtsstraße 1');
      await page.getByLabel(/^Erster Tag/).fill(inDays(10));
      // Date and time fields take their value whole (their segments are the browser's own).
      await page.getByLabel('Uhrzeit des Beginns').fill('19:00');
      await page.getByLabel('Uhrzeit des Endes').fill('18:00');
      await press(page.getByRole('checkbox', { name: 'Eintritt frei' }), 'Space');
      await typeInto(page.getByLabel('Ihr Name'), CLUB.contact);
      await typeInto(page.getByLabel('Verein oder Einrichtung'), CLUB.name);
      await typeInto(page.getByLabel('E-Mail-Adresse'), CLUB.email);
      await press(page.getByRole('checkbox', { name: /^Ich willige ein/ }), 'Space');
      await press(page.getByRole('button', { name: 'Eintragung absenden' }));

      const summary = page.getByRole('region', { name: 'Bitte prüfen Sie Ihre Angaben' });
      await summary.waitFor();
      const problem = summary.getByRole('link', { name: /Endzeit muss nach der Anfangszeit/ });
      await problem.waitFor();
      expect(await summary.getByRole('link').count()).toBe(1);
      // The summary takes the focus; its link leads to the field.
      await expect
        .poll(() => page.evaluate(() => document.activeElement?.className))
        .toContain('city-error-summary');
      await checkAccessibility('/veranstaltungen/eintragen (error)');
      await press(problem);
      await expect.poll(() => page.evaluate(() => document.activeElement?.id)).toMatch(/endTime$/);

      await page.getByLabel('Uhrzeit des Endes').fill('21:00');
      await press(page.getByRole('button', { name: 'Eintragung absenden' }));
      const sent = page.getByRole('heading', {
        name: 'Fast geschafft: Bitte bestätigen Sie Ihre Eintragung',
      });
      await sent.waitFor();
      await page.getByText(`Wir haben einen Link an ${CLUB.email} geschickt.`).waitFor();
      await checkAccessibility('/veranstaltungen/eintragen (sent)');

      // A second club hands in an event that staff will reject.
      await submitByApi(FISHING, ANGLERS);
    });

    it('confirms with the link from the e-mail', { timeout: 180_000 }, async () => {
      const toClub = await waitForMail(mailFolder, CLUB.email, /^Bitte bestätigen: „/);
      expect(toClub.subject).toContain(READING);
      expect(toClub.text).toContain(`Guten Tag ${CLUB.contact},`);
      await page.goto(confirmLink(toClub), { waitUntil: 'load' });
      await page.getByRole('heading', { name: 'Danke, Ihre Eintragung ist bestätigt' }).waitFor();
      await page.getByText(`„${READING}“ wird jetzt von der Stadt geprüft.`).waitFor();
      // The token has done its work: it leaves the address bar.
      expect(new URL(page.url()).hash).toBe('');
      await checkAccessibility('/veranstaltungen/eintragen/bestaetigen (pending)');

      // A second link opened in the same tab changes only the address's fragment.
      const toAnglers = await waitForMail(mailFolder, ANGLERS.email, /^Bitte bestätigen: „/);
      await page.goto(confirmLink(toAnglers), { waitUntil: 'load' });
      await page.getByText(`„${FISHING}“ wird jetzt von der Stadt geprüft.`).waitFor();
    });

    it('lets staff publish one submission from its page, after opening it for editing', async () => {
      await page.goto(`${server.url}/admin/veranstaltungen/pruefen`, { waitUntil: 'load' });
      await signIn(page, ADMIN, 'Eingereichte Veranstaltungen prüfen');
      const queue = page.getByRole('table');
      await queue.getByRole('row', { name: new RegExp(READING) }).waitFor();
      await queue.getByRole('row', { name: new RegExp(FISHING) }).waitFor();
      await checkAccessibility('/admin/veranstaltungen/pruefen');

      await press(page.getByRole('button', { name: `Prüfen: „${READING}“` }));
      const detail = page.getByRole('region', { name: `Prüfen: „${READING}“` });
      await detail.getByText(CLUB.email).waitFor();
      await checkAccessibility('/admin/veranstaltungen/pruefen (open)');
      await press(detail.getByRole('link', { name: 'Vorher bearbeiten' }));
      await page.getByRole('heading', { level: 1, name: READING }).waitFor();
      readingId = new URL(page.url()).pathname.split('/').at(-1) ?? '';
      expect(readingId).toMatch(/^[0-9a-f-]{36}$/);
      // Nobody sees it yet; staff publish it here instead of going back to the queue.
      expect((await fetch(`${server.url}/api/events/events/${readingId}`)).status).toBe(404);
      await page.getByRole('heading', { name: 'Wartet auf Ihre Entscheidung' }).waitFor();
      await checkAccessibility('/admin/veranstaltungen/:id (pending)');
      await press(page.getByRole('button', { name: `Veröffentlichen: „${READING}“` }));
      await page
        .getByText(`„${READING}“ ist veröffentlicht; der Veranstalter erhält eine E-Mail.`)
        .waitFor();
      expect(
        await page.getByRole('heading', { name: 'Wartet auf Ihre Entscheidung' }).count(),
      ).toBe(0);
      const published = await fetch(`${server.url}/api/events/events/${readingId}`);
      expect(published.status).toBe(200);
      const event = await published.text();
      expect(JSON.parse(event)).toMatchObject({ organiser: { name: CLUB.name } });
      // The club's name is public, the person's never.
      expect(event).not.toContain(CLUB.contact);
    });

    it('rejects the other submission with a reason, after a reason too short', async () => {
      await openSection('Zu prüfen', 'Eingereichte Veranstaltungen prüfen');
      expect(await page.getByRole('row', { name: new RegExp(READING) }).count()).toBe(0);
      await press(page.getByRole('button', { name: `Prüfen: „${FISHING}“` }));
      const detail = page.getByRole('region', { name: `Prüfen: „${FISHING}“` });
      await detail.waitFor();
      const reason = detail.getByLabel(/^Begründung für den Veranstalter/);
      await typeInto(reason, 'Nein');
      await press(detail.getByRole('button', { name: 'Ablehnen' }));
      await detail
        .getByRole('link', { name: 'Schreiben Sie eine Begründung mit mindestens fünf Zeichen.' })
        .waitFor();
      await checkAccessibility('/admin/veranstaltungen/pruefen (reason missing)');
      await typeInto(reason, REASON);
      await press(detail.getByRole('button', { name: 'Ablehnen' }));
      await page
        .getByText(`„${FISHING}“ ist abgelehnt; der Veranstalter erhält die Begründung.`)
        .waitFor();
      await page.getByText('Nichts zu prüfen.').waitFor();
      await checkAccessibility('/admin/veranstaltungen/pruefen (empty)');
    });

    it('trusts the first organiser', async () => {
      await openSection('Veranstalter', 'Veranstalter');
      const row = page.getByRole('row', { name: new RegExp(CLUB.name) });
      await row.getByText('Wird geprüft').waitFor();
      await checkAccessibility('/admin/veranstaltungen/veranstalter');
      await press(row.getByRole('button', { name: `Vertrauen: „${CLUB.name}“` }));
      await page.getByText(`„${CLUB.name}“ ist jetzt vertrauenswürdig.`).waitFor();
      await row.getByText('Vertrauenswürdig').waitFor();
      await checkAccessibility('/admin/veranstaltungen/veranstalter (trusted)');
      // The trusted club's next event, every Wednesday, goes out for confirmation.
      await submitByApi(WALK, CLUB, {
        startDate: inDays(14),
        repeat: { frequency: 'weekly', weekdays: ['WE'], count: 4 },
      });
    });

    it('mails the decisions, and publishes the trusted organiser’s next event on confirmation', {
      timeout: 180_000,
    }, async () => {
      const approved = await waitForMail(mailFolder, CLUB.email, /^Veröffentlicht: „/);
      expect(approved.text).toContain(`${server.url}/veranstaltungen/${readingId}`);
      const rejected = await waitForMail(mailFolder, ANGLERS.email, /^Nicht veröffentlicht: „/);
      expect(rejected.subject).toContain(FISHING);
      expect(rejected.text).toContain(REASON);

      const toConfirm = await waitForMail(
        mailFolder,
        CLUB.email,
        new RegExp(`^Bitte bestätigen: „${WALK}“`),
      );
      await page.goto(confirmLink(toConfirm), { waitUntil: 'load' });
      await page
        .getByRole('heading', { name: 'Danke, Ihre Veranstaltung ist veröffentlicht' })
        .waitFor();
      await checkAccessibility('/veranstaltungen/eintragen/bestaetigen (published)');
      await press(page.getByRole('link', { name: 'Veranstaltung ansehen' }));
      await page.getByRole('heading', { level: 1, name: WALK }).waitFor();
      await page.getByText(/^Wiederholung: Jeden Mittwoch/).waitFor();
      await checkAccessibility('/veranstaltungen/:id (submitted)');
    });

    it('finds no WCAG 2.1 A/AA violation on the screens visited', () => {
      expect(String(axe)).toBe('');
    });
  },
);
