// A resident's first visit to a freshly generated town, on its production build in Chromium:
// the service worker takes over on the first visit, the app opens offline with the content
// seen before, and push notifications can be switched on as far as this machine allows.
import { writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  axeViolations,
  Cleanup,
  chromiumPath,
  formatViolations,
  generateTown,
  launchChromium,
  type RunningServer,
  startTown,
} from '../../create-city-app/test/e2e/support.js';
import { type PushStub, startPushStub } from '../../notify/test/push-stub.js';

const TOWN = { name: 'Wittenburg', slug: 'wittenburg', state: 'DE-MV' };
const ADMIN = { email: 'redaktion@wittenburg.example', password: 'Muehlen-Tor-1230-Rathaus' };
const INSTALLATION_KEY = 'city-app:notify-installation';
const chromium = chromiumPath();

// Under CI a missing browser is a failure, not a skip.
if (!chromium && !process.env.CI)
  console.warn('Chromium not found (set CHROMIUM_PATH): skipping the journeys.');

interface NewsList {
  items: Array<{ id: string; slug: string; title: string }>;
}
interface Topic {
  id: string;
  name: { de: string };
}

describe.skipIf(!chromium && !process.env.CI)(
  `a resident's first visit to ${TOWN.name}, on the production build`,
  { timeout: 60_000 },
  () => {
    const cleanup = new Cleanup();
    let server: RunningServer;
    let stub: PushStub;
    let news: NewsList['items'];
    let topics: Topic[];
    let browser: Browser;
    let context: BrowserContext;
    let page: Page;
    const axeReport: string[] = [];

    async function checkAccessibility(where: string) {
      const violations = await axeViolations(page);
      if (violations.length) axeReport.push(formatViolations(where, violations));
    }

    beforeAll(async () => {
      if (!chromium)
        throw new Error(
          'Chromium is missing: install it or set CHROMIUM_PATH (required under CI).',
        );
      stub = await startPushStub();
      cleanup.add(() => stub.close());
      const town = await generateTown(TOWN, cleanup);
      // The server trusts the local push service's certificate the way Node trusts any extra CA,
      // and is told explicitly to accept a push service on 127.0.0.1, which a town refuses.
      const ca = join(town.workspace, 'push-service-ca.pem');
      await writeFile(ca, stub.ca);
      server = await startTown(
        town.project,
        { dataDir: join(town.workspace, 'data'), admin: ADMIN },
        cleanup,
        { NODE_EXTRA_CA_CERTS: ca, ...stub.env },
      );
      news = ((await (await fetch(`${server.url}/api/news`)).json()) as NewsList).items;
      topics = (
        (await (await fetch(`${server.url}/api/notify/topics`)).json()) as {
          topics: Topic[];
        }
      ).topics;
      browser = await launchChromium(chromium, cleanup);
      context = await browser.newContext({ locale: 'de-DE' });
      page = await context.newPage();
    }, 300_000);

    afterAll(async () => {
      await cleanup.run();
    }, 60_000);

    it('registers the service worker on the first visit and lets it control the page', async () => {
      expect(news.length).toBeGreaterThan(0);
      await page.goto(server.url, { waitUntil: 'load' });
      await page.getByRole('link', { name: news[0]?.title }).first().waitFor();
      // `ready` resolves once a worker is activating; activated follows.
      await expect
        .poll(() => page.evaluate(async () => (await navigator.serviceWorker.ready).active?.state))
        .toBe('activated');
      await expect
        .poll(() => page.evaluate(() => navigator.serviceWorker.controller !== null))
        .toBe(true);
      // The worker keeps the news the page loaded before it took control.
      await expect
        .poll(() =>
          page.evaluate(async () => {
            const cache = await caches.open('city-app-api');
            return (await cache.keys()).some((request) => request.url.includes('/api/news'));
          }),
        )
        .toBe(true);
      await checkAccessibility('/ (first visit)');
    });

    it('opens offline on a reload with the home content seen before', async () => {
      await context.setOffline(true);
      await page.reload({ waitUntil: 'load' });
      await page.getByRole('link', { name: news[0]?.title }).first().waitFor();
      await page.getByText('Sie sind offline. Sie sehen die zuletzt geladenen Inhalte.').waitFor();
      await checkAccessibility('/ (offline)');
    });

    it('explains offline that a screen not opened before is not there yet', async () => {
      await page.goto(`${server.url}/einstellungen`, { waitUntil: 'load' });
      await page
        .getByText('Diese Seite haben Sie noch nicht geöffnet, als Sie online waren')
        .waitFor();
      await page.getByRole('button', { name: 'Erneut versuchen' }).waitFor();
      await checkAccessibility('/einstellungen (offline, not opened before)');
    });

    it('explains in German that the browser’s push service cannot be reached', async () => {
      await context.setOffline(false);
      // As if the resident had allowed notifications when the browser asked.
      await context.grantPermissions(['notifications'], { origin: server.url });
      await page.goto(`${server.url}/einstellungen`, { waitUntil: 'load' });
      const topic = topics[0];
      if (!topic) throw new Error('the generated town offers no notification topic');
      await page.getByRole('checkbox', { name: topic.name.de }).check();
      await page.getByRole('button', { name: 'Benachrichtigungen einschalten' }).click();
      await page
        .getByText('Der Mitteilungsdienst Ihres Browsers ist gerade nicht erreichbar')
        .waitFor();
      expect(await page.locator('main').textContent()).not.toMatch(
        /AbortError|Registration failed|push service/i,
      );
      await checkAccessibility('/einstellungen (push service unreachable)');
    });

    it('delivers an editor’s message, encrypted, to a subscription stored through the app’s API', async () => {
      const topic = topics[0]?.id as string;
      const subscription = stub.subscribe();
      // The request the app makes once the browser has a subscription, from the page itself.
      const stored = await page.evaluate(
        async ({ key, topic, subscription }) => {
          const id = localStorage.getItem(key) ?? crypto.randomUUID();
          localStorage.setItem(key, id);
          const response = await fetch(`/api/notify/installations/${id}`, {
            method: 'PUT',
            headers: { 'content-type': 'application/json', accept: 'application/json' },
            body: JSON.stringify({
              language: 'de',
              topics: [topic],
              areas: [],
              quietHours: null,
              subscription,
            }),
          });
          return { status: response.status, body: await response.json() };
        },
        {
          key: INSTALLATION_KEY,
          topic,
          subscription: { endpoint: subscription.endpoint, keys: subscription.keys },
        },
      );
      expect(stored.status).toBe(200);

      const login = await fetch(`${server.url}/api/auth/login`, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify(ADMIN),
      });
      expect(login.status).toBe(200);
      const { csrfToken } = (await login.json()) as { csrfToken: string };
      const cookie = login.headers
        .getSetCookie()
        .map((c) => c.split(';')[0])
        .join('; ');
      const sent = await fetch(`${server.url}/api/notify/dispatches`, {
        method: 'POST',
        headers: {
          'content-type': 'application/json',
          cookie,
          'x-csrf-token': csrfToken,
          origin: server.url,
        },
        body: JSON.stringify({
          topic,
          title: { de: 'Stadtfest am Samstag', en: 'Town festival on Saturday' },
          body: { de: 'Ab 14 Uhr auf dem Marktplatz.', en: 'From 2 pm on the market square.' },
          url: '/news',
          idempotencyKey: `journey-${Date.now()}`,
        }),
      });
      expect(sent.status, await sent.clone().text()).toBeLessThan(300);
      await expect
        .poll(() => stub.received.filter((m) => m.subscription === subscription.id).length, {
          timeout: 20_000,
        })
        .toBe(1);
      expect(stub.rejected).toEqual([]);
      const message = stub.received.find((m) => m.subscription === subscription.id);
      expect(message?.json).toMatchObject({
        title: 'Stadtfest am Samstag',
        body: 'Ab 14 Uhr auf dem Marktplatz.',
      });
    });

    it('answers a page inside a module that has no such screen with 404, and says so in German', async () => {
      const article = `/news/${encodeURIComponent(news[0]?.slug ?? '')}`;
      const html = { Accept: 'text/html' };
      expect((await fetch(`${server.url}${article}`, { headers: html })).status).toBe(200);
      const unknown = `${article}/bilder`;
      expect((await fetch(`${server.url}${unknown}`, { headers: html })).status).toBe(404);
      // Without the service worker, which would answer from its copy of the page.
      const fresh = await browser.newContext({ locale: 'de-DE', serviceWorkers: 'block' });
      const other = await fresh.newPage();
      const opened = await other.goto(`${server.url}${unknown}`);
      expect(opened?.status()).toBe(404);
      await other.getByRole('heading', { level: 1, name: 'Seite nicht gefunden' }).waitFor();
      const violations = await axeViolations(other);
      if (violations.length) axeReport.push(formatViolations(`${unknown} (404)`, violations));
      await fresh.close();
    });

    it('has no WCAG 2.1 A/AA violations on the screens visited', () => {
      if (axeReport.length) console.log(axeReport.join('\n'));
      expect(axeReport).toEqual([]);
    });
  },
);
