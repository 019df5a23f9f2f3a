/// <reference path="../../../../notify/test/http_ece.d.ts" />
// The experiment space as HageNOW! runs it: the town's own config (its colours, its library's
// opening hours, resources and courses), built into a PWA and served by the real kernel. A
// resident books the 360° camera on the next day with free times, with push on this device,
// and axe-core finds no WCAG 2.1 A/AA violation on the resident screens in German and English.
import { randomUUID } from 'node:crypto';
import { readFileSync } from 'node:fs';
import type { CityConfig } from '@city-app/core';
import type { ListeningServer } from '@city-app/server';
import { createTestServer, type TestServer } from '@city-app/server/testing';
import ICAL from 'ical.js';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import hagenow from '../../../../../apps/hagenow/city.config.js';
// The checking push service of notify's own tests: HTTPS on 127.0.0.1, decrypts every push.
import { type PushStub, startPushStub } from '../../../../notify/test/push-stub.js';
import type { CourseSummary, DaySlots, PrivateBooking } from '../../src/api.js';
import {
  createExperimentSpaceServer,
  type ExperimentSpaceServerModule,
  type MailTransport,
  type OutgoingMail,
} from '../../src/server/index.js';
import { buildTown } from './build.js';
import { berlinDay } from './library.js';
import {
  axeViolations,
  haveChromium,
  launchChromium,
  PUSH_BOX,
  pushDevice,
  settled,
} from './support.js';

describe.skipIf(!haveChromium && !process.env.CI)(
  "HageNOW!'s experiment space in Chromium",
  { timeout: 60_000 },
  () => {
    // HageNOW!'s config as committed; only the modules not under test are left out.
    const city: CityConfig = {
      ...hagenow,
      modules: Object.fromEntries(
        Object.entries(hagenow.modules).filter(([id]) => id === 'experiment-space'),
      ),
    };
    let town: { outDir: string; remove(): void };
    let server: TestServer;
    let listening: ListeningServer;
    let module: ExperimentSpaceServerModule;
    let browser: Browser;
    let pushService: PushStub;
    let base: string;
    const mails: OutgoingMail[] = [];
    const pageErrors: string[] = [];
    // Filled by the booking test, used by the accessibility test.
    const booked = { day: '', token: '' };

    beforeAll(async () => {
      [town, pushService] = await Promise.all([buildTown(city), startPushStub()]);
      const transport: MailTransport = {
        kind: 'folder',
        description: 'memory',
        async send(mail) {
          mails.push(mail);
        },
        close() {},
      };
      module = createExperimentSpaceServer({ transport, scheduledJobs: false });
      server = await createTestServer({
        city,
        modules: [module],
        webRoot: town.outDir,
        env: pushService.env,
        notifyWorker: { ca: pushService.ca, intervalMs: 100 },
      });
      listening = await server.server.listen({ port: 0, host: '127.0.0.1' });
      base = listening.url;
      browser = await launchChromium();
    }, 180_000);

    afterAll(async () => {
      await browser?.close();
      await module?.stop();
      await listening?.close();
      await server?.close();
      await pushService?.close();
      town?.remove();
    });

    async function api<T>(path: string): Promise<T> {
      const response = await server.request(`/api/experiment-space${path}`);
      if (!response.ok) throw new Error(`${path}: ${response.status} ${await response.text()}`);
      return (await response.json()) as T;
    }

    /** A device where "Meine Interessen" switched push on, as the server keeps it. */
    async function deviceWithPush(locale: 'de' | 'en') {
      const installationId = randomUUID();
      const { id, ...subscription } = pushService.subscribe();
      const response = await server.request(`/api/notify/installations/${installationId}`, {
        method: 'PUT',
        json: { topics: [], language: locale, subscription },
      });
      if (!response.ok) throw new Error(`installation: ${response.status}`);
      const context: BrowserContext = await browser.newContext({
        locale: locale === 'de' ? 'de-DE' : 'en-GB',
        serviceWorkers: 'block',
      });
      await context.grantPermissions(['notifications'], { origin: base });
      await context.addInitScript(pushDevice({ installationId, endpoint: subscription.endpoint }));
      if (locale === 'en')
        await context.addInitScript(() => localStorage.setItem('city-app:locale', 'en'));
      const page = await context.newPage();
      page.on('pageerror', (error) => pageErrors.push(error.message));
      page.on('console', (message) => {
        if (/Content Security Policy|Refused to/i.test(message.text()))
          pageErrors.push(message.text());
      });
      return { context, page, installationId, subscription: id };
    }

    async function open(page: Page, path: string, waitFor?: string) {
      await page.goto(`${base}${path}`);
      await settled(page);
      if (waitFor) await page.locator(waitFor).waitFor();
    }

    it('lets a resident book the 360° camera on the next free day, with push on this device', async () => {
      // The library opens Tuesday to Saturday (and not on holidays): ask for the next day
      // with free times rather than guess one.
      for (let days = 1; days <= 14 && !booked.day; days++) {
        const day = await api<DaySlots>(
          `/resources/360-kamera/slots?date=${berlinDay(days)}&duration=60`,
        );
        if (day.slots.length) booked.day = day.date;
      }
      expect(booked.day).not.toBe('');

      const device = await deviceWithPush('de');
      const { page } = device;
      await open(page, `/experimentierraum/buchen/360-kamera?tag=${booked.day}`, PUSH_BOX);
      expect(await page.locator('main h1').textContent()).toBe('360°-Kamera');
      expect(await page.locator(PUSH_BOX).isChecked()).toBe(false);
      const first = page.locator('main ul.experiment-space-slots__list button').first();
      const label = (await first.textContent()) ?? '';
      await first.click();
      await page.locator('#experiment-space-name').fill('Hanna Hagenow');
      await page.locator('#experiment-space-email').fill('hanna@example.org');
      await page.getByLabel('Auch als Push-Mitteilung auf diesem Gerät').check();
      await page.getByRole('button', { name: 'Verbindlich buchen' }).click();
      await page.waitForURL(/\/experimentierraum\/bestaetigung\//);
      await settled(page);
      booked.token = decodeURIComponent(new URL(page.url()).pathname.split('/').pop() ?? '');

      const booking = await api<PrivateBooking>(`/bookings/${booked.token}`);
      expect(booking).toMatchObject({
        status: 'confirmed',
        resourceId: '360-kamera',
        push: true,
      });
      expect(booking.startLocal.slice(0, 10)).toBe(booked.day);
      expect(label).toContain(booking.startLocal.slice(11, 16));

      const [download] = await Promise.all([
        page.waitForEvent('download'),
        page.getByRole('link', { name: /In den Kalender eintragen/ }).click(),
      ]);
      const ics = readFileSync((await download.path()) as string, 'utf8');
      const event = new ICAL.Event(
        new ICAL.Component(ICAL.parse(ics)).getFirstSubcomponent('vevent') as ICAL.Component,
      );
      expect(event.startDate.toJSDate().toISOString()).toBe(new Date(booking.start).toISOString());
      expect(event.summary).toContain('360°-Kamera');

      await expect
        .poll(() => pushService.received.filter((m) => m.subscription === device.subscription), {
          timeout: 10_000,
        })
        .toEqual([
          expect.objectContaining({
            json: expect.objectContaining({ url: `/experimentierraum/buchung/${booked.token}` }),
          }),
        ]);
      // The e-mail goes too, whatever the resident chose.
      await module.runJobs();
      expect(mails.map((m) => m.to)).toContain('hanna@example.org');
      await device.context.close();
    });

    it("has no WCAG 2.1 A/AA violation on the resident screens in HageNOW!'s colours, in German and English", async () => {
      const courses = await api<CourseSummary[]>('/courses');
      // HageNOW!'s courses have dates; once all have passed, the course page shows no form.
      const openCourse = courses.find((c) =>
        c.sessions.some((s) => !s.cancelled && Date.parse(s.start) > Date.now()),
      );
      const screens: [string, string?][] = [
        ['/'],
        ['/experimentierraum'],
        [`/experimentierraum/buchen/360-kamera?tag=${booked.day}`, PUSH_BOX],
        ['/experimentierraum/buchen/videokonferenzraum'],
        [`/experimentierraum/bestaetigung/${booked.token}`],
        [`/experimentierraum/buchung/${booked.token}`],
        ['/experimentierraum/kurse'],
        openCourse
          ? [`/experimentierraum/kurse/${openCourse.id}`, PUSH_BOX]
          : [`/experimentierraum/kurse/${courses[0]?.id}`],
      ];
      const report: string[] = [];
      for (const lang of ['de', 'en'] as const) {
        const { context, page } = await deviceWithPush(lang);
        for (const [path, waitFor] of screens) {
          await open(page, path, waitFor);
          expect(await page.getAttribute('html', 'lang'), path).toBe(lang);
          const violations = await axeViolations(page);
          if (violations.length) report.push(`${lang} ${path}\n  ${violations.join('\n  ')}`);
        }
        await context.close();
      }
      if (report.length) console.log(report.join('\n'));
      expect(report).toEqual([]);
    }, 120_000);

    it('breaks no Content-Security-Policy rule and throws no error in the page', () => {
      expect(pageErrors).toEqual([]);
    });
  },
);
