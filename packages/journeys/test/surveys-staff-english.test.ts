// The surveys module's staff screens in English, in a freshly generated town on its production
// build in Chromium, with the keyboard: staff write a survey that takes comments, open it,
// publish one resident's comment and reject another, and close it. The resident (in German)
// then sees only the published comment, and the home screen no longer lists the survey. axe-core
// checks every screen; English screens show no German interface words, German ones no English.
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { Cleanup, type RunningServer } from '../../create-city-app/test/e2e/support.js';
import { expectNoEnglish, expectNoGerman, startEnglishJourney } from './support/english.js';
import {
  AxeReport,
  followStaffNav,
  journeysRun,
  phonePage,
  press,
  signIn,
  typeInto,
} from './support/journey.js';
import { fillSurveyForm } from './support/survey-form.js';
import { expectNoOverflowAt200 } from './support/text-size.js';

const TOWN = { name: 'Gadebusch', slug: 'gadebusch', state: 'DE-MV' };
const ADMIN = { email: 'umfragen@gadebusch.example', password: 'Burgsee-Beteiligung-2027-Amt' };
const TITLE = { de: 'Spielplatz am Burgsee', en: 'Playground at the castle lake' };
// Residents' comments are their own words, not the interface's, and carry no language mark
// (staff cannot know it); these two contain none of the interface words below.
const KIND = 'Bitte auch eine Schaukel für Kinder im Rollstuhl.';
const RUDE = 'Das braucht doch kein Mensch, reine Geldverschwendung!!!';

// Words of the German interface that an English staff screen must not show outside `lang="de"`.
const GERMAN = [
  /\bund\b/,
  /\boder\b/,
  /\b(der|die|das|den|dem)\b/,
  /\b(Sie|Ihre?)\b/,
  /Umfrage/,
  /Stimme/,
  /Kommentar/,
  /Entwurf/,
  /Veröffentlich/,
  /Ablehnen/,
  /Beenden|beendet/i,
  /Ergebnis/,
  /Frage/,
  /Antwort/,
];
// Words of the English interface that a German resident's screen must not show.
const ENGLISH = [
  /\bthe\b/i,
  /\band\b/,
  /\byour?\b/i,
  /Survey/i,
  /\bvotes?\b/i,
  /Comment/,
  /Results?\b/,
  /\bopen until\b/,
];

describe.skipIf(!journeysRun)(
  `the surveys module's staff screens of ${TOWN.name} in English, with comment moderation`,
  { timeout: 60_000 },
  () => {
    const cleanup = new Cleanup();
    let server: RunningServer;
    let browser: Browser;
    let staff: Page;
    let resident: Page;
    let surveyPath = '';
    const axe = new AxeReport();

    /** The staff page in English (what the town wrote in German is marked so), then axe-core. */
    async function staffInEnglish(where: string) {
      await expectNoGerman(staff, GERMAN, where);
      await axe.check(staff, where);
    }

    /** The resident's page in German, then axe-core. */
    async function residentInGerman(where: string) {
      await expectNoEnglish(resident, ENGLISH, where);
      await axe.check(resident, where);
    }

    beforeAll(async () => {
      ({ server, browser, page: staff } = await startEnglishJourney(TOWN, ADMIN, cleanup));
      resident = await phonePage(browser, 'de-DE');
    }, 300_000);

    afterAll(async () => {
      await cleanup.run();
    }, 60_000);

    it('staff write a survey that takes comments, in English, and open it', async () => {
      await staff.goto(`${server.url}/admin/umfragen`, { waitUntil: 'load' });
      await signIn(staff, ADMIN, 'Surveys', 'en');
      await staff.getByText('No surveys yet.').waitFor();
      await staffInEnglish('/admin/umfragen');
      await followStaffNav(staff, 'Manage surveys', 'New survey', 'New survey');
      await staffInEnglish('/admin/umfragen/neu');

      await fillSurveyForm(staff, {
        title: TITLE,
        question: {
          de: 'Was soll der Spielplatz bekommen?',
          en: 'What should the playground get?',
        },
        answers: [
          { de: 'Eine Seilbahn', en: 'A zip line' },
          { de: 'Einen Sandkasten mit Wasser', en: 'A sandpit with water' },
        ],
      });
      await press(staff.getByRole('radio', { name: 'While the survey runs' }), 'Space');
      await press(staff.getByRole('checkbox', { name: /^Allow comments/ }), 'Space');
      await press(staff.getByRole('button', { name: 'Save as a draft' }));
      await staff.getByRole('heading', { level: 1, name: `Survey: ${TITLE.en}` }).waitFor();
      await staffInEnglish('/admin/umfragen/<id>');
      await expectNoOverflowAt200(staff, '/admin/umfragen/<id> (English)');

      await press(staff.getByRole('button', { name: 'Open now' }));
      await staff.getByText('Opened; followers of “Participation” are notified.').waitFor();
      await staff.getByText('No comments.').waitFor();
      await staffInEnglish('/admin/umfragen/<id> (open)');
      surveyPath = new URL(staff.url()).pathname.replace('/admin', '');
      expect(surveyPath).toMatch(/^\/umfragen\/[0-9a-f-]{36}$/);
    });

    it('a resident finds it on the home screen and writes two comments, in German', async () => {
      await resident.goto(server.url, { waitUntil: 'load' });
      await press(resident.getByRole('link', { name: `Jetzt abstimmen: ${TITLE.de}` }));
      await resident.getByRole('heading', { level: 1, name: TITLE.de }).waitFor();
      expect(new URL(resident.url()).pathname).toBe(surveyPath);
      await resident.getByText('Noch keine Kommentare.').waitFor();
      await residentInGerman('/umfragen/<id>');
      for (const comment of [KIND, RUDE]) {
        await typeInto(resident.getByRole('textbox', { name: /^Ihr Kommentar/ }), comment);
        await press(resident.getByRole('button', { name: 'Kommentar senden' }));
        await expect
          .poll(() => resident.getByRole('textbox', { name: /^Ihr Kommentar/ }).inputValue())
          .toBe('');
      }
      await resident.getByText(/Ihr Kommentar erscheint/).waitFor();
      // Nothing appears before staff decided.
      expect(await resident.getByText(KIND).count()).toBe(0);
      await residentInGerman('/umfragen/<id> (comments sent)');
    });

    it('staff publish one comment and reject the other, in English', async () => {
      await staff.reload({ waitUntil: 'load' });
      await staff.getByRole('heading', { level: 1, name: `Survey: ${TITLE.en}` }).waitFor();
      const comments = staff.getByRole('region', { name: 'Comments' });
      const comment = (body: string) => comments.getByRole('listitem').filter({ hasText: body });
      await expect.poll(() => comments.getByRole('listitem').count()).toBe(2);
      expect(await comment(KIND).textContent()).toContain('Waiting');
      await staffInEnglish('/admin/umfragen/<id> (comments waiting)');

      await press(comment(KIND).getByRole('button', { name: /^Publish/ }));
      await expect.poll(() => comment(KIND).textContent()).toContain('Published');
      await press(comment(RUDE).getByRole('button', { name: /^Reject/ }));
      await expect.poll(() => comment(RUDE).textContent()).toContain('Rejected');
      expect(await comments.getByRole('button').count()).toBe(0);
      await staffInEnglish('/admin/umfragen/<id> (comments decided)');
    });

    it('the resident sees only the published comment', async () => {
      await resident.reload({ waitUntil: 'load' });
      await resident.getByRole('heading', { level: 1, name: TITLE.de }).waitFor();
      const comments = resident.getByRole('region', { name: 'Kommentare' });
      await comments.getByText(KIND).waitFor();
      expect(await comments.getByRole('listitem').count()).toBe(1);
      expect(await resident.getByText(RUDE).count()).toBe(0);
      await residentInGerman('/umfragen/<id> (comment published)');
      await expectNoOverflowAt200(resident, '/umfragen/<id> (comment published)');
    });

    it('staff close it in English; the home screen lists it no more', async () => {
      await press(staff.getByRole('button', { name: 'Close now' }));
      await staff.getByRole('dialog', { name: 'Close the survey?' }).waitFor();
      await axe.check(staff, '/admin/umfragen/<id> (close dialog)');
      await press(staff.getByRole('dialog').getByRole('button', { name: 'Close now' }));
      await staff.getByText('Closed. No vote can be tied to a device any more.').waitFor();
      await staffInEnglish('/admin/umfragen/<id> (closed)');

      await resident.goto(server.url, { waitUntil: 'load' });
      await resident.getByRole('heading', { level: 1 }).waitFor();
      // The card is drawn only while a survey is open: give its data time to arrive.
      await resident.waitForLoadState('networkidle');
      expect(await resident.getByRole('link', { name: /^Jetzt abstimmen/ }).count()).toBe(0);
      expect(await resident.getByRole('link', { name: 'Alles aus „Umfragen“' }).count()).toBe(0);
      await residentInGerman('/ (no survey open)');
    });

    it('has no axe-core violations on any screen visited', () => {
      expect(axe.toString()).toBe('');
    });
  },
);
