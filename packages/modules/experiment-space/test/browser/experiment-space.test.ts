/// <reference path="../../../../notify/test/http_ece.d.ts" />
// The experiment space in a real Chromium against the real kernel: residents book, get the
// calendar file, move through a course's waitlist; staff approve; everything by keyboard
// too, and axe-core finds no WCAG 2.1 A/AA violation on any screen, in German and English.
import { randomUUID } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { defineCity } from '@city-app/core';
import type { ListeningServer } from '@city-app/server';
import { cameraJpeg, createTestServer, type TestServer } from '@city-app/server/testing';
import ICAL from 'ical.js';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
// The checking push service of notify's own tests: HTTPS on 127.0.0.1, decrypts every push.
import { type PushStub, startPushStub } from '../../../../notify/test/push-stub.js';
import type { BookingCreated, DaySlots, PrivateBooking, ResourceDetail } from '../../src/api.js';
import {
  createExperimentSpaceServer,
  type ExperimentSpaceServerModule,
  type MailTransport,
  type OutgoingMail,
} from '../../src/server/index.js';
import { buildTown } from './build.js';
import { berlinDay, library } from './library.js';
import {
  axeViolations,
  haveChromium,
  launchChromium,
  PUSH_BOX,
  pushDevice,
  settled,
} from './support.js';
import { townWith } from './town/town.js';

const ADMIN = { email: 'leitung@bibliothek.example', password: 'Lesesaal-2026-Knotenpunkt' };

describe.skipIf(!haveChromium && !process.env.CI)(
  'the experiment space in Chromium',
  { timeout: 60_000 },
  () => {
    let town: { outDir: string; remove(): void };
    let server: TestServer;
    let listening: ListeningServer;
    let module: ExperimentSpaceServerModule;
    let browser: Browser;
    let base: string;
    let staffHeaders: Record<string, string>;
    let pushService: PushStub;
    let offsetMs = 0;
    const mails: OutgoingMail[] = [];
    const pageErrors: string[] = [];
    const tomorrow = berlinDay(1);
    // Filled by the first test, used by the ones after it.
    const printer = { token: '', label: '' };

    beforeAll(async () => {
      const input = townWith(library());
      [town, pushService] = await Promise.all([buildTown(defineCity(input)), startPushStub()]);
      const transport: MailTransport = {
        kind: 'folder',
        description: 'memory',
        async send(mail) {
          mails.push(mail);
        },
        close() {},
      };
      // The real clock, moved forward when a test needs an offer to run out.
      module = createExperimentSpaceServer({
        now: () => new Date(Date.now() + offsetMs),
        transport,
        scheduledJobs: false,
      });
      server = await createTestServer({
        city: input,
        modules: [module],
        webRoot: town.outDir,
        env: {
          ...pushService.env,
          CITY_APP_ADMIN_EMAIL: ADMIN.email,
          CITY_APP_ADMIN_PASSWORD: ADMIN.password,
        },
        notifyWorker: { ca: pushService.ca, intervalMs: 100 },
      });
      listening = await server.server.listen({ port: 0, host: '127.0.0.1' });
      base = listening.url;
      staffHeaders = (await server.loginAs(['library'])).headers;
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

    async function api<T>(
      path: string,
      init: { method?: string; json?: unknown; staff?: boolean } = {},
    ) {
      const response = await server.request(`/api/experiment-space${path === '/' ? '' : path}`, {
        method: init.method ?? (init.json === undefined ? 'GET' : 'POST'),
        headers: init.staff ? staffHeaders : {},
        ...(init.json === undefined ? {} : { json: init.json }),
      });
      const text = await response.text();
      if (!response.ok) throw new Error(`${path}: ${response.status} ${text}`);
      return (text ? JSON.parse(text) : undefined) as T;
    }

    /** An installation with a push subscription at the local push service, as the server keeps it. */
    async function pushInstallation() {
      const installationId = randomUUID();
      const { id, ...subscription } = pushService.subscribe();
      const response = await server.request(`/api/notify/installations/${installationId}`, {
        method: 'PUT',
        json: { topics: [], subscription },
      });
      if (!response.ok) throw new Error(`installation: ${response.status}`);
      return { installationId, endpoint: subscription.endpoint, subscription: id };
    }

    async function resident(
      locale: 'de' | 'en' = 'de',
      device?: { installationId: string; endpoint: string },
    ): Promise<{ context: BrowserContext; page: Page }> {
      const context = await browser.newContext({
        locale: locale === 'de' ? 'de-DE' : 'en-GB',
        serviceWorkers: 'block',
      });
      if (device) {
        await context.grantPermissions(['notifications'], { origin: base });
        await context.addInitScript(pushDevice(device));
      }
      if (locale === 'en')
        await context.addInitScript(() => localStorage.setItem('city-app:locale', 'en'));
      const page = await context.newPage();
      page.on('pageerror', (error) => pageErrors.push(error.message));
      page.on('console', (message) => {
        if (/Content Security Policy|Refused to/i.test(message.text()))
          pageErrors.push(message.text());
      });
      return { context, page };
    }

    async function open(page: Page, path: string) {
      await page.goto(`${base}${path}`);
      await settled(page);
    }

    function slotButtons(page: Page) {
      return page.locator('main ul.experiment-space-slots__list button');
    }

    async function bookFirstFreeTime(
      page: Page,
      who: { name: string; email: string },
      submit: string,
    ) {
      const first = slotButtons(page).first();
      const label = (await first.textContent()) ?? '';
      await first.click();
      await page.locator('#experiment-space-name').fill(who.name);
      await page.locator('#experiment-space-email').fill(who.email);
      await page.getByRole('button', { name: submit }).click();
      await page.waitForURL(/\/experimentierraum\/bestaetigung\//);
      await settled(page);
      const token = decodeURIComponent(new URL(page.url()).pathname.split('/').pop() ?? '');
      return { label, token };
    }

    async function loginAsStaff(page: Page) {
      await open(page, '/admin');
      await page.getByLabel(/E-Mail-Adresse|E-mail address/).fill(ADMIN.email);
      await page.getByLabel(/^(Passwort|Password)/).fill(ADMIN.password);
      await page.getByLabel(/^(Passwort|Password)/).press('Enter');
      await page.getByRole('heading', { level: 1, name: /Mitarbeitende|Staff/ }).waitFor();
    }

    it('lets a resident book the 3D printer and download the booking as .ics', async () => {
      // The printer needs a briefing; staff recorded it for this resident.
      await api('/staff/briefings', {
        json: { email: 'erika@example.org', prerequisite: '3d-printer-briefing' },
        staff: true,
      });
      const { context, page } = await resident();
      await open(page, '/experimentierraum');
      await page.getByRole('link', { name: '3D-Drucker' }).click();
      await settled(page);
      expect(await page.locator('main h1').textContent()).toBe('3D-Drucker');
      expect(await page.locator('main').textContent()).toContain(
        'Einweisung für den 3D-Drucker erforderlich',
      );
      await page.getByRole('button', { name: 'Nächster Tag' }).click();
      await page
        .getByRole('status')
        .filter({ hasText: /freie Zeiten? am/ })
        .first()
        .waitFor();
      await settled(page);
      const booked = await bookFirstFreeTime(
        page,
        { name: 'Erika Muster', email: 'erika@example.org' },
        'Verbindlich buchen',
      );
      printer.token = booked.token;
      printer.label = booked.label;
      expect(await page.locator('main h1').textContent()).toBe('Ihre Buchung');
      expect(await page.locator('main').textContent()).toContain('Bestätigt');

      const privateLink = page.locator('main .experiment-space-link a');
      expect(await privateLink.getAttribute('href')).toBe(
        `/experimentierraum/buchung/${booked.token}`,
      );

      const [download] = await Promise.all([
        page.waitForEvent('download'),
        page.getByRole('link', { name: /In den Kalender eintragen/ }).click(),
      ]);
      const ics = readFileSync((await download.path()) as string, 'utf8');
      const calendar = new ICAL.Component(ICAL.parse(ics));
      const event = new ICAL.Event(calendar.getFirstSubcomponent('vevent') as ICAL.Component);
      const booking = await api<PrivateBooking>(`/bookings/${booked.token}`);
      expect(event.startDate.toJSDate().toISOString()).toBe(new Date(booking.start).toISOString());
      expect(event.endDate.toJSDate().toISOString()).toBe(new Date(booking.end).toISOString());
      expect(event.summary).toContain('3D-Drucker');
      expect(booked.label).toContain(booking.startLocal.slice(11, 16));
      expect(booking.startLocal.slice(0, 10)).toBe(tomorrow);
      await context.close();
    });

    it('no longer offers that time to a second resident', async () => {
      const { context, page } = await resident();
      await open(page, `/experimentierraum/buchen/3d-drucker?tag=${tomorrow}`);
      const labels = await slotButtons(page).allTextContents();
      expect(labels.length).toBeGreaterThan(0);
      expect(labels).not.toContain(printer.label);
      const day = await api<DaySlots>(`/resources/3d-drucker/slots?date=${tomorrow}&duration=60`);
      expect(day.slots.map((s) => s.startLocal)).not.toContain(
        (await api<PrivateBooking>(`/bookings/${printer.token}`)).startLocal,
      );
      await context.close();
    });

    it('books with the keyboard alone: Tab, Space and Enter, and opts in to push on this device', async () => {
      const device = await pushInstallation();
      const { context, page } = await resident('de', device);
      await open(page, '/experimentierraum/buchen/kamera');
      // The device's push subscription is found after the screen loaded.
      await page.locator(PUSH_BOX).waitFor();
      const focused = () =>
        page.evaluate(() => {
          const el = document.activeElement as HTMLElement | null;
          return {
            id: el?.id ?? '',
            text: el?.textContent?.trim() ?? '',
            pressed: el?.getAttribute('aria-pressed'),
            checked: el instanceof HTMLInputElement ? el.checked : null,
          };
        });
      async function tabTo(test: (el: Awaited<ReturnType<typeof focused>>) => boolean) {
        for (let i = 0; i < 120; i++) {
          await page.keyboard.press('Tab');
          if (test(await focused())) return;
        }
        throw new Error(`Tab never reached the control; last: ${JSON.stringify(await focused())}`);
      }
      const dayHeading = page.locator('#experiment-space-slots-list-title');
      const today = await dayHeading.textContent();
      await tabTo((el) => el.text === 'Nächster Tag');
      await page.keyboard.press('Enter');
      await expect.poll(() => dayHeading.textContent()).not.toBe(today);
      await settled(page);
      await tabTo((el) => el.pressed === 'false');
      const chosen = (await focused()).text;
      await page.keyboard.press('Space');
      expect((await focused()).pressed).toBe('true');
      await tabTo((el) => el.id === 'experiment-space-name');
      await page.keyboard.type('Karl Tastatur');
      await page.keyboard.press('Tab');
      expect((await focused()).id).toBe('experiment-space-email');
      await page.keyboard.type('karl@example.org');
      await tabTo((el) => el.id === 'experiment-space-push');
      expect((await focused()).checked).toBe(false);
      await page.keyboard.press('Space');
      expect((await focused()).checked).toBe(true);
      await tabTo((el) => el.text === 'Verbindlich buchen');
      const sent = page.waitForRequest(
        (r) => r.method() === 'POST' && r.url().endsWith('/api/experiment-space/bookings'),
      );
      await page.keyboard.press('Enter');
      expect((await sent).postDataJSON()).toMatchObject({ installationId: device.installationId });
      await page.waitForURL(/\/experimentierraum\/bestaetigung\//);
      await settled(page);
      expect(await page.locator('main h1').textContent()).toBe('Ihre Buchung');
      const token = decodeURIComponent(new URL(page.url()).pathname.split('/').pop() ?? '');
      const booking = await api<PrivateBooking>(`/bookings/${token}`);
      expect(booking).toMatchObject({
        status: 'confirmed',
        name: 'Karl Tastatur',
        resourceId: 'kamera',
        push: true,
      });
      // The kernel's worker pushes the confirmation to this device, besides the e-mail.
      await expect
        .poll(() => pushService.received.filter((m) => m.subscription === device.subscription), {
          timeout: 10_000,
        })
        .toEqual([
          expect.objectContaining({
            json: expect.objectContaining({ url: `/experimentierraum/buchung/${token}` }),
          }),
        ]);
      expect(pushService.rejected).toEqual([]);
      expect(chosen).toContain(booking.startLocal.slice(11, 16));
      expect(booking.startLocal.slice(0, 10)).toBe(tomorrow);
      await context.close();
    });

    it('finds the booking again when the answer to “Buchen” was lost after the server saved it', async () => {
      const { context, page } = await resident();
      await open(page, `/experimentierraum/buchen/kamera?tag=${tomorrow}`);
      // The first try reaches the server, which books; then the connection drops before the
      // answer arrives, as on a phone leaving the Wi-Fi.
      let saved: { token: string } | undefined;
      await page.route(
        '**/api/experiment-space/bookings',
        async (route) => {
          saved = (await (await route.fetch()).json()) as { token: string };
          await route.abort('connectionreset');
        },
        { times: 1 },
      );
      const tries = [] as string[];
      page.on('request', (request) => {
        if (request.method() === 'POST' && request.url().endsWith('/api/experiment-space/bookings'))
          tries.push(request.headers()['idempotency-key'] ?? '');
      });
      const booked = await bookFirstFreeTime(
        page,
        { name: 'Funk Loch', email: 'funkloch@example.org' },
        'Verbindlich buchen',
      );
      // The app tried again with the same key and shows the booking the first try made.
      expect(saved?.token).toBeTruthy();
      expect(booked.token).toBe(saved?.token);
      expect(tries).toHaveLength(2);
      expect(new Set(tries).size).toBe(1);
      expect(await page.locator('main h1').textContent()).toBe('Ihre Buchung');
      expect(await api<PrivateBooking>(`/bookings/${booked.token}`)).toMatchObject({
        status: 'confirmed',
        name: 'Funk Loch',
      });
      await context.close();
    });

    it('keeps a VR booking pending until staff, signed in, approve it', async () => {
      const { context, page } = await resident();
      await open(page, `/experimentierraum/buchen/vr-brille?tag=${tomorrow}`);
      const { token } = await bookFirstFreeTime(
        page,
        { name: 'Paul Brille', email: 'paul@example.org' },
        'Buchung anfragen',
      );
      expect(await page.locator('main h1').textContent()).toBe('Ihre Buchungsanfrage');
      expect(await page.locator('main').textContent()).toContain('Wartet auf Freigabe');

      const staff = await resident();
      await loginAsStaff(staff.page);
      await open(staff.page, '/admin/experimentierraum/freigaben');
      await staff.page.getByRole('button', { name: /^Freigeben\W+VR-Brille/ }).click();
      await staff.page
        .getByRole('status')
        .filter({ hasText: /^Freigegeben: VR-Brille/ })
        .waitFor();
      await staff.page.getByText('Keine Buchung wartet auf Freigabe.').waitFor();

      await open(page, `/experimentierraum/buchung/${token}`);
      expect(await page.locator('main dl').textContent()).toContain('Bestätigt');
      await module.runJobs();
      expect(mails.filter((m) => m.to === 'paul@example.org').length).toBeGreaterThanOrEqual(2);
      await staff.context.close();
      await context.close();
    });

    it('lets staff upload the printer’s photo; a resident’s phone loads it in its smallest width', async () => {
      const staff = await resident();
      await loginAsStaff(staff.page);
      await open(staff.page, '/admin/experimentierraum/ressourcen/3d-drucker');
      await staff.page.locator('#experiment-space-resource-photo').setInputFiles({
        name: 'drucker.jpg',
        mimeType: 'image/jpeg',
        buffer: await cameraJpeg(1200, 800),
      });
      await staff.page.locator('figure img[src^="/images/"]').waitFor();
      await staff.page
        .locator('#experiment-space-resource-photo-alt')
        .fill('Ein 3D-Drucker druckt eine Halterung');
      await staff.page.getByRole('button', { name: 'Speichern', exact: true }).click();
      await staff.page.getByRole('status').filter({ hasText: 'Gespeichert.' }).waitFor();
      const saved = await api<ResourceDetail>('/resources/3d-drucker');
      expect(saved.photo).toEqual({
        src: expect.stringMatching(/^\/images\/[0-9a-f]{32}-1200\.webp$/),
        alt: { de: 'Ein 3D-Drucker druckt eine Halterung' },
      });

      const phone = await browser.newContext({
        locale: 'de-DE',
        serviceWorkers: 'block',
        viewport: { width: 390, height: 844 },
        deviceScaleFactor: 1,
      });
      const page = await phone.newPage();
      await open(page, '/experimentierraum/buchen/3d-drucker');
      const photo = page.locator('main img.experiment-space-resource__photo');
      await photo.waitFor();
      await page.waitForFunction(
        () => document.querySelector<HTMLImageElement>('main img')?.complete === true,
      );
      // The file the phone chose (the 480 px rendition, not the 1200 px one the content keeps).
      const shown = await photo.evaluate((img: HTMLImageElement) => ({
        file: img.currentSrc.replace(/^.*\/images\/[0-9a-f]{32}-/, ''),
        loaded: img.naturalWidth > 0,
        alt: img.alt,
      }));
      expect(shown).toEqual({
        file: '480.webp',
        loaded: true,
        alt: 'Ein 3D-Drucker druckt eine Halterung',
      });
      await phone.close();
      await staff.context.close();
    });

    it('fills a course, offers a freed place to the waitlist, lets the offer run out and passes it on', async () => {
      async function register(
        name: string,
        email: string,
        button: string,
        device?: { installationId: string; endpoint: string },
      ) {
        const { context, page } = await resident('de', device);
        await open(page, '/experimentierraum/kurse');
        await page
          .getByRole('link', { name: /^(Anmelden|Auf die Warteliste)\W+Virtuelle Realität/ })
          .click();
        await settled(page);
        await page.locator('#experiment-space-name').fill(name);
        await page.locator('#experiment-space-email').fill(email);
        if (device) {
          await page.getByLabel('Auch als Push-Mitteilung auf diesem Gerät').check();
        } else {
          expect(await page.locator(PUSH_BOX).count()).toBe(0);
        }
        await page.getByRole('button', { name: button, exact: true }).click();
        await page.waitForURL(/\/experimentierraum\/bestaetigung\//);
        await settled(page);
        const token = decodeURIComponent(new URL(page.url()).pathname.split('/').pop() ?? '');
        return { context, page, token };
      }
      const first = await register('Anna Erste', 'anna@example.org', 'Anmelden');
      expect(await first.page.locator('main h1').textContent()).toBe('Ihre Buchung');
      // Ben registers on a device with push and opts in: the offer reaches it there too.
      const bensDevice = await pushInstallation();
      const second = await register(
        'Ben Zweiter',
        'ben@example.org',
        'Auf die Warteliste',
        bensDevice,
      );
      expect(await api<PrivateBooking>(`/bookings/${second.token}`)).toMatchObject({
        status: 'waiting',
        push: true,
      });
      expect((await api<PrivateBooking>(`/bookings/${first.token}`)).push).toBe(false);
      expect(await second.page.locator('main h1').textContent()).toBe(
        'Sie stehen auf der Warteliste',
      );
      const third = await api<BookingCreated>('/courses/vr-ausprobieren/registrations', {
        json: { sessionId: '1', name: 'Clara Dritte', email: 'clara@example.org' },
      });
      expect(third.booking.status).toBe('waiting');

      // Anna cancels on her private page: Ben gets the offer.
      await open(first.page, `/experimentierraum/buchung/${first.token}`);
      await first.page.getByRole('button', { name: 'Buchung stornieren' }).click();
      await first.page.getByRole('button', { name: 'Ja, stornieren' }).click();
      await first.page
        .getByRole('status')
        .filter({ hasText: 'Ihre Buchung ist storniert.' })
        .waitFor();
      await module.runJobs();
      await open(second.page, `/experimentierraum/buchung/${second.token}`);
      expect(await second.page.locator('main dl').textContent()).toContain('Platz angeboten');
      await second.page.getByRole('button', { name: 'Platz annehmen' }).waitFor();

      // Ben lets the offer run out; it passes on to Clara.
      offsetMs += 61 * 60_000;
      await module.runJobs();
      await open(second.page, `/experimentierraum/buchung/${second.token}`);
      expect(await second.page.locator('main dl').textContent()).toContain('Angebot abgelaufen');
      expect(await second.page.getByRole('button', { name: 'Platz annehmen' }).count()).toBe(0);

      const clara = await resident();
      await open(clara.page, `/experimentierraum/buchung/${third.token}`);
      expect(await clara.page.locator('main dl').textContent()).toContain('Platz angeboten');
      await clara.page.getByRole('button', { name: 'Platz annehmen' }).click();
      await clara.page
        .getByRole('status')
        .filter({ hasText: 'Sie haben den Platz angenommen.' })
        .waitFor();
      await settled(clara.page);
      expect(await clara.page.locator('main dl').textContent()).toContain('Bestätigt');
      for (const c of [first.context, second.context, clara.context]) await c.close();
    });

    it('has no WCAG 2.1 A/AA violation on any screen, resident and staff, in German and English', async () => {
      const residentScreens = [
        // The home screen carries the module's widget.
        '/',
        '/experimentierraum',
        `/experimentierraum/buchen/3d-drucker?tag=${tomorrow}`,
        `/experimentierraum/bestaetigung/${printer.token}`,
        `/experimentierraum/buchung/${printer.token}`,
        '/experimentierraum/kurse',
        '/experimentierraum/kurse/vr-ausprobieren',
        '/experimentierraum/buchen/gibt-es-nicht',
      ];
      const staffScreens = [
        '/admin/experimentierraum',
        '/admin/experimentierraum/freigaben',
        '/admin/experimentierraum/buchungen',
        '/admin/experimentierraum/ressourcen',
        '/admin/experimentierraum/ressourcen/neu',
        '/admin/experimentierraum/ressourcen/3d-drucker',
        '/admin/experimentierraum/kurse',
        '/admin/experimentierraum/kurse/vr-ausprobieren',
        '/admin/experimentierraum/einweisungen',
        '/admin/experimentierraum/kontingente',
      ];
      const report: string[] = [];
      async function check(page: Page, path: string, lang: string, waitFor?: string) {
        // In-app navigation, so axe is injected once per page.
        await page.evaluate((target) => {
          window.history.pushState({ key: target }, '', target);
          window.dispatchEvent(new PopStateEvent('popstate'));
        }, path);
        await page.waitForFunction((p) => location.pathname + location.search === p, path);
        await settled(page);
        if (waitFor) await page.locator(waitFor).waitFor();
        const violations = await axeViolations(page);
        if (violations.length) report.push(`${lang} ${path}\n  ${violations.join('\n  ')}`);
        expect(await page.getAttribute('html', 'lang'), path).toBe(lang);
      }
      for (const lang of ['de', 'en'] as const) {
        // A device with push: the forms offer it too.
        const visitor = await resident(lang, await pushInstallation());
        await open(visitor.page, '/experimentierraum');
        for (const path of residentScreens) await check(visitor.page, path, lang);
        await check(visitor.page, '/experimentierraum/kurse/vr-ausprobieren', lang, PUSH_BOX);
        // The booking form after an empty submit: errors at the fields and in the summary.
        await check(
          visitor.page,
          `/experimentierraum/buchen/kamera?tag=${tomorrow}`,
          lang,
          PUSH_BOX,
        );
        await visitor.page.locator('main form button[type="submit"]').click();
        await visitor.page.locator('.city-error-summary').waitFor();
        const violations = await axeViolations(visitor.page);
        if (violations.length)
          report.push(`${lang} booking form with errors\n  ${violations.join('\n  ')}`);
        await check(visitor.page, `/experimentierraum/buchung/${printer.token}`, lang);
        // Every booking of an address: asked for here, opened by the link sent to it.
        await check(visitor.page, '/experimentierraum/meine-daten', lang);
        await api('/my-data/requests', { json: { email: 'erika@example.org', locale: lang } });
        const { rows } = await server.db.query<{ body: string }>(
          "SELECT body FROM experiment_space_mail WHERE kind = 'data_access' ORDER BY id DESC LIMIT 1",
        );
        const link = /(\/experimentierraum\/meine-daten#[A-Za-z0-9_-]+)/.exec(rows[0]?.body ?? '');
        await open(visitor.page, link?.[1] ?? 'no link in the e-mail');
        // The bookings of the address show; the proof has left the address bar.
        const remove = visitor.page.getByRole('button', {
          name: /^(Meine Daten löschen|Delete my data)$/,
        });
        await remove.waitFor();
        expect(await visitor.page.evaluate(() => location.hash)).toBe('');
        const opened = await axeViolations(visitor.page);
        if (opened.length) report.push(`${lang} my data, opened\n  ${opened.join('\n  ')}`);
        // The dialog that asks before deleting one's data.
        await remove.click();
        await visitor.page.locator('dialog[open]').waitFor();
        const dialog = await axeViolations(visitor.page);
        if (dialog.length) report.push(`${lang} delete-data dialog\n  ${dialog.join('\n  ')}`);
        await visitor.context.close();

        const staff = await resident(lang);
        await loginAsStaff(staff.page);
        for (const path of staffScreens) await check(staff.page, path, lang);
        await staff.context.close();
      }
      if (report.length) console.log(report.join('\n'));
      expect(report).toEqual([]);
    }, 150_000);

    it('breaks no Content-Security-Policy rule and throws no error in the page', () => {
      expect(pageErrors).toEqual([]);
    });
  },
);
