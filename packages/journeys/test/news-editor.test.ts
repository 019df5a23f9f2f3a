// An editor at the town hall writes a news article with a photo in a freshly generated town, on
// its production build in Chromium, with the keyboard: uploads the photo, describes it, sees
// the article as residents will read it before anything is saved, saves and publishes it; a
// resident then reads it with the photo in the width that fits. axe-core checks every screen.
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { Cleanup, type RunningServer } from '../../create-city-app/test/e2e/support.js';
import {
  AxeReport,
  journeysRun,
  phonePage,
  press,
  signIn,
  startJourney,
  typeInto,
} from './support/journey.js';

const TOWN = { name: 'Zarrentin', slug: 'zarrentin', state: 'DE-MV' };
const ADMIN = { email: 'presse@zarrentin.example', password: 'Kloster-Badesteg-Holzbohle-2027' };
const TITLE = 'Neuer Steg am Schaalsee';
const TEASER = 'Ab Samstag ist der Badesteg wieder offen.';
const ALT = 'Der neue Holzsteg im Abendlicht';

interface NewsList {
  items: { slug: string; title: string; imageUrl: string | null }[];
}

describe.skipIf(!journeysRun)(
  `an editor of ${TOWN.name} previews and publishes news with a photo, with the keyboard`,
  { timeout: 60_000 },
  () => {
    const cleanup = new Cleanup();
    let server: RunningServer;
    let browser: Browser;
    let page: Page;
    let slug = '';
    const axe = new AxeReport();
    const checkAccessibility = (where: string) => axe.check(page, where);

    const published = async () =>
      ((await (await fetch(`${server.url}/api/news`)).json()) as NewsList).items;

    beforeAll(async () => {
      ({ server, browser } = await startJourney(TOWN, ADMIN, cleanup));
      const context = await browser.newContext({
        locale: 'de-DE',
        viewport: { width: 1280, height: 900 },
      });
      page = await context.newPage();
    }, 300_000);

    afterAll(async () => {
      await cleanup.run();
    }, 60_000);

    it('writes an article, uploads its photo and describes it', async () => {
      await page.goto(`${server.url}/admin/news/new`, { waitUntil: 'load' });
      await signIn(page, ADMIN, 'Neue Nachricht');
      await checkAccessibility('/admin/news/new');
      await typeInto(page.locator('#news-title'), TITLE);
      await typeInto(page.locator('#news-teaser'), TEASER);
      await typeInto(
        page.locator('#news-body'),
        'Der Steg ist **neu gebaut**. Bitte beachten Sie die Badezeiten.',
      );
      // A photo as a camera would give it, drawn by the browser itself.
      const photo = await page.evaluate(async () => {
        const canvas = new OffscreenCanvas(1800, 1200);
        const draw = canvas.getContext('2d') as OffscreenCanvasRenderingContext2D;
        const sky = draw.createLinearGradient(0, 0, 0, 1200);
        sky.addColorStop(0, '#f4a261');
        sky.addColorStop(1, '#264653');
        draw.fillStyle = sky;
        draw.fillRect(0, 0, 1800, 1200);
        const blob = await canvas.convertToBlob({ type: 'image/jpeg', quality: 0.9 });
        const bytes = new Uint8Array(await blob.arrayBuffer());
        return Array.from(bytes);
      });
      await page.locator('#news-imageUrl').setInputFiles({
        name: 'steg.jpg',
        mimeType: 'image/jpeg',
        buffer: Buffer.from(photo),
      });
      await page.locator('figure img[src^="/images/"]').waitFor();
      await typeInto(page.locator('#news-imageAlt'), ALT);
      await checkAccessibility('/admin/news/new with its photo');
    });

    it('shows the article as residents will read it, and saves nothing by that', async () => {
      await press(page.getByRole('button', { name: 'Vorschau anzeigen' }));
      const heading = page.getByRole('heading', { level: 2, name: 'Vorschau' });
      await heading.waitFor();
      // The focus lands on what appeared.
      expect(await heading.evaluate((h) => h === document.activeElement)).toBe(true);
      const preview = page.locator('section.news-preview');
      expect(await preview.getByRole('heading', { level: 3 }).textContent()).toBe(TITLE);
      expect(await preview.locator('strong').textContent()).toBe('neu gebaut');
      const image = preview.locator('img');
      expect(await image.getAttribute('alt')).toBe(ALT);
      expect(await image.getAttribute('srcset')).toMatch(/-480\.webp 480w, .*-1600\.webp 1600w$/);
      // One main heading on the page: the editor's.
      expect(await page.locator('h1').count()).toBe(1);
      await checkAccessibility('/admin/news/new with the preview');
      expect((await published()).some((a) => a.title === TITLE)).toBe(false);
    });

    it('saves and publishes it; a resident reads it with the photo a phone needs', async () => {
      await press(page.getByRole('button', { name: 'Speichern' }));
      await page.getByRole('button', { name: 'Veröffentlichen' }).waitFor();
      await press(page.getByRole('button', { name: 'Veröffentlichen' }));
      await page
        .getByRole('status')
        .filter({ hasText: `„${TITLE}“ ist veröffentlicht.` })
        .waitFor();
      const article = (await published()).find((a) => a.title === TITLE);
      expect(article?.imageUrl).toMatch(/^\/images\/[0-9a-f]{32}-1600\.webp$/);
      slug = article?.slug ?? '';

      const phone = await phonePage(browser, 'de-DE');
      await phone.goto(`${server.url}/news/${slug}`, { waitUntil: 'load' });
      await phone.getByRole('heading', { level: 1, name: TITLE }).waitFor();
      const image = phone.locator('img.news-article__image');
      await phone.waitForFunction(
        () => document.querySelector<HTMLImageElement>('img.news-article__image')?.complete,
      );
      expect(await image.evaluate((img: HTMLImageElement) => img.currentSrc)).toMatch(
        /-(480|960)\.webp$/,
      );
      await axe.check(phone, `/news/${slug} on a phone`);
      await phone.context().close();
    });

    it('meets WCAG 2.1 AA on every screen it visited', () => {
      expect(axe.toString()).toBe('');
    });
  },
);
