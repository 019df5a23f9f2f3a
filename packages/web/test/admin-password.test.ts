import { createServer, type IncomingMessage, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { axeViolations, CSP, haveChromium, launchChromium, sendStatic } from './browser-support.js';
import { type BuiltTown, buildTestTown } from './fixture.js';

/**
 * The staff password screens in Chromium, against a mocked auth API that answers as the
 * server does: forgotten password, the reset link's screen, and the first login's step.
 */

const TOKEN = 'gueltiges-token-aus-der-mail-0123456789';

function bodyOf(req: IncomingMessage): Promise<Record<string, string>> {
  return new Promise((resolve) => {
    let text = '';
    req.on('data', (chunk: Buffer) => {
      text += chunk.toString();
    });
    req.on('end', () => resolve(text ? JSON.parse(text) : {}));
  });
}

/** What the mocked API was sent, by path. */
const sent: Record<string, Record<string, string>[]> = {};
let signedIn: Record<string, unknown> | null = null;

function serve(root: string): Promise<Server> {
  const server = createServer(async (req, res) => {
    const url = new URL(req.url ?? '/', 'http://127.0.0.1');
    res.setHeader('Content-Security-Policy', CSP);
    if (!url.pathname.startsWith('/api/')) return sendStatic(res, root, url.pathname);
    res.setHeader('Content-Type', 'application/json');
    const body = req.method === 'POST' ? await bodyOf(req) : {};
    const log = sent[url.pathname] ?? [];
    sent[url.pathname] = log;
    log.push({ ...body, lang: String(req.headers['accept-language']) });
    const german = req.headers['accept-language'] !== 'en';
    const answer = (status: number, data?: unknown) => {
      res.statusCode = status;
      res.end(data === undefined ? undefined : JSON.stringify(data));
    };
    if (url.pathname === '/api/auth/me')
      return signedIn
        ? answer(200, { user: signedIn, csrfToken: 'csrf-1' })
        : answer(401, { code: 'unauthenticated', message: 'Bitte anmelden.' });
    if (url.pathname === '/api/auth/password-reset')
      return answer(202, {
        message: german
          ? 'Wenn es ein Konto mit dieser Adresse gibt, ist ein Link zum Zurücksetzen unterwegs.'
          : 'If there is an account with this address, a reset link is on its way.',
      });
    if (url.pathname === '/api/auth/password-reset/confirm') {
      if (body.token !== TOKEN)
        return answer(400, { code: 'reset_invalid', message: 'Link ungültig.', field: 'token' });
      if (body.newPassword === 'hagenow-hagenow')
        return answer(400, {
          code: 'weak_password',
          field: 'newPassword',
          message: 'Dieses Passwort ist zu leicht zu erraten.',
        });
      return answer(204);
    }
    if (url.pathname === '/api/open-items')
      return answer(200, {
        items: [
          {
            where: 'legal.imprint.phone',
            file: 'city.config.ts',
            what: { de: 'Telefonnummer (Impressum)', en: 'Phone number (imprint)' },
          },
          {
            where: 'content/news/02-sprechstunde.md',
            file: 'content/news/02-sprechstunde.md',
            what: { de: 'Beispielinhalt: ersetzen oder löschen', en: 'Sample content' },
          },
        ],
      });
    if (url.pathname === '/api/auth/password') {
      if (signedIn) signedIn = { ...signedIn, mustChangePassword: false };
      return answer(204);
    }
    return answer(200, { name: 'Testhausen' });
  });
  return new Promise((resolve) => server.listen(0, '127.0.0.1', () => resolve(server)));
}

describe.skipIf(!haveChromium && !process.env.CI)('staff password screens in Chromium', () => {
  let town: BuiltTown;
  let server: Server;
  let browser: Browser;
  let base: string;
  const problems: string[] = [];

  beforeAll(async () => {
    town = await buildTestTown({ prerender: false });
    server = await serve(town.outDir);
    base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
    browser = await launchChromium();
  });

  afterAll(async () => {
    await browser?.close();
    await new Promise((resolve) => server?.close(resolve));
    town?.remove();
  });

  async function open(path: string): Promise<Page> {
    const context = await browser.newContext({ serviceWorkers: 'block' });
    await context.addCookies([{ name: 'city_app_csrf', value: 'csrf-1', url: base }]);
    const page = await context.newPage();
    page.on('pageerror', (error) => problems.push(`${path}: ${error.message}`));
    page.on('console', (m) => {
      // The 4xx answers the tests provoke are logged by Chromium itself; anything else counts.
      if (m.type() === 'error' && !/status of 4\d\d/.test(m.text()))
        problems.push(`${path}: ${m.text()}`);
    });
    await page.goto(`${base}${path}`);
    await page.locator('main h1').waitFor();
    return page;
  }

  it('asks for a reset link and shows the server’s answer, in the app’s language', async () => {
    signedIn = null;
    const page = await open('/admin');
    await page.getByRole('button', { name: 'Passwort vergessen?' }).click();
    await page.getByRole('heading', { level: 1, name: 'Passwort vergessen' }).waitFor();
    await page.getByRole('button', { name: 'Link anfordern' }).click();
    expect(await page.getByLabel(/E-Mail-Adresse/).getAttribute('aria-invalid')).toBe('true');
    await page.getByLabel(/E-Mail-Adresse/).fill('chefin@hagenow.example');
    await page.getByRole('button', { name: 'Link anfordern' }).click();
    await expect
      .poll(() => page.getByRole('status').filter({ hasText: 'Link zum Zurücksetzen' }).count())
      .toBe(1);
    expect(sent['/api/auth/password-reset']?.at(-1)).toEqual({
      email: 'chefin@hagenow.example',
      lang: 'de',
    });
    expect(await axeViolations(page)).toEqual([]);
    await page.getByRole('button', { name: 'Zurück zur Anmeldung' }).click();
    await page.getByRole('heading', { level: 1, name: 'Anmelden' }).waitFor();
    await page.context().close();
  });

  it('sets a new password from the link, naming the minimum length, and drops the token from the address', async () => {
    signedIn = null;
    const page = await open(`/admin#passwort-zuruecksetzen=${TOKEN}`);
    const field = (id: string) => page.locator(`#${id}`);
    await page.getByRole('heading', { level: 1, name: 'Neues Passwort festlegen' }).waitFor();
    expect(new URL(page.url()).hash).toBe('');
    await expect.poll(() => page.getByText(/Mindestens 12 Zeichen/).count()).toBe(1);
    expect(await axeViolations(page)).toEqual([]);

    await field('reset-new').fill('kurz');
    await field('reset-confirm').fill('kurz');
    await page.getByRole('button', { name: 'Passwort festlegen' }).click();
    await expect
      .poll(() => page.getByText('mindestens 12 Zeichen', { exact: false }).count())
      .toBeGreaterThan(1);

    await field('reset-new').fill('hagenow-hagenow');
    await field('reset-confirm').fill('hagenow-hagenow');
    await page.getByRole('button', { name: 'Passwort festlegen' }).click();
    await expect
      .poll(() => page.getByText('Dieses Passwort ist zu leicht zu erraten.').count())
      .toBeGreaterThan(0);

    await field('reset-new').fill('Kompass Wiese Tinte 42');
    await field('reset-confirm').fill('Kompass Wiese Tinte 42');
    await page.getByRole('button', { name: 'Passwort festlegen' }).click();
    await page.getByRole('heading', { level: 1, name: 'Anmelden' }).waitFor();
    await expect
      .poll(() => page.getByText('Ihr Passwort ist festgelegt.', { exact: false }).count())
      .toBe(1);
    expect(sent['/api/auth/password-reset/confirm']?.at(-1)).toMatchObject({
      token: TOKEN,
      newPassword: 'Kompass Wiese Tinte 42',
    });
    await page.context().close();
  });

  it('makes the first login replace the one-time password before anything else', async () => {
    signedIn = {
      id: '1',
      email: 'admin@hagenow.invalid',
      name: 'Administrator',
      roles: ['admin'],
      mustChangePassword: true,
    };
    const page = await open('/admin');
    await page.getByRole('heading', { level: 2, name: 'Eigenes Passwort festlegen' }).waitFor();
    expect(await page.getByRole('button', { name: 'Abmelden' }).count()).toBe(0);
    await expect.poll(() => page.getByText(/Mindestens 12 Zeichen/).count()).toBe(1);
    expect(await axeViolations(page)).toEqual([]);
    await page.locator('#password-current').fill('abcde-fghij-klmno-pqrst');
    await page.locator('#password-new').fill('Kompass Wiese Tinte 42');
    await page.locator('#password-confirm').fill('Kompass Wiese Tinte 42');
    await page.getByRole('button', { name: 'Passwort ändern' }).click();
    await page.getByRole('button', { name: 'Abmelden' }).waitFor();
    // The overview then lists what the town still has to fill in, and where.
    await page.getByRole('heading', { level: 2, name: 'Noch einzutragen' }).waitFor();
    await page.getByText('Wo: legal.imprint.phone in city.config.ts').waitFor();
    await page.getByText('Wo: content/news/02-sprechstunde.md', { exact: true }).waitFor();
    expect(await axeViolations(page)).toEqual([]);
    await page.context().close();
  });

  it('ran without script errors', () => {
    expect(problems).toEqual([]);
  });
});
