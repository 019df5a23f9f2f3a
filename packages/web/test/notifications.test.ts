import { readFileSync } from 'node:fs';
import { createServer, type IncomingMessage, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { createNotify, type Notify } from '@city-app/notify';
import { notifyRoutes } from '@city-app/notify/http';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { pgliteDatabase, type TestDatabase } from '../../notify/test/databases.js';
import { TEST_PUSH_SERVICES, TOPICS, VAPID } from '../../notify/test/fixtures.js';
import { type PushStub, startPushStub } from '../../notify/test/push-stub.js';
import { axeSource, CSP, haveChromium, launchChromium, sendStatic } from './browser-support.js';
import { type BuiltTown, buildTestTown } from './fixture.js';

/**
 * Notifications end to end in Chromium: the built app, served with notify's real routes over
 * PGlite; the page's Push API replaced by one whose subscriptions live at a local push
 * service that verifies VAPID and decrypts every message. A resident chooses interests, an
 * editor sends, the push service receives the message for that resident.
 */
const EDITOR = {
  id: '1',
  email: 'redaktion@testhausen.example',
  name: 'Rita Redakteurin',
  roles: ['editor'],
};
const isEditor = (cookie: string | undefined | null) =>
  /(?:^|;\s*)test_role=editor/.test(cookie ?? '');

async function bodyOf(req: IncomingMessage): Promise<Buffer> {
  const chunks: Buffer[] = [];
  for await (const chunk of req) chunks.push(chunk as Buffer);
  return Buffer.concat(chunks);
}

/** The built app and notify's routes at /api/notify, as the kernel mounts them. */
function serve(root: string, notify: Notify): Promise<Server> {
  const api = notifyRoutes(notify, {
    requireEditor: async (c, next) => {
      if (!isEditor(c.req.header('cookie')))
        return c.json({ code: 'forbidden', message: 'Editors only.' }, 403);
      await next();
    },
  });
  const server = createServer(async (req, res) => {
    const url = new URL(req.url ?? '/', 'http://127.0.0.1');
    res.setHeader('Content-Security-Policy', CSP);
    if (url.pathname.startsWith('/api/notify/')) {
      const body = await bodyOf(req);
      const answer = await api.fetch(
        new Request(`http://127.0.0.1${url.pathname.slice('/api/notify'.length)}${url.search}`, {
          method: req.method,
          headers: req.headers as Record<string, string>,
          ...(body.length ? { body: new Uint8Array(body) } : {}),
        }),
      );
      res.writeHead(answer.status, Object.fromEntries(answer.headers));
      res.end(Buffer.from(await answer.arrayBuffer()));
      return;
    }
    if (url.pathname.startsWith('/api/')) {
      res.setHeader('Content-Type', 'application/json');
      if (url.pathname === '/api/auth/me' && isEditor(req.headers.cookie)) {
        res.end(JSON.stringify({ user: EDITOR }));
      } else if (url.pathname === '/api/hinweise') {
        res.end(JSON.stringify({ items: [] }));
      } else {
        res.statusCode = url.pathname === '/api/auth/me' ? 401 : 404;
        res.end(JSON.stringify({ code: 'not_found', message: 'Not here.' }));
      }
      return;
    }
    sendStatic(res, root, url.pathname);
  });
  return new Promise((resolve) => server.listen(0, '127.0.0.1', () => resolve(server)));
}

async function axeViolations(page: Page): Promise<string[]> {
  if (!(await page.evaluate(() => 'axe' in window))) await page.evaluate(axeSource);
  const result = await page.evaluate(() =>
    (
      window as unknown as {
        axe: {
          run(
            o: unknown,
          ): Promise<{ violations: Array<{ id: string; nodes: Array<{ target: unknown }> }> }>;
        };
      }
    ).axe.run({ runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'] } }),
  );
  return result.violations.map((v) => `${v.id}: ${JSON.stringify(v.nodes.map((n) => n.target))}`);
}

/** Presses Tab until the control named `name` has focus: proof that the keyboard reaches it. */
async function tabTo(page: Page, name: string | RegExp, limit = 60): Promise<void> {
  for (let i = 0; i < limit; i++) {
    await page.keyboard.press('Tab');
    const label = await page.evaluate(() => {
      const el = document.activeElement as HTMLElement | null;
      if (!el) return '';
      const byId = el.id ? document.querySelector(`label[for="${el.id}"]`)?.textContent : null;
      return (byId ?? el.getAttribute('aria-label') ?? el.textContent ?? '').trim();
    });
    if (typeof name === 'string' ? label === name : name.test(label)) return;
  }
  throw new Error(`Tab never reached "${String(name)}"`);
}

type PushVariant = 'working' | 'unsupported' | 'denied' | 'needs-install';

/**
 * Replaces the page's Push API. "working": a push manager whose subscription is the given
 * one at the local push service (as a browser's would be at Mozilla's or Google's).
 */
function pushApi(
  variant: PushVariant,
  subscription?: { endpoint: string; keys: { p256dh: string; auth: string } },
) {
  return `(() => {
    const variant = ${JSON.stringify(variant)};
    const made = ${JSON.stringify(subscription ?? null)};
    if (variant === 'unsupported' || variant === 'needs-install') {
      delete window.PushManager;
      delete window.Notification;
    }
    if (variant === 'needs-install') {
      Object.defineProperty(navigator, 'userAgent', {
        get: () => 'Mozilla/5.0 (iPhone; CPU iPhone OS 18_0 like Mac OS X) AppleWebKit/605.1.15 Version/18.0 Mobile/15E148 Safari/604.1',
      });
    }
    if (variant === 'denied') {
      Object.defineProperty(Notification, 'permission', { get: () => 'denied' });
    }
    let current = null;
    const pushManager = {
      getSubscription: async () => current,
      subscribe: async (options) => {
        if (!options.userVisibleOnly) throw new DOMException('userVisibleOnly', 'NotAllowedError');
        const key = new Uint8Array(options.applicationServerKey).slice().buffer;
        window.__applicationServerKey = btoa(String.fromCharCode(...new Uint8Array(key)))
          .replace(/\\+/g, '-').replace(/\\//g, '_').replace(/=+$/, '');
        current = {
          endpoint: made.endpoint,
          options: { applicationServerKey: key },
          toJSON: () => ({ endpoint: made.endpoint, expirationTime: null, keys: made.keys }),
          unsubscribe: async () => { current = null; return true; },
        };
        return current;
      },
    };
    Object.defineProperty(ServiceWorkerContainer.prototype, 'ready', {
      get: () => Promise.resolve({ pushManager }),
    });
  })();`;
}

describe.skipIf(!haveChromium && !process.env.CI)('notifications in Chromium', () => {
  let town: BuiltTown;
  let server: Server;
  let browser: Browser;
  let base: string;
  let t: TestDatabase;
  let stub: PushStub;
  let notify: Notify;
  const problems: string[] = [];

  beforeAll(async () => {
    [town, t, stub] = await Promise.all([
      buildTestTown({ prerender: false }),
      pgliteDatabase(),
      startPushStub(),
    ]);
    notify = createNotify(t.db, {
      timezone: 'Europe/Berlin',
      vapid: VAPID,
      pushServices: TEST_PUSH_SERVICES,
      areas: town.config.areas.map((a) => a.id),
    });
    await notify.topics.declare(TOPICS);
    server = await serve(town.outDir, notify);
    base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
    browser = await launchChromium();
  });

  afterAll(async () => {
    await browser?.close();
    await new Promise((resolve) => server?.close(resolve));
    await stub?.close();
    await t?.close();
    town?.remove();
  });

  async function context(
    options: { variant?: PushVariant; editor?: boolean; locale?: 'de' | 'en' } = {},
  ): Promise<{ context: BrowserContext; subscription: ReturnType<PushStub['subscribe']> }> {
    const ctx = await browser.newContext({
      viewport: { width: 1280, height: 800 },
      serviceWorkers: 'block',
      locale: 'de-DE',
      timezoneId: 'Europe/Berlin',
    });
    const subscription = stub.subscribe();
    await ctx.grantPermissions(['notifications'], { origin: base });
    await ctx.addInitScript(pushApi(options.variant ?? 'working', subscription));
    if (options.locale === 'en')
      await ctx.addInitScript(() => localStorage.setItem('city-app:locale', 'en'));
    if (options.editor) await ctx.addCookies([{ name: 'test_role', value: 'editor', url: base }]);
    return { context: ctx, subscription };
  }

  async function open(ctx: BrowserContext, path: string): Promise<Page> {
    const page = await ctx.newPage();
    page.on('pageerror', (error) => problems.push(`${path}: ${error.message}`));
    page.on('console', (message) => {
      if (/Content Security Policy|Refused to/i.test(message.text()))
        problems.push(`${path}: ${message.text()}`);
    });
    await page.goto(`${base}${path}`);
    await page.locator('main h1').waitFor();
    return page;
  }

  const alertTitle = (page: Page, text: string) =>
    expect
      .poll(() => page.locator('.city-alert__title', { hasText: text }).count(), { message: text })
      .toBe(1);

  it('a resident chooses interests by keyboard, switches on, and gets a test notification', async () => {
    const { context: ctx, subscription } = await context();
    const page = await open(ctx, '/einstellungen');
    await alertTitle(page, 'Benachrichtigungen sind aus');
    expect(await page.locator('legend', { hasText: 'Mobilität' }).count()).toBe(1);
    expect(await page.getByText('Sperrungen und Umleitungen').count()).toBe(1);
    expect(await axeViolations(page)).toEqual([]);

    // Keyboard only, from the language choice on.
    await page.getByLabel('Deutsch').focus();
    await tabTo(page, 'Baustellen');
    await page.keyboard.press('Space');
    await tabTo(page, 'Altstadt');
    await page.keyboard.press('Space');
    await tabTo(page, 'Ruhezeiten verwenden');
    await page.keyboard.press('Space');
    await tabTo(page, 'Von (Uhrzeit)');
    // The hour field, one hour earlier (the same keys in 24- and 12-hour formats).
    await page.keyboard.press('ArrowDown');
    await tabTo(page, 'Benachrichtigungen einschalten');
    await page.keyboard.press('Enter');
    await alertTitle(page, 'Benachrichtigungen sind eingeschaltet. Ihre Auswahl ist gespeichert.');
    expect(await axeViolations(page)).toEqual([]);

    const id = await page.evaluate(() => localStorage.getItem('city-app:notify-installation'));
    expect(await notify.installations.get(id as string)).toMatchObject({
      language: 'de',
      topics: ['baustellen'],
      areas: ['altstadt'],
      quietHours: { start: '21:00', end: '07:00' },
      subscriptions: [{ endpoint: subscription.endpoint }],
    });
    expect(
      await page.evaluate(
        () => (window as unknown as { __applicationServerKey: string }).__applicationServerKey,
      ),
    ).toBe(VAPID.publicKey);
    // The service worker's copy of the installation id.
    const shared = await page.evaluate(
      () =>
        new Promise((resolve, reject) => {
          const open = indexedDB.open('city-app/notify');
          open.onerror = () => reject(open.error);
          open.onsuccess = () => {
            const get = open.result
              .transaction('settings')
              .objectStore('settings')
              .get('installationId');
            get.onsuccess = () => resolve(get.result);
          };
        }),
    );
    expect(shared).toBe(id);

    await tabTo(page, 'Testbenachrichtigung senden');
    await page.keyboard.press('Enter');
    await alertTitle(page, 'Die Testbenachrichtigung ist unterwegs. Sie sollte gleich erscheinen.');
    await notify.worker({ ca: stub.ca }).runOnce();
    expect(
      stub.received.filter((m) => m.subscription === subscription.id).map((m) => m.json.title),
    ).toEqual(['Testbenachrichtigung']);
    await ctx.close();
  });

  it('an editor sends to a topic by keyboard; the push service decrypts it for the resident', async () => {
    const resident = await context();
    const settings = await open(resident.context, '/einstellungen');
    await settings.getByLabel('Baustellen').check();
    await settings.getByRole('button', { name: 'Benachrichtigungen einschalten' }).click();
    await alertTitle(
      settings,
      'Benachrichtigungen sind eingeschaltet. Ihre Auswahl ist gespeichert.',
    );

    const editor = await context({ editor: true });
    const page = await open(editor.context, '/admin');
    // The staff area's own navigation leads there (the overview lists it too).
    await page
      .getByRole('navigation', { name: 'Bereiche für Mitarbeitende' })
      .getByRole('link', { name: 'Benachrichtigungen' })
      .click();
    await expect.poll(() => page.locator('main h1').textContent()).toBe('Benachrichtigungen');
    await page
      .getByLabel(/^Titel/)
      .first()
      .waitFor();
    expect(await axeViolations(page)).toEqual([]);

    // An empty send: the error summary takes focus and names the fields.
    await page.getByRole('button', { name: 'Mitteilung senden' }).click();
    await expect
      .poll(() => page.evaluate(() => document.activeElement?.className))
      .toBe('city-error-summary');
    expect(await page.locator('.city-error-summary li').allTextContents()).toEqual([
      'Bitte geben Sie einen Titel ein.',
      'Bitte geben Sie einen Text ein.',
      'Bitte wählen Sie ein Thema.',
    ]);
    expect(await axeViolations(page)).toEqual([]);

    await tabTo(page, /^Titel/);
    await page.keyboard.type('Vollsperrung Lange Straße');
    await tabTo(page, /^Text/);
    await page.keyboard.type('Ab Montag, 7 Uhr');
    await tabTo(page, 'Titel auf Englisch');
    await page.keyboard.type('Lange Straße closed');
    await tabTo(page, /^Link/);
    await page.keyboard.type('/hinweise/7');
    await tabTo(page, /^Thema/);
    await page.keyboard.type('Baustellen');
    await tabTo(page, 'Ortsteil');
    await page.keyboard.type('Altstadt');
    // The live preview shows what residents will see.
    expect(await page.locator('.city-notification-preview').textContent()).toContain(
      'Vollsperrung Lange Straße',
    );
    expect(await page.locator('.city-notification-preview').textContent()).toContain(
      'Ab Montag, 7 Uhr',
    );
    await tabTo(page, 'Mitteilung senden');
    await page.keyboard.press('Enter');
    await alertTitle(page, 'Die Mitteilung ist unterwegs.');

    await notify.worker({ ca: stub.ca }).runOnce();
    const received = stub.received.filter((m) => m.subscription === resident.subscription.id);
    expect(received.map((m) => m.json)).toEqual([
      expect.objectContaining({
        title: 'Vollsperrung Lange Straße',
        body: 'Ab Montag, 7 Uhr',
        url: '/hinweise/7',
        topic: 'baustellen',
      }),
    ]);
    expect(stub.rejected).toEqual([]);

    await page.getByRole('button', { name: 'Zahlen aktualisieren' }).click();
    const row = page.locator('tbody tr', { hasText: 'Vollsperrung Lange Straße' });
    await expect.poll(() => row.locator('td').count()).toBe(8);
    const [topic, area, , recipients, sent, pending, failed, gone] = (
      await row.locator('td').allTextContents()
    ).map((cell, i) => (i >= 3 ? Number(cell) : cell));
    expect([topic, area, failed, gone]).toEqual(['Baustellen', 'Altstadt', 0, 0]);
    // Residents in their quiet hours get it later: pending until then.
    expect(sent).toBeGreaterThanOrEqual(1);
    expect((sent as number) + (pending as number)).toBe(recipients);
    expect(await axeViolations(page)).toEqual([]);
    await editor.context.close();
    await resident.context.close();
  });

  it('a resident downloads and deletes their data', async () => {
    const { context: ctx } = await context();
    const page = await open(ctx, '/einstellungen');
    await page.getByLabel('Veranstaltungen').check();
    await page.getByRole('button', { name: 'Benachrichtigungen einschalten' }).click();
    await alertTitle(page, 'Benachrichtigungen sind eingeschaltet. Ihre Auswahl ist gespeichert.');
    const id = await page.evaluate(() => localStorage.getItem('city-app:notify-installation'));
    const download = page.waitForEvent('download');
    await page.getByRole('button', { name: 'Meine Daten herunterladen' }).click();
    const file = await (await download).path();
    expect(JSON.parse(readFileSync(file, 'utf8'))).toMatchObject({
      installation: { id, topics: ['veranstaltungen'] },
    });
    await page.getByRole('button', { name: 'Meine Daten löschen' }).click();
    await expect
      .poll(() => page.evaluate(() => document.activeElement?.textContent))
      .toBe('Ja, alles löschen');
    await page.keyboard.press('Enter');
    await alertTitle(page, 'Ihre Daten sind gelöscht.');
    expect(await notify.installations.get(id as string)).toBeUndefined();
    expect(
      await page.evaluate(() => localStorage.getItem('city-app:notify-installation')),
    ).toBeNull();
    await alertTitle(page, 'Benachrichtigungen sind aus');
    await ctx.close();
  });

  const states: Array<[PushVariant, 'de' | 'en', string]> = [
    ['working', 'en', 'Notifications are off'],
    ['unsupported', 'de', 'Dieser Browser kann keine Benachrichtigungen empfangen'],
    ['unsupported', 'en', 'This browser cannot receive notifications'],
    ['denied', 'de', 'Benachrichtigungen sind blockiert'],
    ['denied', 'en', 'Notifications are blocked'],
    ['needs-install', 'de', 'Zuerst zum Home-Bildschirm hinzufügen'],
    ['needs-install', 'en', 'Add the app to your home screen first'],
  ];

  it.each(states)(
    'explains the %s state in plain words (%s) without WCAG violations',
    async (variant, locale, title) => {
      const { context: ctx } = await context({ variant, locale });
      const page = await open(ctx, '/einstellungen');
      await alertTitle(page, title);
      expect(await page.getAttribute('html', 'lang')).toBe(locale);
      expect(await axeViolations(page)).toEqual([]);
      if (variant === 'working') {
        await page.getByLabel('Road works').check();
        await page.getByRole('button', { name: 'Switch notifications on' }).click();
        await alertTitle(page, 'Notifications are on. Your choice has been saved.');
        expect(await axeViolations(page), 'subscribed').toEqual([]);
      }
      await ctx.close();
    },
  );

  it('shows the editor screen in English without WCAG violations', async () => {
    const { context: ctx } = await context({ editor: true, locale: 'en' });
    const page = await open(ctx, '/admin/benachrichtigungen');
    await expect.poll(() => page.locator('main h1').textContent()).toBe('Notifications');
    await page
      .getByLabel(/^Title/)
      .first()
      .waitFor();
    expect(await axeViolations(page)).toEqual([]);
    await ctx.close();
  });

  it('keeps the editor screen for editors', async () => {
    const { context: ctx } = await context();
    const page = await open(ctx, '/admin/benachrichtigungen');
    expect(await page.locator('main h1').textContent()).toBe('Anmelden');
    await ctx.close();
  });

  it('runs without Content-Security-Policy violations or script errors', () => {
    expect(problems).toEqual([]);
  });
});
