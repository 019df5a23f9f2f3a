// The waste calendar in English, in a freshly generated town on its production build: the
// resident switches the app's language in the settings (the app starts in the town's first
// language, whatever the browser prefers), then reads the calendar, and a staff member signs in
// and uses the streets screen. Every heading, label and button is English, and the page says so.
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { Cleanup, type RunningServer } from '../../create-city-app/test/e2e/support.js';
import { startEnglishJourney } from './support/english.js';
import { AxeReport, journeysRun, press, signIn } from './support/journey.js';

const TOWN = { name: 'Zarrentin', slug: 'zarrentin', state: 'DE-MV' };
const ADMIN = { email: 'abfall@zarrentin.example', password: 'Schaalsee-Ufer-Tonnen-2027' };

// Words of the German interface that an English screen must not show. Street and tour names
// are the town's own content and stay German, so only the interface's own words are checked.
const GERMAN = [
  /\bund\b/,
  /\boder\b/,
  /\b(der|die|das|den|dem)\b/,
  /\bnicht\b/,
  /\b(Sie|Ihre?)\b/,
  /Abholung/,
  /Termin/,
  /wählen/,
  /Einstellung/,
  /Abfall(?!\w*straße)/,
  /Beispiel/,
  /Erinnerung/,
  /suchen/,
  /speichern/,
  /anlegen/,
];

describe.skipIf(!journeysRun)(
  `the waste calendar of ${TOWN.name} in English`,
  { timeout: 60_000 },
  () => {
    const cleanup = new Cleanup();
    let server: RunningServer;
    let page: Page;
    const axe = new AxeReport();

    const checkAccessibility = (where: string) => axe.check(page, where);

    /**
     * The interface's words on the screen: headings, labels, legends, buttons, links, column
     * headings and the texts of notices; each checked for German.
     */
    async function expectNoGerman(where: string, skip: readonly string[] = []) {
      const texts = await page
        .locator(
          'main :is(h1, h2, h3, label, legend, button, th[scope="col"], caption, .city-alert, p)',
        )
        .allInnerTexts();
      const german = texts
        .map((text) => skip.reduce((rest, name) => rest.replaceAll(name, ''), text))
        .filter((text) => GERMAN.some((word) => word.test(text)));
      expect(german, `German on ${where}`).toEqual([]);
      expect(await page.evaluate(() => document.documentElement.lang)).toBe('en');
    }

    beforeAll(async () => {
      ({ server, page } = await startEnglishJourney(TOWN, ADMIN, cleanup));
    }, 300_000);

    afterAll(async () => {
      await cleanup.run();
    }, 60_000);

    it('finds the street and shows the calendar in English', async () => {
      await page.goto(`${server.url}/abfall`, { waitUntil: 'load' });
      await page.getByRole('heading', { level: 1, name: 'Choose your street' }).waitFor();
      await expectNoGerman('/abfall (street picker)');
      await page.getByLabel('Street or village').focus();
      await page.keyboard.type('bahnhofstr');
      await page.keyboard.press('Enter');
      const choice = page.getByRole('button', { name: /Bahnhofstraße, 1–49/ });
      await choice.waitFor();
      await checkAccessibility('/abfall (street picker, en)');
      await press(choice);
      await page.getByRole('heading', { name: 'Next collection' }).waitFor();
      await page.getByText('Sample dates – the real dates will follow.').first().waitFor();
      for (const type of ['Residual waste', 'Organic waste', 'Paper and cardboard'])
        expect(await page.getByText(type).count(), type).toBeGreaterThan(0);
      expect(await page.getByText('Restabfall').count()).toBe(0);
      await expectNoGerman('/abfall (calendar)', ['Bahnhofstraße']);
      await checkAccessibility('/abfall (calendar, en)');

      await press(page.getByRole('link', { name: 'Month view' }));
      await page.locator('caption', { hasText: /^Collections in / }).waitFor();
      await expectNoGerman('/abfall/monat', ['Bahnhofstraße']);
      await checkAccessibility('/abfall/monat (en)');
    });

    it('shows the waste section of the settings in English', async () => {
      await page.goto(`${server.url}/einstellungen`, { waitUntil: 'load' });
      const section = page.getByRole('region', { name: 'Collection days' });
      await section.getByText('Bahnhofstraße, 1–49').waitFor();
      await section.getByRole('heading', { name: 'Reminders' }).waitFor();
      // Off until chosen; chosen, the evening before at the town's time.
      const residual = section.getByRole('group', { name: /Residual waste/ });
      const evening = residual.getByRole('checkbox', { name: 'The evening before' });
      expect(await evening.isChecked()).toBe(false);
      await press(evening, 'Space');
      expect(await residual.getByLabel('Time the evening before').inputValue()).toBe('18:00');
      await expectNoGerman('/einstellungen (waste section)', ['Bahnhofstraße']);
      await checkAccessibility('/einstellungen (en)');
    });

    it('lets staff sign in and find a street in English', async () => {
      await page.goto(`${server.url}/admin/abfall/strassen`, { waitUntil: 'load' });
      await page.getByRole('heading', { level: 1, name: 'Sign in' }).waitFor();
      await signIn(page, ADMIN, 'Streets and tours', 'en');
      await page.getByLabel('Find a street or area').focus();
      await page.keyboard.type('Bahnhofstr');
      await page.keyboard.press('Enter');
      await page.getByText('Found: 2').waitFor();
      // The tours keep the names the town gave them (German content), so only the interface is checked.
      await expectNoGerman('/admin/abfall/strassen', [
        'Bahnhofstraße',
        ...(await page.locator('main a[href*="/touren/"]').allInnerTexts()),
      ]);
      await checkAccessibility('/admin/abfall/strassen (en)');
    });

    it('finds no WCAG 2.1 A/AA violation on the screens visited', () => {
      expect(String(axe)).toBe('');
    });
  },
);
