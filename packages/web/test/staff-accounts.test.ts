import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { axeViolations, haveChromium } from './browser-support.js';
import {
  announced,
  fitsAtDoubleText,
  fitsWidth,
  focusedSummary,
  rowsOf,
  type StaffBrowser,
  startStaffBrowser,
} from './staff-browser.js';

/**
 * The administrators' staff accounts in Chromium, against the real kernel: invite by e-mail
 * and deactivate with the keyboard alone, in German and English, without WCAG violations.
 */

/** The focused element's name: its label, else its accessible name or text. */
const focusedName = (page: Page) =>
  page.evaluate(() => {
    const el = document.activeElement as HTMLElement | null;
    if (!el) return '';
    const label = el.id ? document.querySelector(`label[for="${el.id}"]`)?.textContent : null;
    return (label ?? el.getAttribute('aria-label') ?? el.textContent ?? '').trim();
  });

/** Moves on with Tab until the focus is on `name`, as a keyboard user does. */
async function tabUntil(page: Page, name: RegExp): Promise<void> {
  for (let presses = 0; presses < 100; presses++) {
    await page.keyboard.press('Tab');
    if (name.test(await focusedName(page))) return;
  }
  throw new Error(`Tab never reached ${String(name)}`);
}

describe.skipIf(!haveChromium && !process.env.CI)('the staff accounts in Chromium', () => {
  let b: StaffBrowser;

  beforeAll(async () => {
    b = await startStaffBrowser();
  });
  afterAll(() => b?.close());

  it('an administrator invites and deactivates with the keyboard alone', async () => {
    const context = await b.signedIn(['admin']);
    const page = await b.visit(context, '/admin');
    await tabUntil(page, /^Mitarbeitende$/);
    await page.keyboard.press('Enter');
    await expect.poll(() => page.locator('main h1').textContent()).toBe('Mitarbeitende');
    await page.locator('tbody tr').first().waitFor();
    expect(await axeViolations(page)).toEqual([]);

    // Sending nothing: the summary takes focus and names every field.
    await tabUntil(page, /^Einladung senden$/);
    await page.keyboard.press('Enter');
    expect(await focusedSummary(page)).toEqual([
      'Bitte geben Sie einen Namen ein.',
      'Bitte geben Sie eine E-Mail-Adresse ein.',
      'Bitte wählen Sie mindestens eine Rolle.',
    ]);
    expect(await axeViolations(page)).toEqual([]);

    await tabUntil(page, /^Name/);
    await page.keyboard.type('Bernd Bauhof');
    await page.keyboard.press('Tab');
    await page.keyboard.type('bernd.bauhof@testhausen.example');
    await tabUntil(page, /^Redaktion$/);
    await page.keyboard.press('Space');
    await tabUntil(page, /^Einladung senden$/);
    await page.keyboard.press('Enter');
    await announced(page, 'Die Einladung an bernd.bauhof@testhausen.example ist unterwegs');
    await expect.poll(() => b.mailFilesNaming('To: bernd.bauhof@testhausen.example')).toBe(1);
    await page.getByRole('rowheader', { name: 'Bernd Bauhof' }).waitFor();
    expect(await axeViolations(page)).toEqual([]);

    // Deactivating asks first; the dialog is reached and confirmed by keyboard.
    await tabUntil(page, /^Deaktivieren: Bernd Bauhof$/);
    await page.keyboard.press('Enter');
    await expect.poll(() => focusedName(page)).toBe('Ja, deaktivieren');
    expect(await axeViolations(page)).toEqual([]);
    await page.keyboard.press('Enter');
    await announced(page, 'Das Konto von Bernd Bauhof ist deaktiviert.');
    await expect.poll(() => focusedName(page)).toBe('Konten');
    const { rows } = await b.t.db.query<{ off: boolean }>(
      "select deactivated_at is not null as off from city_app_users where email = 'bernd.bauhof@testhausen.example'",
    );
    expect(rows).toEqual([{ off: true }]);
    await page.getByRole('button', { name: 'Wieder aktivieren: Bernd Bauhof' }).waitFor();
    expect(await axeViolations(page)).toEqual([]);
    await context.close();
  });

  it('is in English and holds at 200 % text', async () => {
    const context = await b.signedIn(['admin'], 'en');
    const page = await b.visit(context, '/admin/mitarbeitende');
    expect(await page.getAttribute('html', 'lang')).toBe('en');
    await expect.poll(() => page.locator('main h1').textContent()).toBe('Staff');
    await page.getByRole('heading', { name: 'Invite by e-mail' }).waitFor();
    expect(await page.locator('main').textContent()).not.toMatch(/Einladung|Rollen|Aktiv\b/);
    expect(await axeViolations(page)).toEqual([]);
    expect(await fitsAtDoubleText(page)).toBe(true);
    expect(await axeViolations(page)).toEqual([]);
    await context.close();
  });

  it('fits a phone: each account a card under its name, nothing scrolls sideways', async () => {
    const context = await b.signedIn(['admin']);
    const page = await b.visit(context, '/admin/mitarbeitende');
    await page.locator('tbody tr').first().waitFor();
    expect(await fitsWidth(page, 1280)).toBe(true);
    expect(await fitsWidth(page, 360)).toBe(true);
    // The name above the e-mail address, which shows its column's name above it.
    const row = page.getByRole('row', { name: /Petra Amt \(Sie\)/ });
    const name = await row.getByRole('rowheader').boundingBox();
    const email = row.getByRole('cell').first();
    expect((await email.boundingBox())?.y).toBeGreaterThanOrEqual(
      (name?.y ?? 0) + (name?.height ?? 0),
    );
    expect(await email.locator('.city-stacked-table__name').isVisible()).toBe(true);
    expect(await email.textContent()).toMatch(/^E-Mail-Adresse\S+@/);
    // Screen readers still meet a table with its headers, and the same buttons.
    expect(await rowsOf(page, 'Alle Konten mit Rollen und Status')).toContainEqual([
      'Petra Amt (Sie)',
      expect.stringMatching(/@/),
      expect.stringMatching(/^Administration/),
      'Aktiv',
      expect.any(String),
      'Bearbeiten',
    ]);
    expect(await axeViolations(page)).toEqual([]);
    expect(await fitsAtDoubleText(page)).toBe(true);
    expect(await fitsWidth(page, 360)).toBe(true);
    await context.close();
  });

  it('is not an editor’s: no link, and the screen says so', async () => {
    const context = await b.signedIn(['editor']);
    const page = await b.visit(context, '/admin');
    const staffNav = page.getByRole('navigation', { name: 'Bereiche für Mitarbeitende' });
    await staffNav.getByRole('link', { name: 'Benachrichtigungen' }).waitFor();
    expect(await staffNav.getByRole('link', { name: 'Mitarbeitende' }).count()).toBe(0);
    const screen = await b.visit(context, '/admin/mitarbeitende');
    await expect.poll(() => screen.locator('main h1').textContent()).not.toBe('Mitarbeitende');
    expect(await screen.locator('main').textContent()).not.toContain('Petra Amt');
    await context.close();
  });

  it('runs without Content-Security-Policy violations or script errors', () => {
    expect(b.problems).toEqual([]);
  });
});
