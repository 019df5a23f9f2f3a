import { createServer, type IncomingMessage, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { axeViolations, CSP, haveChromium, launchChromium, sendStatic } from './browser-support.js';
import { type BuiltTown, buildTestTown } from './fixture.js';

/**
 * "Meine Termine" in Chromium: the built app against an API that answers as the kernel's
 * `/api/dates` does (the kernel's own tests prove those answers), in German and English.
 */
interface Calls {
  made: number;
  ended: number;
  active: boolean;
  known: boolean;
}

function answer(path: string, method: string, calls: Calls): { status: number; body?: unknown } {
  const match = /^\/api\/dates\/installations\/([0-9a-f-]{36})(\/calendar)?$/.exec(path);
  if (!match || !calls.known) return { status: 404, body: { code: 'not_found', message: 'No.' } };
  if (!match[2]) {
    return {
      status: 200,
      body: {
        entries: [
          {
            id: 'b1',
            title: { de: '3D-Drucker', en: '3D printer' },
            start: '2030-03-30T09:00:00.000Z',
            end: '2030-03-30T10:00:00.000Z',
            location: 'Stadtbibliothek, Markt 2',
            path: '/hinweise/b1',
            status: 'confirmed',
            detail: { de: 'Bestätigt', en: 'Confirmed' },
            module: { id: 'hinweise', title: { de: 'Hinweise', en: 'Notices' } },
          },
          {
            id: 'tonne',
            title: { de: 'Biotonne', en: 'Organic waste bin' },
            start: '2030-04-02',
            allDay: true,
            path: '/hinweise/tonne',
            status: 'tentative',
            module: { id: 'hinweise', title: { de: 'Hinweise', en: 'Notices' } },
          },
        ],
        more: false,
        incomplete: [],
      },
    };
  }
  if (method === 'POST') {
    calls.made += 1;
    calls.active = true;
    const https = `http://127.0.0.1/api/dates/calendar/${'T'.repeat(42)}${calls.made}.ics`;
    return {
      status: 201,
      body: {
        https,
        webcal: https.replace('http:', 'webcal:'),
        createdAt: new Date().toISOString(),
      },
    };
  }
  if (method === 'DELETE') {
    calls.ended += 1;
    calls.active = false;
    return { status: 204 };
  }
  return {
    status: 200,
    body: calls.active ? { active: true, createdAt: new Date().toISOString() } : { active: false },
  };
}

function serve(root: string, calls: Calls): Promise<Server> {
  const server = createServer((req: IncomingMessage, res) => {
    const url = new URL(req.url ?? '/', 'http://127.0.0.1');
    res.setHeader('Content-Security-Policy', CSP);
    if (url.pathname.startsWith('/api/')) {
      req.resume();
      const { status, body } = answer(url.pathname, req.method ?? 'GET', calls);
      res.writeHead(status, { 'Content-Type': 'application/json' });
      res.end(body === undefined ? undefined : JSON.stringify(body));
      return;
    }
    sendStatic(res, root, url.pathname);
  });
  return new Promise((resolve) => server.listen(0, '127.0.0.1', () => resolve(server)));
}

/** Presses Tab until the focused element's text is `name`: the keyboard reaches it. */
async function tabTo(page: Page, name: string): Promise<void> {
  for (let i = 0; i < 60; i++) {
    await page.keyboard.press('Tab');
    const text = await page.evaluate(() => document.activeElement?.textContent?.trim() ?? '');
    if (text === name) return;
  }
  throw new Error(`Tab never reached "${name}"`);
}

describe.skipIf(!haveChromium && !process.env.CI)('Meine Termine in Chromium', () => {
  let town: BuiltTown;
  let server: Server;
  let browser: Browser;
  let origin: string;
  const calls: Calls = { made: 0, ended: 0, active: false, known: true };

  beforeAll(async () => {
    town = await buildTestTown({ prerender: false });
    server = await serve(town.outDir, calls);
    origin = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
    browser = await launchChromium();
  }, 240_000);
  afterAll(async () => {
    await browser?.close();
    server?.close();
    town?.remove();
  });

  it('lists the dates, makes, renews and ends the calendar link by keyboard, axe-clean', async () => {
    const context = await browser.newContext({ locale: 'de-DE' });
    const page = await context.newPage();
    await page.goto(`${origin}/`);
    await page.getByRole('link', { name: 'Meine Termine' }).click();
    await page.getByRole('heading', { level: 1, name: 'Meine Termine' }).waitFor();
    await page.getByRole('link', { name: '3D-Drucker' }).waitFor();
    const text = (await page.locator('main').textContent()) ?? '';
    expect(text).toContain('Samstag, 30. März 2030');
    expect(text).toContain('Biotonne');
    expect(text).toContain('ganztägig');
    expect(text).toContain('vorläufig');
    expect(text).not.toMatch(/\b(Confirmed|all day|Subscribe)\b/);
    expect(await axeViolations(page)).toEqual([]);

    await tabTo(page, 'Kalender abonnieren');
    await page.keyboard.press('Enter');
    await page.getByRole('link', { name: 'Im Kalender öffnen (webcal)' }).waitFor();
    expect(
      await page.getByRole('link', { name: 'Im Kalender öffnen (webcal)' }).getAttribute('href'),
    ).toMatch(/^webcal:\/\//);
    expect(await page.getByLabel('Link zum Kopieren (https)').inputValue()).toMatch(
      /^http:\/\/.+\.ics$/,
    );
    expect(await axeViolations(page)).toEqual([]);
    await tabTo(page, 'Link erneuern');
    await page.keyboard.press('Enter');
    await page.getByText('Ihr privater Kalender-Link ist bereit.').waitFor();
    await expect.poll(() => calls.made).toBe(2);
    expect(await page.getByLabel('Link zum Kopieren (https)').inputValue()).toContain('T2.ics');

    // At 200 % text nothing needs sideways scrolling.
    await page.evaluate(() => {
      document.documentElement.style.fontSize = '200%';
    });
    expect(
      await page.evaluate(() => document.documentElement.scrollWidth <= window.innerWidth),
    ).toBe(true);
    await page.evaluate(() => {
      document.documentElement.style.fontSize = '';
    });

    await tabTo(page, 'Abo beenden');
    await page.keyboard.press('Enter');
    await page
      .getByText('Das Kalender-Abo ist beendet. Der Link funktioniert nicht mehr.')
      .waitFor();
    expect(calls.ended).toBe(1);
    await page.getByRole('button', { name: 'Kalender abonnieren' }).waitFor();
    await context.close();
  });

  it('speaks English, and explains an empty device', async () => {
    const context = await browser.newContext({ locale: 'en-GB' });
    // The language a resident chose in the settings, as the app keeps it.
    await context.addInitScript(() => localStorage.setItem('city-app:locale', 'en'));
    const page = await context.newPage();
    await page.goto(`${origin}/termine`);
    await page.getByRole('heading', { level: 1, name: 'My dates' }).waitFor();
    await page.getByRole('link', { name: '3D printer' }).waitFor();
    expect((await page.locator('main').textContent()) ?? '').toContain('all day');
    expect(await axeViolations(page)).toEqual([]);
    calls.known = false;
    await page.reload();
    await page.getByText(/No dates on this device yet/).waitFor();
    expect(await page.getByRole('button', { name: 'Subscribe in calendar' }).count()).toBe(0);
    expect(await axeViolations(page)).toEqual([]);
    await context.close();
  });
});
