import type { BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { TestServer } from '../../server/src/testing.js';
import { axeViolations, haveChromium } from './browser-support.js';
import {
  announced,
  fitsAtDoubleText,
  focusedSummary,
  type StaffBrowser,
  startStaffBrowser,
} from './staff-browser.js';

/**
 * The administrators' feedback inbox in Chromium, against the real kernel (its routes, its
 * Content-Security-Policy, PGlite, mail written as files): list, open, answer, delete, by
 * keyboard, in German and English, without WCAG violations.
 */

/** Presses Tab until the focused control's label or text matches `name`. */
async function tabTo(page: Page, name: RegExp, limit = 80): Promise<void> {
  for (let i = 0; i < limit; i++) {
    await page.keyboard.press('Tab');
    const label = await page.evaluate(() => {
      const el = document.activeElement as HTMLElement | null;
      if (!el) return '';
      const byId = el.id ? document.querySelector(`label[for="${el.id}"]`)?.textContent : null;
      return (byId ?? el.getAttribute('aria-label') ?? el.textContent ?? '').trim();
    });
    if (name.test(label)) return;
  }
  throw new Error(`Tab never reached ${String(name)}`);
}

describe.skipIf(!haveChromium && !process.env.CI)('the feedback inbox in Chromium', () => {
  let b: StaffBrowser;
  let t: TestServer;

  beforeAll(async () => {
    b = await startStaffBrowser();
    t = b.t;
  });
  afterAll(() => b?.close());

  async function send(body: Record<string, string>): Promise<string> {
    const res = await t.request('/api/feedback', { json: body });
    expect(res.status).toBe(201);
    return (await res.json()).id;
  }

  const mailFilesNaming = (address: string) => b.mailFilesNaming(address);
  const staff = (roles: string[], locale: 'de' | 'en' = 'de') => b.signedIn(roles, locale);
  const open = (context: BrowserContext, path: string) => b.visit(context, path);
  const status = announced;

  it('an administrator reads, answers and deletes feedback with the keyboard alone', async () => {
    await send({ message: 'Ohne Adresse: der Bus fährt zu früh.' });
    const id = await send({
      message: 'Der Aufzug am Bahnhof ist defekt.\nBitte reparieren.',
      email: 'anna@example.de',
      name: 'Anna Weber',
    });
    const context = await staff(['admin']);
    const page = await open(context, '/admin');
    await tabTo(page, /^Feedback$/);
    await page.keyboard.press('Enter');
    await expect.poll(() => page.locator('main h1').textContent()).toBe('Feedback');
    await expect.poll(() => page.getByText('2 Nachricht(en), davon 2 ungelesen').count()).toBe(1);
    expect(await axeViolations(page)).toEqual([]);

    // The newest first: Anna's.
    await tabTo(page, /^Nachricht vom .* öffnen$/);
    await page.keyboard.press('Enter');
    await expect
      .poll(() => page.evaluate(() => document.activeElement?.textContent))
      .toMatch(/^Nachricht vom /);
    expect(await page.locator('main').textContent()).toContain('Bitte reparieren.');
    expect(await axeViolations(page)).toEqual([]);

    // Sending nothing: the error summary takes focus and says what is missing.
    await tabTo(page, /^Antwort senden$/);
    await page.keyboard.press('Enter');
    expect(await focusedSummary(page)).toEqual(['Bitte schreiben Sie eine Antwort.']);
    expect(await axeViolations(page)).toEqual([]);

    await tabTo(page, /^Antwort(?! senden)/);
    await page.keyboard.type('Danke, der Aufzug wird am Montag repariert.');
    await tabTo(page, /^Antwort senden$/);
    await page.keyboard.press('Enter');
    await status(page, 'Die Antwort ist an anna@example.de gesendet.');
    await expect.poll(() => page.getByText(/^Petra Amt am /).count()).toBe(1);
    await expect.poll(() => mailFilesNaming('anna@example.de')).toBe(1);
    expect(await axeViolations(page)).toEqual([]);

    // Deleting asks first; the dialog is reached and confirmed by keyboard.
    await tabTo(page, /^Feedback löschen$/);
    await page.keyboard.press('Enter');
    await expect
      .poll(() => page.evaluate(() => document.activeElement?.textContent))
      .toBe('Ja, endgültig löschen');
    expect(await axeViolations(page)).toEqual([]);
    await page.keyboard.press('Enter');
    await status(page, 'Das Feedback ist gelöscht.');
    await expect.poll(() => page.getByText('1 Nachricht(en), davon 1 ungelesen').count()).toBe(1);
    const { rows } = await t.db.query('select 1 from feedback where id = $1', [id]);
    expect(rows).toEqual([]);
    expect(await mailFilesNaming('anna@example.de')).toBe(0);
    expect(await axeViolations(page)).toEqual([]);
    await context.close();
  });

  it('is in English, explains feedback without an address, and holds at 200 % text', async () => {
    await send({ message: 'No address given.' });
    const context = await staff(['admin'], 'en');
    const page = await open(context, '/admin/feedback');
    expect(await page.getAttribute('html', 'lang')).toBe('en');
    await page
      .getByRole('button', { name: /^Open the message of / })
      .first()
      .waitFor();
    expect(await axeViolations(page)).toEqual([]);
    await page
      .getByRole('button', { name: /^Open the message of / })
      .first()
      .click();
    await expect
      .poll(() =>
        page.getByText('This message cannot be answered: no e-mail address was given.').count(),
      )
      .toBe(1);
    expect(await axeViolations(page)).toEqual([]);
    expect(await fitsAtDoubleText(page)).toBe(true);
    await context.close();
  });

  it('is not an editor’s: no link, and the screen says so', async () => {
    const context = await staff(['editor']);
    const page = await open(context, '/admin');
    const staffNav = page.getByRole('navigation', { name: 'Bereiche für Mitarbeitende' });
    await staffNav.getByRole('link', { name: 'Benachrichtigungen' }).waitFor();
    // Neither the staff navigation nor the overview offers the inbox (the footer's "Feedback"
    // is the residents' form).
    expect(await staffNav.getByRole('link', { name: 'Feedback' }).count()).toBe(0);
    expect(await page.locator('main').getByRole('link', { name: 'Feedback' }).count()).toBe(0);
    const screen = await open(context, '/admin/feedback');
    await expect.poll(() => screen.locator('main h1').textContent()).not.toBe('Feedback');
    expect(await screen.locator('main').textContent()).not.toContain('No address given.');
    await context.close();
  });

  it('runs without Content-Security-Policy violations or script errors', () => {
    expect(b.problems).toEqual([]);
  });
});
