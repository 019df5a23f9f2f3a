import { CityAppError, defineModule } from '@city-app/core';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { z } from 'zod';
import { defineServerModule } from '../../server/src/module.js';
import { axeViolations, haveChromium } from './browser-support.js';
import {
  fitsAtDoubleText,
  fitsWidth,
  rowsOf,
  type StaffBrowser,
  startStaffBrowser,
} from './staff-browser.js';

/**
 * The administrators' data sources in Chromium, against the real kernel and its scheduler: a
 * module (the test town's "Hinweise") with one import that fails with a catalogued error and
 * one that works. Staff read both in their language, reached with the keyboard alone.
 */

/** The test town's notices module on the server, with two scheduled imports. */
const notices = defineServerModule({
  manifest: defineModule({
    id: 'hinweise',
    title: { de: 'Hinweise', en: 'Notices' },
    description: { de: 'Hinweise der Stadt', en: 'Notices from the town' },
    field: 'administration',
    personalData: [],
    configSchema: z.object({}),
    messages: { de: {}, en: {} },
  }),
  jobs: [
    {
      name: 'county',
      title: { de: 'Hinweise des Landkreises abrufen', en: 'Fetch the county’s notices' },
      kind: 'import',
      every: '1 hour',
      async run() {
        throw new CityAppError({
          code: 'notices_unreachable',
          title: { de: 'Nicht erreichbar', en: 'Unreachable' },
          message: {
            de: 'Der Server des Landkreises antwortete mit 503.',
            en: 'The county’s server answered 503.',
          },
        });
      },
    },
    {
      name: 'archive',
      title: { de: 'Hinweise aus dem Archiv abrufen', en: 'Fetch the archived notices' },
      kind: 'import',
      every: '1 hour',
      async run() {
        return { created: 4, changed: 1, unchanged: 12, skipped: [] };
      },
    },
  ],
});

/** The focused element's name: its accessible label or its text. */
const focusedName = (page: Page) =>
  page.evaluate(() => {
    const el = document.activeElement as HTMLElement | null;
    return (el?.getAttribute('aria-label') ?? el?.textContent ?? '').trim();
  });

describe.skipIf(!haveChromium && !process.env.CI)('the data sources in Chromium', () => {
  let b: StaffBrowser;

  beforeAll(async () => {
    b = await startStaffBrowser({ modules: [notices] });
    // The scheduler's first look runs both imports right at start; wait for both outcomes.
    const ran = async () =>
      (
        await b.t.db.query<{ n: number }>(
          "select count(*)::int as n from city_app_sources where module = 'hinweise' and last_run_at is not null",
        )
      ).rows[0]?.n;
    for (let i = 0; i < 200 && (await ran()) !== 2; i++)
      await new Promise((r) => setTimeout(r, 100));
  });
  afterAll(() => b?.close());

  it('an administrator finds the failing import with the keyboard and reads why, in German', async () => {
    const context = await b.signedIn(['admin']);
    const page = await b.visit(context, '/admin');
    for (let presses = 0; presses < 100; presses++) {
      await page.keyboard.press('Tab');
      if ((await focusedName(page)) === 'Datenquellen') break;
    }
    await page.keyboard.press('Enter');
    await expect.poll(() => page.locator('main h1').textContent()).toBe('Datenquellen');
    await page.getByText('1 von 4 melden beim letzten Lauf einen Fehler.').waitFor();

    const imports = await rowsOf(page, 'Abrufe von außen mit Zustand und letztem Lauf');
    const row = (rows: string[][], title: string) =>
      rows.find(([first]) => first?.startsWith(title));
    const failing = row(imports, 'Hinweise des Landkreises abrufen');
    expect(failing?.[0]).toMatch(/Hinweise$/);
    expect(failing?.[1]).toBe('Fehler0 erfolgreich, 1 fehlgeschlagen');
    expect(failing?.[2]).toBe('Noch nie');
    expect(failing?.[3]).toContain('Der Server des Landkreises antwortete mit 503.');
    const working = row(imports, 'Hinweise aus dem Archiv abrufen');
    expect(working?.[1]).toBe('Läuft1 erfolgreich, 0 fehlgeschlagen');
    expect(working?.[2]).toContain('Beim letzten Abruf: 4 neu, 1 geändert, 12 unverändert');
    expect(working?.[3]).toBe('Keiner');

    // The kernel's own work is listed apart, under its German titles.
    const jobs = await rowsOf(page, 'Aufgaben im Hintergrund mit Zustand und letztem Lauf');
    expect(row(jobs, 'E-Mails versenden')?.[0]).toBe('E-Mails versendenApp');
    expect(row(jobs, 'Alte Rückmeldungen löschen')?.[0]).toBe('Alte Rückmeldungen löschenApp');
    // Four columns fit a desktop; on a phone each source is a card: nothing scrolls sideways.
    expect(await fitsWidth(page, 1280)).toBe(true);
    expect(await fitsWidth(page, 360)).toBe(true);
    expect(await page.locator('main').textContent()).not.toMatch(/answered|Never|kernel\./);
    expect(await axeViolations(page)).toEqual([]);
    await context.close();
  });

  it('is in English, with the error in English, and holds at 200 % text', async () => {
    const context = await b.signedIn(['admin'], 'en');
    const page = await b.visit(context, '/admin/datenquellen');
    await expect.poll(() => page.locator('main h1').textContent()).toBe('Data sources');
    const imports = await rowsOf(page, 'Fetches from elsewhere with their state and last run');
    expect(
      imports.find(([first]) => first?.startsWith('Fetch the county’s notices'))?.[3],
    ).toContain('The county’s server answered 503.');
    expect(await page.locator('main').textContent()).not.toMatch(/Landkreis|Fehler|Läuft/);
    expect(await axeViolations(page)).toEqual([]);
    expect(await fitsAtDoubleText(page)).toBe(true);
    await context.close();
  });

  it('is not an editor’s', async () => {
    const context = await b.signedIn(['editor']);
    const page = await b.visit(context, '/admin');
    const staffNav = page.getByRole('navigation', { name: 'Bereiche für Mitarbeitende' });
    await staffNav.getByRole('link', { name: 'Benachrichtigungen' }).waitFor();
    expect(await staffNav.getByRole('link', { name: 'Datenquellen' }).count()).toBe(0);
    const screen = await b.visit(context, '/admin/datenquellen');
    await expect.poll(() => screen.locator('main h1').textContent()).not.toBe('Datenquellen');
    expect(await screen.locator('main').textContent()).not.toContain('Landkreis');
    await context.close();
  });

  it('runs without Content-Security-Policy violations or script errors', () => {
    expect(b.problems).toEqual([]);
  });
});
