// The defect reporter in English, in a freshly generated town on its production build in
// Chromium, with the keyboard: a resident who switched the app to English reports a broken
// sign and is refused once in English; staff signed in with English pages find it in the
// inbox, and open the response templates and the Open311 keys. No German interface words
// outside what is marked German; axe-core checks every screen.
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { Cleanup, type RunningServer } from '../../create-city-app/test/e2e/support.js';
import { expectNoGerman as expectEnglish, startEnglishJourney } from './support/english.js';
import {
  AxeReport,
  followStaffNav,
  journeysRun,
  press,
  signIn,
  typeInto,
} from './support/journey.js';

const TOWN = { name: 'Wittenburg', slug: 'wittenburg', state: 'DE-MV' };
const ADMIN = { email: 'ordnung@wittenburg.example', password: 'Muehlentor-Schild-2027-Amt' };

// Words of the German interface that an English screen must not show outside `lang="de"`.
// Street names ("Lange Straße 28" in a hint) are names, in English too.
const GERMAN = [
  /\bund\b/,
  /\boder\b/,
  /\b(der|die|das|den|dem)\b/,
  /\bnicht\b/,
  /\b(Sie|Ihre?)\b/,
  /Meldung/,
  /Mangel/,
  /Mängel/,
  /Stand\b/,
  /Beschreibung/,
  /wählen/,
];

describe.skipIf(!journeysRun)(
  `the defect reporter of ${TOWN.name} in English, with the keyboard`,
  { timeout: 60_000 },
  () => {
    const cleanup = new Cleanup();
    let server: RunningServer;
    let page: Page;
    let number = '';
    const axe = new AxeReport();
    const checkAccessibility = (where: string) => axe.check(page, where);
    const expectNoGerman = (where: string) => expectEnglish(page, GERMAN, where);

    beforeAll(async () => {
      ({ server, page } = await startEnglishJourney(TOWN, ADMIN, cleanup));
    }, 300_000);

    afterAll(async () => {
      await cleanup.run();
    }, 60_000);

    it('opens the defect reporter in English', async () => {
      await page.goto(`${server.url}/maengelmelder`, { waitUntil: 'load' });
      await page.getByRole('heading', { level: 1, name: 'Defect reports' }).waitFor();
      await expectNoGerman('/maengelmelder (en)');
      await checkAccessibility('/maengelmelder (en)');
    });

    it('reports a broken sign, refused once in English', async () => {
      await press(page.getByRole('link', { name: 'Report a defect' }));
      await page.getByRole('heading', { level: 1, name: 'Report a defect' }).waitFor();
      // The town's categories have arrived: the whole form is there to be read.
      await page.getByRole('radio', { name: 'Traffic sign' }).waitFor();
      await expectNoGerman('/maengelmelder/melden (en)');
      await typeInto(page.getByLabel(/^Address or place/), 'Große Straße 5');
      await press(page.getByRole('button', { name: 'Send report' }));
      const summary = page.getByRole('region', { name: 'Please check what you entered' });
      await summary.getByRole('link', { name: 'Choose what is broken.' }).waitFor();
      await checkAccessibility('/maengelmelder/melden (en, error)');

      await press(page.getByRole('radio', { name: 'Traffic sign' }), 'Space');
      await typeInto(page.getByLabel(/^Description/), 'The give-way sign is bent to the ground.');
      await press(page.getByRole('button', { name: 'Send report' }));
      await page.getByRole('heading', { name: 'Thank you for your report' }).waitFor();
      const said = await page.getByText(/^Your report has the number/).textContent();
      number = said?.match(/\d{4}-\d{5,6}/)?.[0] ?? '';
      expect(number).not.toBe('');
      await expectNoGerman('/maengelmelder/melden (en, sent)');
      await checkAccessibility('/maengelmelder/melden (en, sent)');
    });

    it('shows staff the report, the response templates and the Open311 keys in English', async () => {
      await page.goto(`${server.url}/admin/maengelmelder`, { waitUntil: 'load' });
      await signIn(page, ADMIN, 'Defect reports: inbox', 'en');
      await page.getByRole('table').getByRole('link', { name: number }).waitFor();
      await checkAccessibility('/admin/maengelmelder (en)');
      await press(page.getByRole('table').getByRole('link', { name: number }));
      await page.getByRole('heading', { level: 1, name: `Report ${number}` }).waitFor();
      await checkAccessibility('/admin/maengelmelder/:id (en)');

      const sections = 'Sections of the defect reports';
      await followStaffNav(page, sections, 'Response templates', 'Response templates');
      await page.getByText('No response templates yet.').waitFor();
      await checkAccessibility('/admin/maengelmelder/vorlagen (en)');
      await followStaffNav(page, sections, 'Interface', 'Interface (Open311)');
      await page.getByText('No keys yet.').waitFor();
      await checkAccessibility('/admin/maengelmelder/schnittstelle (en)');
    });

    it('finds no WCAG 2.1 A/AA violation on the screens visited', () => {
      expect(String(axe)).toBe('');
    });
  },
);
