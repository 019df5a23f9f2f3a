import { mkdtemp, readdir, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestServer, type TestServer } from '../../server/src/testing.js';
import { axeViolations, haveChromium, launchChromium } from './browser-support.js';
import { type BuiltTown, buildTestTown } from './fixture.js';

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
  let town: BuiltTown;
  let t: TestServer;
  let listening: { url: string; close(): Promise<void> };
  let browser: Browser;
  let mailDir: string;
  const problems: string[] = [];

  beforeAll(async () => {
    mailDir = await mkdtemp(join(tmpdir(), 'city-app-staff-accounts-mail-'));
    town = await buildTestTown({ prerender: false });
    t = await createTestServer({ env: { CITY_APP_MAIL_DIR: mailDir }, webRoot: town.outDir });
    listening = await t.server.listen({ port: 0, host: '127.0.0.1' });
    browser = await launchChromium();
  });

  afterAll(async () => {
    await browser?.close();
    await listening?.close();
    await t?.close();
    town?.remove();
    await rm(mailDir, { recursive: true, force: true });
  });

  /** A browser signed in as a new staff member with `roles`, in `locale`. */
  async function signedIn(roles: string[], locale: 'de' | 'en' = 'de'): Promise<BrowserContext> {
    const { headers } = await t.loginAs(roles, { name: 'Petra Amt' });
    const context = await browser.newContext({
      serviceWorkers: 'block',
      locale: locale === 'de' ? 'de-DE' : 'en-GB',
      timezoneId: 'Europe/Berlin',
    });
    await context.addCookies(
      (headers.Cookie as string).split('; ').map((pair) => {
        const [name = '', value = ''] = pair.split('=');
        return { name, value, url: listening.url };
      }),
    );
    if (locale === 'en')
      await context.addInitScript(() => localStorage.setItem('city-app:locale', 'en'));
    return context;
  }

  async function visit(context: BrowserContext, path: string): Promise<Page> {
    const page = await context.newPage();
    page.on('pageerror', (error) => problems.push(`${path}: ${error.message}`));
    page.on('console', (m) => {
      if (/Content Security Policy|Refused to/i.test(m.text()))
        problems.push(`${path}: ${m.text()}`);
    });
    await page.goto(`${listening.url}${path}`);
    await page.locator('main h1').waitFor();
    return page;
  }

  const announced = (page: Page, text: string) =>
    expect
      .poll(() => page.getByRole('status').filter({ hasText: text }).count(), { message: text })
      .toBe(1);

  async function invitationsTo(address: string): Promise<string[]> {
    const texts: string[] = [];
    for (const name of await readdir(mailDir)) {
      const text = await readFile(join(mailDir, name), 'utf8');
      if (text.includes(`To: ${address}`)) texts.push(text);
    }
    return texts;
  }

  it('an administrator invites and deactivates with the keyboard alone', async () => {
    const context = await signedIn(['admin']);
    const page = await visit(context, '/admin');
    await tabUntil(page, /^Mitarbeitende$/);
    await page.keyboard.press('Enter');
    await expect.poll(() => page.locator('main h1').textContent()).toBe('Mitarbeitende');
    await page.locator('tbody tr').first().waitFor();
    expect(await axeViolations(page)).toEqual([]);

    // Sending nothing: the summary takes focus and names every field.
    await tabUntil(page, /^Einladung senden$/);
    await page.keyboard.press('Enter');
    await expect
      .poll(() => page.evaluate(() => document.activeElement?.className))
      .toBe('city-error-summary');
    expect(await page.locator('.city-error-summary li').allTextContents()).toEqual([
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
    await expect
      .poll(async () => (await invitationsTo('bernd.bauhof@testhausen.example')).length)
      .toBe(1);
    await page.getByRole('rowheader', { name: 'Bernd Bauhof' }).waitFor();
    expect(await axeViolations(page)).toEqual([]);

    // Deactivating asks first; the dialog is reached and confirmed by keyboard.
    await tabUntil(page, /^Deaktivieren: Bernd Bauhof$/);
    await page.keyboard.press('Enter');
    await expect.poll(() => focusedName(page)).toBe('Ja, deaktivieren');
    expect(await axeViolations(page)).toEqual([]);
    await page.keyboard.press('Enter');
    await announced(page, 'Das Konto von Bernd Bauhof ist deaktiviert.');
    const { rows } = await t.db.query<{ off: boolean }>(
      "select deactivated_at is not null as off from city_app_users where email = 'bernd.bauhof@testhausen.example'",
    );
    expect(rows).toEqual([{ off: true }]);
    await page.getByRole('button', { name: 'Wieder aktivieren: Bernd Bauhof' }).waitFor();
    expect(await axeViolations(page)).toEqual([]);
    await context.close();
  });

  it('is in English and holds at 200 % text', async () => {
    const context = await signedIn(['admin'], 'en');
    const page = await visit(context, '/admin/mitarbeitende');
    expect(await page.getAttribute('html', 'lang')).toBe('en');
    await expect.poll(() => page.locator('main h1').textContent()).toBe('Staff');
    await page.getByRole('heading', { name: 'Invite by e-mail' }).waitFor();
    expect(await page.locator('main').textContent()).not.toMatch(/Einladung|Rollen|Aktiv\b/);
    expect(await axeViolations(page)).toEqual([]);
    await page.evaluate(() => {
      document.documentElement.style.fontSize = '200%';
    });
    expect(
      await page.evaluate(() => {
        const main = document.querySelector('main') as HTMLElement;
        return main.scrollWidth <= main.clientWidth;
      }),
    ).toBe(true);
    expect(await axeViolations(page)).toEqual([]);
    await context.close();
  });

  it('is not an editor’s: no link, and the screen says so', async () => {
    const context = await signedIn(['editor']);
    const page = await visit(context, '/admin');
    const staffNav = page.getByRole('navigation', { name: 'Bereiche für Mitarbeitende' });
    await staffNav.getByRole('link', { name: 'Benachrichtigungen' }).waitFor();
    expect(await staffNav.getByRole('link', { name: 'Mitarbeitende' }).count()).toBe(0);
    const screen = await visit(context, '/admin/mitarbeitende');
    await expect.poll(() => screen.locator('main h1').textContent()).not.toBe('Mitarbeitende');
    expect(await screen.locator('main').textContent()).not.toContain('Petra Amt');
    await context.close();
  });

  it('runs without Content-Security-Policy violations or script errors', () => {
    expect(problems).toEqual([]);
  });
});
