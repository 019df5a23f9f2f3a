// The everyday work of a library and an editor in a freshly generated town, on its production
// build in Chromium, with the keyboard: library staff add two devices (a new town starts with
// none), change one's accessibility note and save it; two residents reach for the same free
// time and the one who comes second is offered the free times left, in German, and books one;
// staff record a briefing chosen by its name; a resident's
// feedback reaches the inbox and staff answer it by e-mail; an editor uploads a photo for news,
// previews the article as residents will read it and publishes it, and residents then see it.
// axe-core checks every screen.
import { crc32, deflateSync } from 'node:zlib';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { Cleanup, type RunningServer } from '../../create-city-app/test/e2e/support.js';
import {
  AxeReport,
  followStaffNav,
  journeysRun,
  phonePage,
  press,
  signIn,
  startJourney,
  typeInto,
} from './support/journey.js';
import { mailFolderOf, waitForMail } from './support/mail-folder.js';

const TOWN = { name: 'Gadebusch', slug: 'gadebusch', state: 'DE-MV' };
const ADMIN = { email: 'bibliothek@gadebusch.example', password: 'Radegast-Lesesaal-2027-Schloss' };

/** The devices staff add: one anyone may book, one that needs the 3D printer briefing. */
const LAPTOP = { id: 'laptop', name: 'Laptop-Arbeitsplatz' };
const PRINTER = { id: '3d-drucker', name: '3D-Drucker', briefing: '3d-printer-briefing' };

/** A photo as a camera would not make it, but a real PNG all the same: a 96 × 64 gradient. */
function gradientPng(): Buffer {
  const width = 96;
  const height = 64;
  const rows: Buffer[] = [];
  for (let y = 0; y < height; y++) {
    const row = Buffer.alloc(1 + width * 3);
    for (let x = 0; x < width; x++) row.set([x * 2, y * 3, 160], 1 + x * 3);
    rows.push(row);
  }
  const chunk = (type: string, data: Buffer) => {
    const length = Buffer.alloc(4);
    length.writeUInt32BE(data.length);
    const typed = Buffer.concat([Buffer.from(type, 'ascii'), data]);
    const crc = Buffer.alloc(4);
    crc.writeUInt32BE(crc32(typed));
    return Buffer.concat([length, typed, crc]);
  };
  const header = Buffer.alloc(13);
  header.writeUInt32BE(width, 0);
  header.writeUInt32BE(height, 4);
  header.set([8, 2, 0, 0, 0], 8);
  return Buffer.concat([
    Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]),
    chunk('IHDR', header),
    chunk('IDAT', deflateSync(Buffer.concat(rows))),
    chunk('IEND', Buffer.alloc(0)),
  ]);
}

describe.skipIf(!journeysRun)(
  `the library and the editors of ${TOWN.name} at work, with the keyboard`,
  { timeout: 90_000 },
  () => {
    const cleanup = new Cleanup();
    let server: RunningServer;
    let browser: Browser;
    let mailFolder: string;
    let staff: Page;
    const device = LAPTOP;
    const axe = new AxeReport();

    beforeAll(async () => {
      let dataDir: string;
      ({ server, browser, dataDir } = await startJourney(TOWN, ADMIN, cleanup));
      mailFolder = mailFolderOf(dataDir);
      staff = await phonePage(browser, 'de-DE');
    }, 300_000);

    afterAll(async () => {
      await cleanup.run();
    }, 60_000);

    /** The first day from tomorrow on with at least two free times for `device`. */
    async function dayWithFreeTimes(): Promise<string> {
      for (let ahead = 1; ahead <= 21; ahead++) {
        const day = new Date(Date.now() + ahead * 86_400_000).toISOString().slice(0, 10);
        const answer = await fetch(
          `${server.url}/api/experiment-space/resources/${device.id}/slots?date=${day}&duration=60`,
        );
        const { slots } = (await answer.json()) as { slots: unknown[] };
        if (slots.length >= 2) return day;
      }
      throw new Error(`${device.name} has no day with two free times in three weeks.`);
    }

    /** Opens the device's booking screen on `day`, chooses its first free time and fills the form. */
    async function chooseFirstTime(page: Page, day: string, who: { name: string; email: string }) {
      await page.goto(`${server.url}/experimentierraum/buchen/${device.id}?tag=${day}`, {
        waitUntil: 'load',
      });
      await page.getByRole('heading', { level: 1, name: device.name }).waitFor();
      const first = page.locator('main ul.experiment-space-slots__list button').first();
      await first.waitFor();
      const label = (await first.textContent())?.trim() ?? '';
      await press(first);
      await typeInto(page.getByRole('textbox', { name: /^Name( \(Pflichtfeld\))?$/ }), who.name);
      await typeInto(page.getByRole('textbox', { name: /^E-Mail-Adresse/ }), who.email);
      return label;
    }

    /** Adds a device through the staff form and waits for its own page. */
    async function addDevice(added: { id: string; name: string; briefing?: string }) {
      await press(staff.getByRole('link', { name: 'Neues Gerät oder neuer Raum' }));
      await staff.getByLabel(/^Kennung/).waitFor();
      await typeInto(staff.getByLabel(/^Kennung/), added.id);
      await typeInto(staff.getByLabel(/^Name \(Deutsch\)/), added.name);
      if (added.briefing) await typeInto(staff.getByLabel(/^Voraussetzungen/), added.briefing);
      await press(staff.getByRole('button', { name: 'Speichern', exact: true }));
      await staff.waitForURL(new RegExp(`/admin/experimentierraum/ressourcen/${added.id}$`));
      await staff.getByLabel(/^Hinweise zur Barrierefreiheit \(Deutsch\)/).waitFor();
    }

    it('lets library staff add two devices, change one’s accessibility note, and find it saved', async () => {
      await staff.goto(`${server.url}/admin/experimentierraum/ressourcen`, { waitUntil: 'load' });
      await signIn(staff, ADMIN, 'Geräte und Räume');
      await axe.check(staff, 'staff: devices and rooms');
      await addDevice(PRINTER);
      await followStaffNav(
        staff,
        'Experimentierraum verwalten',
        'Geräte und Räume',
        'Geräte und Räume',
      );
      await addDevice(LAPTOP);
      await axe.check(staff, 'staff: a device added');

      // Saving a device that exists: the change is kept on the server.
      const note = 'Der Tisch ist unterfahrbar; das Netzteil liegt in der Schublade.';
      const field = staff.getByLabel(/^Hinweise zur Barrierefreiheit \(Deutsch\)/);
      await typeInto(field, note);
      await press(staff.getByRole('button', { name: 'Speichern', exact: true }));
      await staff.getByRole('status').filter({ hasText: 'Gespeichert.' }).waitFor();
      await axe.check(staff, 'staff: a device saved');
      await staff.reload({ waitUntil: 'load' });
      await expect.poll(() => field.inputValue()).toBe(note);
      const detail = (await (
        await fetch(`${server.url}/api/experiment-space/resources/${LAPTOP.id}`)
      ).json()) as { accessibility: { notes: { de?: string } } };
      expect(detail.accessibility.notes.de).toBe(note);
    });

    it('offers the second of two residents who chose the same time the free times left, in German', async () => {
      const day = await dayWithFreeTimes();
      const first = await phonePage(browser, 'de-DE');
      const second = await phonePage(browser, 'de-DE');
      const firstTime = await chooseFirstTime(first, day, {
        name: 'Jana Krüger',
        email: 'jana@gadebusch.example',
      });
      const secondTime = await chooseFirstTime(second, day, {
        name: 'Tom Becker',
        email: 'tom@gadebusch.example',
      });
      expect(secondTime).toBe(firstTime);
      await axe.check(second, 'booking form, a time chosen');

      await press(first.getByRole('button', { name: 'Verbindlich buchen' }));
      await first.waitForURL(/\/experimentierraum\/bestaetigung\//);

      // The second resident sends a moment later: refused, with the times still free.
      await press(second.getByRole('button', { name: 'Verbindlich buchen' }));
      await second
        .getByText(`„${device.name}“ ist zu dieser Zeit schon gebucht.`)
        .first()
        .waitFor();
      await second.getByText('Diese Zeiten sind noch frei:').waitFor();
      const alternatives = second.getByRole('button', { name: /^Stattdessen wählen: / });
      expect(await alternatives.count()).toBeGreaterThan(0);
      expect(await second.locator('main').textContent()).not.toMatch(/already booked|Choose one/);
      await axe.check(second, 'booking form, the time taken meanwhile');

      await press(alternatives.first());
      await press(second.getByRole('button', { name: 'Verbindlich buchen' }));
      await second.waitForURL(/\/experimentierraum\/bestaetigung\//);
      await second.getByRole('heading', { level: 1 }).waitFor();
      await axe.check(second, 'booking confirmation');
      await first.context().close();
      await second.context().close();
    });

    it('records a briefing chosen by its name, not by an internal id', async () => {
      await followStaffNav(staff, 'Experimentierraum verwalten', 'Einweisungen', 'Einweisungen');
      await axe.check(staff, 'staff: briefings');
      await typeInto(
        staff.getByRole('textbox', { name: /^E-Mail-Adresse/ }),
        'jana@gadebusch.example',
      );
      // The briefings the devices need are offered by name once the devices have loaded.
      const choice = staff.getByRole('combobox', { name: /^Einweisung/ });
      await choice.waitFor();
      const names = await choice.locator('option').allTextContents();
      expect(names).toEqual(['Bitte wählen', 'Einweisung für den 3D-Drucker erforderlich']);
      await choice.selectOption({ value: PRINTER.briefing });
      await press(staff.getByRole('button', { name: 'Einweisung speichern' }));
      await staff
        .getByRole('status')
        .filter({ hasText: `Eingetragen: jana@gadebusch.example, ${names[1]}` })
        .waitFor();
      // The list below now shows that person's briefings, each with its own revoke button.
      const recorded = staff
        .locator('main li')
        .filter({ hasText: 'jana@gadebusch.example: Einweisung für den 3D-Drucker erforderlich' });
      await recorded.waitFor();
      expect(await recorded.getByRole('button', { name: /^Widerrufen/ }).count()).toBe(1);
      await axe.check(staff, 'staff: a briefing recorded');
    });

    it('brings a resident’s feedback to the inbox, and staff answer it by e-mail', async () => {
      const resident = await phonePage(browser, 'de-DE');
      await resident.goto(`${server.url}/feedback`, { waitUntil: 'load' });
      await resident.getByRole('heading', { level: 1, name: 'Feedback geben' }).waitFor();
      await typeInto(
        resident.getByLabel('Ihre Nachricht'),
        'Die Bibliothek könnte samstags länger öffnen.',
      );
      await typeInto(resident.getByLabel(/^Ihre E-Mail-Adresse/), 'paul@gadebusch.example');
      await press(resident.getByRole('button', { name: 'Feedback senden' }));
      await resident.getByText('Vielen Dank! Ihr Feedback ist angekommen.').waitFor();
      await axe.check(resident, 'feedback sent');
      await resident.context().close();

      await staff.goto(`${server.url}/admin`, { waitUntil: 'load' });
      await followStaffNav(staff, 'Bereiche für Mitarbeitende', 'Feedback', 'Feedback');
      await staff.getByText('1 Nachricht(en), davon 1 ungelesen').waitFor();
      await press(staff.getByRole('button', { name: /^Nachricht vom .* öffnen$/ }).first());
      await staff.getByText('Die Bibliothek könnte samstags länger öffnen.').waitFor();
      await typeInto(
        staff.getByLabel(/^Antwort(?! senden)/),
        'Danke! Ab März öffnen wir samstags bis 16 Uhr.',
      );
      await press(staff.getByRole('button', { name: 'Antwort senden' }));
      await staff
        .getByRole('status')
        .filter({ hasText: 'Die Antwort ist an paul@gadebusch.example gesendet.' })
        .waitFor();
      await axe.check(staff, 'staff: feedback answered');
      const answer = await waitForMail(mailFolder, 'paul@gadebusch.example', /.+/);
      expect(answer.text).toContain('Ab März öffnen wir samstags bis 16 Uhr.');
    });

    it('lets an editor preview and publish news with an uploaded photo, which residents then see', async () => {
      const title = 'Neue Leseecke in der Stadtbibliothek';
      await staff.goto(`${server.url}/admin/news/new`, { waitUntil: 'load' });
      await staff.getByLabel('Titel').waitFor();
      await typeInto(staff.getByLabel('Titel'), title);
      await typeInto(staff.getByLabel('Anreißer'), 'Sessel, Licht und Ruhe im ersten Stock.');
      await typeInto(
        staff.getByLabel('Text', { exact: true }),
        'Die **Leseecke** ist zu allen Öffnungszeiten frei zugänglich.',
      );
      await staff.getByLabel('Bild hochladen').setInputFiles({
        name: 'leseecke.png',
        mimeType: 'image/png',
        buffer: gradientPng(),
      });
      await staff
        .getByRole('status')
        .filter({ hasText: /^Bild hochgeladen\./ })
        .waitFor();
      await typeInto(staff.getByLabel(/^Alternativtext/), 'Zwei Sessel unter einer Leselampe');
      await axe.check(staff, 'news editor, a photo uploaded');
      // Before anything is saved: the article as residents will read it, where the focus goes.
      await press(staff.getByRole('button', { name: 'Vorschau anzeigen' }));
      const preview = staff.getByRole('region', { name: 'Vorschau' });
      await preview.waitFor();
      const previewHeading = preview.getByRole('heading', { level: 2, name: 'Vorschau' });
      expect(await previewHeading.evaluate((h) => h === document.activeElement)).toBe(true);
      expect(await preview.getByRole('heading', { level: 3 }).textContent()).toBe(title);
      expect(await preview.locator('strong').textContent()).toBe('Leseecke');
      expect(await preview.getByRole('img').getAttribute('alt')).toBe(
        'Zwei Sessel unter einer Leselampe',
      );
      // One main heading on the page (the editor's), and nothing published by the preview.
      expect(await staff.locator('h1').count()).toBe(1);
      const listed = (await (await fetch(`${server.url}/api/news`)).json()) as {
        items: { title: string }[];
      };
      expect(listed.items.some((article) => article.title === title)).toBe(false);
      await axe.check(staff, 'news editor, the preview');
      await press(staff.getByRole('button', { name: 'Speichern', exact: true }));
      await press(staff.getByRole('button', { name: 'Veröffentlichen' }));
      await staff.getByText(`„${title}“ ist veröffentlicht.`).waitFor();

      const resident = await phonePage(browser, 'de-DE');
      await resident.goto(`${server.url}/news`, { waitUntil: 'load' });
      await press(resident.getByRole('link', { name: title }));
      await resident.getByRole('heading', { level: 1, name: title }).waitFor();
      const photo = resident.getByRole('img', { name: 'Zwei Sessel unter einer Leselampe' });
      await photo.waitFor();
      const source = await photo.getAttribute('src');
      expect(source).toMatch(/^\/images\/.+\.webp$/);
      // The server answers it as the WebP it made, not the PNG that was sent.
      const served = await fetch(`${server.url}${source}`);
      expect(served.headers.get('content-type')).toBe('image/webp');
      await expect
        .poll(() => photo.evaluate((img: HTMLImageElement) => img.complete && img.naturalWidth))
        .toBeGreaterThan(0);
      await axe.check(resident, 'news article with its photo');
      await resident.context().close();
    });

    it('finds no WCAG 2.1 A/AA violation on the screens visited', () => {
      expect(axe.toString()).toBe('');
    });
  },
);
