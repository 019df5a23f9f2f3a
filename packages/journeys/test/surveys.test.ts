// A survey from start to end in a freshly generated town on its production build in Chromium,
// with the keyboard: staff write one in German and English and open it; residents find it on
// the home screen, one votes in German, another in English, each reads the results as a
// table; staff close it and residents see the final count. axe-core checks every screen; the
// English pages show no German words.
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { Cleanup, type RunningServer } from '../../create-city-app/test/e2e/support.js';
import { englishPage, expectNoGerman } from './support/english.js';
import {
  AxeReport,
  followStaffNav,
  journeysRun,
  phonePage,
  press,
  signIn,
  startJourney,
} from './support/journey.js';
import { fillSurveyForm } from './support/survey-form.js';
import { expectNoOverflowAt200 } from './support/text-size.js';

const TOWN = { name: 'Zarrentin', slug: 'zarrentin', state: 'DE-MV' };
const ADMIN = { email: 'beteiligung@zarrentin.example', password: 'Schaalsee-Umfrage-2027-Amt' };
const TITLE = { de: 'Badestelle am Schaalsee', en: 'Bathing spot at Lake Schaal' };
const GERMAN = [
  /\bund\b/,
  /\boder\b/,
  /\b(der|die|das|den|dem)\b/,
  /\b(Sie|Ihre?)\b/,
  /Umfrage/,
  /Stimme/,
];

describe.skipIf(!journeysRun)(
  `a survey in ${TOWN.name}: staff open it, residents vote in German and English, with the keyboard`,
  { timeout: 60_000 },
  () => {
    const cleanup = new Cleanup();
    let server: RunningServer;
    let browser: Browser;
    let staff: Page;
    let page: Page;
    let surveyPath = '';
    const axe = new AxeReport();

    beforeAll(async () => {
      ({ server, browser } = await startJourney(TOWN, ADMIN, cleanup));
      staff = await phonePage(browser, 'de-DE');
    }, 300_000);

    afterAll(async () => {
      await cleanup.run();
    }, 60_000);

    it('staff write a survey in German and English and open it', async () => {
      await staff.goto(`${server.url}/admin/umfragen`, { waitUntil: 'load' });
      await signIn(staff, ADMIN, 'Umfragen');
      await staff.getByText('Noch keine Umfragen.').waitFor();
      await axe.check(staff, '/admin/umfragen');
      await followStaffNav(staff, 'Umfragen verwalten', 'Neue Umfrage', 'Neue Umfrage');
      await axe.check(staff, '/admin/umfragen/neu');

      await fillSurveyForm(staff, {
        title: TITLE,
        question: {
          de: 'Was soll die Badestelle bekommen?',
          en: 'What should the bathing spot get?',
        },
        answers: [
          { de: 'Einen Steg', en: 'A jetty' },
          { de: 'Eine Rampe ins Wasser', en: 'A ramp into the water' },
        ],
      });
      await press(staff.getByRole('radio', { name: 'Schon während der Umfrage' }), 'Space');
      await press(staff.getByRole('button', { name: 'Als Entwurf speichern' }));
      await staff.getByRole('heading', { level: 1, name: `Umfrage: ${TITLE.de}` }).waitFor();
      await axe.check(staff, '/admin/umfragen/<id>');
      await expectNoOverflowAt200(staff, '/admin/umfragen/<id>');

      await press(staff.getByRole('button', { name: 'Jetzt öffnen' }));
      await staff.getByText('Geöffnet; wer „Beteiligung“ folgt, wird benachrichtigt.').waitFor();
      surveyPath = new URL(staff.url()).pathname.replace('/admin', '');
      expect(surveyPath).toMatch(/^\/umfragen\/[0-9a-f-]{36}$/);
    });

    it('a resident finds it on the home screen, votes in German and reads the results as a table', async () => {
      page = await phonePage(browser, 'de-DE');
      await page.goto(server.url, { waitUntil: 'load' });
      const vote = page.getByRole('link', { name: `Jetzt abstimmen: ${TITLE.de}` });
      await vote.waitFor();
      await axe.check(page, '/ (a survey open)');
      await expectNoOverflowAt200(page, '/ (a survey open)');
      await press(page.getByRole('link', { name: 'Alles aus „Umfragen“' }));
      await page.getByRole('heading', { level: 1, name: 'Umfragen' }).waitFor();
      await axe.check(page, '/umfragen');
      await press(page.getByRole('link', { name: TITLE.de }));
      await page.getByRole('heading', { level: 1, name: TITLE.de }).waitFor();
      await axe.check(page, '/umfragen/<id>');
      await expectNoOverflowAt200(page, '/umfragen/<id>');

      // Sent without an answer: the summary names the question.
      await press(page.getByRole('button', { name: 'Abstimmen' }));
      await page.getByRole('link', { name: 'Bitte beantworten Sie diese Frage.' }).waitFor();
      await axe.check(page, '/umfragen/<id> (error)');
      await press(page.getByRole('radio', { name: 'Einen Steg' }), 'Space');
      await press(page.getByRole('button', { name: 'Abstimmen' }));
      await page.getByText('Danke, Ihre Stimme zählt.').waitFor();
      const jetty = page.getByRole('row', { name: /^Einen Steg/ });
      // The share comes with a no-break space before the sign, as German writes it.
      await expect.poll(() => jetty.getByRole('cell').allInnerTexts()).toEqual(['1', '100\u00a0%']);
      await axe.check(page, '/umfragen/<id> (voted)');

      // The home screen now offers the results instead of the vote.
      await page.goto(server.url, { waitUntil: 'load' });
      await press(page.getByRole('link', { name: `Ergebnis ansehen: ${TITLE.de}` }));
      await page.getByRole('heading', { level: 1, name: TITLE.de }).waitFor();
      // The same device again: no second form, and it says why.
      await page.reload({ waitUntil: 'load' });
      await page.getByText(/Von diesem Gerät wurde in dieser Umfrage schon abgestimmt/).waitFor();
      expect(await page.getByRole('button', { name: 'Abstimmen' }).count()).toBe(0);
      // Its storage cleared (as after reinstalling), the device gets the form, and the server refuses.
      await page.evaluate(() => localStorage.removeItem('city-app:surveys:voted'));
      await page.reload({ waitUntil: 'load' });
      await press(page.getByRole('radio', { name: 'Eine Rampe ins Wasser' }), 'Space');
      await press(page.getByRole('button', { name: 'Abstimmen' }));
      await page.getByText(/Von diesem Gerät wurde in dieser Umfrage schon abgestimmt/).waitFor();
    });

    it('a resident who chose English votes and reads the results in English', async () => {
      const english = await englishPage(browser, server.url);
      await english.goto(server.url, { waitUntil: 'load' });
      const vote = english.getByRole('link', { name: `Vote now: ${TITLE.en}` });
      await vote.waitFor();
      await axe.check(english, '/ (English, a survey open)');
      await press(vote);
      await english.getByRole('heading', { level: 1, name: TITLE.en }).waitFor();
      expect(new URL(english.url()).pathname).toBe(surveyPath);
      await press(english.getByRole('radio', { name: 'A ramp into the water' }), 'Space');
      await press(english.getByRole('button', { name: 'Vote' }));
      await english.getByText('Thank you, your vote counts.').waitFor();
      const ramp = english.getByRole('row', { name: /^A ramp into the water/ });
      await expect.poll(() => ramp.getByRole('cell').allInnerTexts()).toEqual(['1', '50%']);
      await axe.check(english, '/umfragen/<id> (English)');
      await expectNoGerman(english, GERMAN, '/umfragen/<id>');
    });

    it('staff close it; residents see the final count and no form', async () => {
      await press(staff.getByRole('button', { name: 'Jetzt beenden' }));
      await press(staff.getByRole('dialog').getByRole('button', { name: 'Jetzt beenden' }));
      await staff
        .getByText('Beendet. Keine Stimme lässt sich mehr einem Gerät zuordnen.')
        .waitFor();
      await axe.check(staff, '/admin/umfragen/<id> (closed)');
      await page.goto(`${server.url}${surveyPath}`, { waitUntil: 'load' });
      await page.getByText('2 Stimmen insgesamt').waitFor();
      expect(await page.getByRole('button', { name: 'Abstimmen' }).count()).toBe(0);
      await axe.check(page, '/umfragen/<id> (closed)');
    });

    it('has no axe-core violations on any screen visited', () => {
      expect(axe.toString()).toBe('');
    });
  },
);
