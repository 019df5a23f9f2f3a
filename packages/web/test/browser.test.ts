import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { axeViolations, CSP, haveChromium, launchChromium, sendStatic } from './browser-support.js';
import { type BuiltTown, buildTestTown } from './fixture.js';

/**
 * The built app in a real browser: served like the server kernel serves it (static files, SPA
 * fallback, the kernel's Content-Security-Policy, a mocked API), checked with axe-core for
 * WCAG 2.1 A/AA and for a few behaviours no static check sees.
 */

/** The console warnings and errors `page` logs from now on. */
function warningsOf(page: Page): string[] {
  const messages: string[] = [];
  page.on('console', (m) => {
    // These contexts block service workers on purpose (each test measures the network
    // itself), so the refused registration, and the shell's note about it, are expected here.
    if (
      /service worker could not be registered|Service Worker registration blocked/i.test(m.text())
    )
      return;
    if (m.type() === 'warning' || m.type() === 'error') messages.push(m.text());
  });
  return messages;
}

/**
 * Runs in the page (an init script, so it takes its text as an argument): records when a
 * main heading with `text` first appears (the home screen's render), so a test can compare it
 * with when the widget's data was requested; how many cards had content at that moment and
 * the room the first one kept; and every layout shift.
 */
function recordRenderOf(text: string): void {
  const marks = window as unknown as {
    renderedAt?: number;
    cardsFilledWithFrame?: number;
    roomWithFrame?: string;
    layoutShift: number;
  };
  marks.layoutShift = 0;
  new MutationObserver(() => {
    if (marks.renderedAt === undefined && document.querySelector('main h1')?.textContent === text) {
      marks.renderedAt = performance.now();
      const bodies = [...document.querySelectorAll('.city-home-widgets .city-card__body')];
      marks.cardsFilledWithFrame = bodies.filter((body) => body.childNodes.length > 0).length;
      marks.roomWithFrame = bodies[0] && getComputedStyle(bodies[0]).minHeight;
    }
  }).observe(document, { childList: true, subtree: true, characterData: true });
  new PerformanceObserver((list) => {
    for (const entry of list.getEntries())
      marks.layoutShift += (entry as { value?: number }).value ?? 0;
  }).observe({ type: 'layout-shift', buffered: true });
}

/** Whether the page requested the notices' data before the heading recorded above appeared. */
function dataRequestedBeforeRender(page: Page): Promise<boolean> {
  return page.evaluate(() => {
    const { renderedAt } = window as unknown as { renderedAt?: number };
    const request = performance
      .getEntriesByType('resource')
      .find((entry) => entry.name.endsWith('/api/hinweise'));
    return renderedAt !== undefined && request !== undefined && request.startTime < renderedAt;
  });
}

/** Requests for the notices widget's data, which the shell loads. */
let noticeRequests = 0;

function serve(root: string): Promise<Server> {
  const server = createServer((req, res) => {
    const url = new URL(req.url ?? '/', 'http://127.0.0.1');
    res.setHeader('Content-Security-Policy', CSP);
    if (url.pathname.startsWith('/api/')) {
      res.setHeader('Content-Type', 'application/json');
      if (url.pathname === '/api/auth/me') {
        res.statusCode = 401;
        res.end(JSON.stringify({ code: 'unauthenticated', message: 'Not signed in.' }));
      } else if (url.pathname === '/api/hinweise') {
        noticeRequests += 1;
        res.end(JSON.stringify({ items: [{ title: 'Baustelle Lange Straße' }] }));
      } else if (url.pathname === '/api/feedback' && req.method === 'POST') {
        res.statusCode = req.headers['x-csrf-token'] === 'csrf-1' ? 201 : 403;
        res.end(JSON.stringify({ ok: true }));
      } else {
        res.end(JSON.stringify({ name: 'Testhausen' }));
      }
      return;
    }
    sendStatic(res, root, url.pathname);
  });
  return new Promise((resolve) => server.listen(0, '127.0.0.1', () => resolve(server)));
}

// The app as the test town builds it by default (Preact's React compatibility layer, plain
// page) and with its home screen prerendered and adopted by React.
const builds = [
  { name: 'default build, on Preact', prerender: false },
  { name: 'home screen prerendered, adopted by React', prerender: true },
];

for (const build of builds)
  describe.skipIf(!haveChromium && !process.env.CI)(
    `the built app in Chromium (${build.name})`,
    () => {
      let town: BuiltTown;
      let server: Server;
      let browser: Browser;
      let base: string;
      const cspViolations: string[] = [];

      beforeAll(async () => {
        town = await buildTestTown({ prerender: build.prerender });
        server = await serve(town.outDir);
        base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
        browser = await launchChromium();
      });

      afterAll(async () => {
        await browser?.close();
        await new Promise((resolve) => server?.close(resolve));
        town?.remove();
      });

      async function open(path: string, width = 1280): Promise<Page> {
        const context = await browser.newContext({
          viewport: { width, height: 800 },
          serviceWorkers: 'block',
        });
        await context.addCookies([{ name: 'city_app_csrf', value: 'csrf-1', url: base }]);
        const page = await context.newPage();
        page.on('console', (message) => {
          if (/Content Security Policy|Refused to/i.test(message.text()))
            cspViolations.push(`${path}: ${message.text()}`);
        });
        page.on('pageerror', (error) => cspViolations.push(`${path}: ${error.message}`));
        await page.goto(`${base}${path}`);
        await page.locator('main h1').waitFor();
        return page;
      }

      const pages: Array<[string, string]> = [
        ['/', 'Alles auf einen Blick'],
        ['/einstellungen', 'Einstellungen'],
        ['/termine', 'Meine Termine'],
        ['/impressum', 'Impressum'],
        ['/datenschutz', 'Datenschutzerklärung'],
        ['/barrierefreiheit', 'Erklärung zur Barrierefreiheit'],
        ['/feedback', 'Feedback geben'],
        ['/admin', 'Anmelden'],
        ['/hinweise', 'Hinweise'],
        ['/nicht-da', 'Seite nicht gefunden'],
        // Inside a module's path, but none of its screens.
        ['/hinweise/7/entwurf', 'Seite nicht gefunden'],
      ];

      it('every shell page has no WCAG 2.1 AA violations, a title, and no horizontal scroll at 320 px', async () => {
        // One page and in-app navigation, so axe is loaded once; direct loads are covered below.
        const page = await open('/');
        for (const [path, heading] of pages) {
          await page.evaluate((target) => {
            window.history.pushState({ key: target }, '', target);
            window.dispatchEvent(new PopStateEvent('popstate'));
          }, path);
          await expect
            .poll(() => page.locator('main h1').textContent(), { message: path })
            .toContain(heading);
          expect(await axeViolations(page), path).toEqual([]);
          expect(await page.title(), path).toMatch(/Testhausen App$/);
          expect(await page.getAttribute('html', 'lang')).toBe('de');
          await page.setViewportSize({ width: 320, height: 640 });
          expect(
            await page.evaluate(() => document.documentElement.scrollWidth),
            path,
          ).toBeLessThanOrEqual(320);
          await page.setViewportSize({ width: 1280, height: 800 });
        }
        await page.context().close();
      });

      it('opens deep links directly (the server falls back to the plain page)', async () => {
        const page = await open('/hinweise/7');
        expect(await page.locator('main h1').textContent()).toBe('Hinweise 7');
        expect(await page.title()).toBe('Hinweise 7 – Testhausen App');
        await page.context().close();
      });

      if (!build.prerender)
        it('renders the home screen and its widget in the browser, without warnings', async () => {
          expect(await (await fetch(`${base}/`)).text()).toContain('<div id="root"></div>');
          const context = await browser.newContext({ serviceWorkers: 'block' });
          const page = await context.newPage();
          const messages = warningsOf(page);
          await page.addInitScript(recordRenderOf, 'Alles auf einen Blick');
          await page.goto(`${base}/`);
          await expect
            .poll(() => page.locator('main h1').textContent())
            .toBe('Alles auf einen Blick');
          await expect.poll(() => page.getByText('Baustelle Lange Straße').count()).toBe(1);
          expect(messages).toEqual([]);
          // The first screen came in short tasks: the frame with empty cards, each keeping the
          // room of a short widget (6rem), then each widget's content.
          const marks = await page.evaluate(() => {
            const { cardsFilledWithFrame, roomWithFrame, layoutShift } = window as unknown as {
              cardsFilledWithFrame?: number;
              roomWithFrame?: string;
              layoutShift: number;
            };
            return { cardsFilledWithFrame, roomWithFrame, layoutShift };
          });
          expect(marks).toMatchObject({ cardsFilledWithFrame: 0, roomWithFrame: '96px' });
          // Drawn, the card gave that room back: it is as tall as its one notice, no empty space
          // below it on a phone. What moved up then is the page's footer, by the 70 px
          // the one-line notice did not need (0.016 where the browser painted the empty frame;
          // Core Web Vitals call a layout shift below 0.1 good).
          const body = page.locator('.city-home-widgets .city-card__body').first();
          expect(await body.evaluate((b) => getComputedStyle(b).minHeight)).toBe('auto');
          const notice = page.getByText('Baustelle Lange Straße');
          const [bodyBox, noticeBox] = [await body.boundingBox(), await notice.boundingBox()];
          expect((bodyBox?.y ?? 0) + (bodyBox?.height ?? 0)).toBeCloseTo(
            (noticeBox?.y ?? 0) + (noticeBox?.height ?? 0),
            0,
          );
          expect(marks.layoutShift).toBeLessThan(0.02);
          // The plain SVG logo came inline with the script: no image request, no document of its own.
          expect(await page.locator('header .city-header__logo > svg').count()).toBe(1);
          expect(
            await page.evaluate(() =>
              performance.getEntriesByType('resource').some((e) => e.name.endsWith('/logo.svg')),
            ),
          ).toBe(false);
          // The colours came with the stylesheet; the shell did not set them again on <html>.
          expect(
            await page.evaluate(() => document.documentElement.getAttribute('style')),
          ).toBeNull();
          expect(
            await page.evaluate(() =>
              getComputedStyle(document.documentElement).getPropertyValue('--city-primary').trim(),
            ),
          ).toBe('#8a1538');
          await context.close();
        });

      if (!build.prerender)
        it('asks for a widget’s data before the first render, once, and refreshes it on a return', async () => {
          const context = await browser.newContext({ serviceWorkers: 'block' });
          const page = await context.newPage();
          await page.addInitScript(recordRenderOf, 'Alles auf einen Blick');
          const before = noticeRequests;
          await page.goto(`${base}/`);
          await page.getByText('Baustelle Lange Straße').waitFor();
          await page.waitForLoadState('networkidle');
          // Asked for before the first render, and only once: the widget's first mount takes
          // that answer (or joins the request, had the render not waited for it).
          expect(await dataRequestedBeforeRender(page)).toBe(true);
          expect(noticeRequests - before).toBe(1);
          // Away and back: the card shows what it had at once and asks again in the background.
          await page.getByRole('link', { name: 'Impressum' }).click();
          await page.locator('main h1', { hasText: 'Impressum' }).waitFor();
          await page.getByRole('link', { name: 'Start', exact: true }).first().click();
          await page.locator('main h1', { hasText: 'Alles auf einen Blick' }).waitFor();
          expect(await page.getByText('Baustelle Lange Straße').count()).toBe(1);
          await expect.poll(() => noticeRequests - before).toBe(2);
          await context.close();
        });

      it('tells when a widget’s data cannot be loaded, and loads it on "try again"', async () => {
        const context = await browser.newContext({ serviceWorkers: 'block' });
        const page = await context.newPage();
        let fail = true;
        await page.route('**/api/hinweise', (route) =>
          fail
            ? route.fulfill({
                status: 503,
                contentType: 'application/json',
                body: '{"code":"unavailable","message":"Down."}',
              })
            : route.fallback(),
        );
        await page.goto(`${base}/`);
        const alert = page.locator('.city-home-widgets [role="alert"]');
        await expect.poll(() => alert.textContent()).toContain('konnte nicht geladen werden');
        fail = false;
        await alert.getByRole('button', { name: 'Erneut versuchen' }).click();
        await page.getByText('Baustelle Lange Straße').waitFor();
        expect(await alert.count()).toBe(0);
        await context.close();
      });

      if (build.prerender)
        it('adopts the home screen rendered into index.html instead of building it again', async () => {
          const raw = await (await fetch(`${base}/`)).text();
          expect(raw).toMatch(/<div id="root" data-city-prerendered="\/ de">/);
          expect(raw).toContain('<h1 id="page-title" tabindex="-1">Alles auf einen Blick</h1>');
          expect(await (await fetch(`${base}/impressum`)).text()).toContain(
            '<div id="root"></div>',
          );

          const context = await browser.newContext({ serviceWorkers: 'block' });
          const page = await context.newPage();
          const messages = warningsOf(page);
          // Records every heading the page loses: adopting keeps the one from the HTML.
          await page.addInitScript(() => {
            const removed: string[] = [];
            (window as unknown as { removedHeadings: string[] }).removedHeadings = removed;
            new MutationObserver((records) => {
              for (const r of records)
                for (const node of r.removedNodes)
                  if (node instanceof Element && (node.matches('h1') || node.querySelector('h1')))
                    removed.push(node.textContent ?? '');
            }).observe(document, { childList: true, subtree: true });
          });
          await page.goto(`${base}/`);
          await page.waitForLoadState('networkidle');
          expect(
            await page.evaluate(() =>
              document.getElementById('root')?.hasAttribute('data-city-prerendered'),
            ),
          ).toBe(false);
          expect(
            await page.evaluate(
              () => (window as unknown as { removedHeadings: string[] }).removedHeadings,
            ),
          ).toEqual([]);
          expect(messages).toEqual([]);
          // The adopted page is live: a link navigates in the app, without loading the page again.
          await page.evaluate(() => ((window as unknown as { marker: boolean }).marker = true));
          await page.getByRole('link', { name: 'Impressum' }).click();
          await expect.poll(() => page.locator('main h1').textContent()).toBe('Impressum');
          expect(
            await page.evaluate(() => (window as unknown as { marker?: boolean }).marker),
          ).toBe(true);
          await context.close();
        });

      it('renders the home screen anew in the language a resident chose', async () => {
        const context = await browser.newContext({ serviceWorkers: 'block' });
        await context.addInitScript(() => localStorage.setItem('city-app:locale', 'en'));
        // The widget's data is asked for before the English home screen is rendered, also
        // where a German home screen was prerendered into the page.
        await context.addInitScript(recordRenderOf, 'Everything at a glance');
        const page = await context.newPage();
        const messages = warningsOf(page);
        await page.goto(`${base}/`);
        await expect
          .poll(() => page.locator('main h1').textContent())
          .toBe('Everything at a glance');
        expect(await page.locator('main h1').count()).toBe(1);
        expect(await page.getAttribute('html', 'lang')).toBe('en');
        await page.getByText('Baustelle Lange Straße').waitFor();
        expect(await dataRequestedBeforeRender(page)).toBe(true);
        expect(messages).toEqual([]);
        await context.close();
      });

      if (!build.prerender)
        it('shows the legal pages in German and English without a placeholder and without a barrier', async () => {
          const titles = {
            de: ['Impressum', 'Datenschutzerklärung', 'Erklärung zur Barrierefreiheit'],
            en: ['Imprint', 'Privacy policy', 'Accessibility statement'],
          };
          for (const locale of ['de', 'en'] as const) {
            const context = await browser.newContext({ serviceWorkers: 'block' });
            await context.addInitScript(
              (chosen) => localStorage.setItem('city-app:locale', chosen),
              locale,
            );
            const page = await context.newPage();
            for (const [i, path] of ['/impressum', '/datenschutz', '/barrierefreiheit'].entries()) {
              await page.goto(`${base}${path}`);
              await expect
                .poll(() => page.locator('main h1').textContent(), { message: path })
                .toBe(titles[locale][i]);
              expect(await page.getAttribute('html', 'lang')).toBe(locale);
              expect(await axeViolations(page), `${locale} ${path}`).toEqual([]);
              // The test town's e-mail addresses are reserved .example ones: left out, while
              // what is known (the phone numbers) is shown.
              const main = (await page.locator('main').textContent()) ?? '';
              expect(main, path).not.toMatch(/\.example|bitte eintragen/i);
              if (path === '/impressum') expect(main).toContain('+49 3883 0000');
              if (path === '/datenschutz')
                expect(main).toContain(
                  locale === 'de'
                    ? 'Push-Dienst des Herstellers Ihres Browsers'
                    : 'push service of your browser’s maker',
                );
            }
            await context.close();
          }
        });

      it('moves focus to the new page heading after in-app navigation and updates the title', async () => {
        const page = await open('/');
        await page.getByRole('link', { name: 'Impressum' }).click();
        const focused = () =>
          page.evaluate(
            () => `${document.activeElement?.tagName} ${document.activeElement?.textContent}`,
          );
        await expect.poll(focused).toBe('H1 Impressum');
        expect(await page.title()).toBe('Impressum – Testhausen App');
        await page.goBack();
        await expect.poll(focused).toBe('H1 Alles auf einen Blick');
        expect(await page.title()).toBe('Alles auf einen Blick – Testhausen App');
        await page.context().close();
      });

      it('restores the scroll position when the resident goes back, also after a reload', async () => {
        const page = await open('/datenschutz', 320);
        await page.setViewportSize({ width: 320, height: 480 });
        await page.evaluate(() => window.scrollTo(0, 600));
        await expect.poll(() => page.evaluate(() => window.scrollY)).toBe(600);
        await page.evaluate(() => {
          window.history.pushState({ key: 'next' }, '', '/impressum');
          window.dispatchEvent(new PopStateEvent('popstate'));
        });
        await expect.poll(() => page.locator('main h1').textContent()).toBe('Impressum');
        await page.reload();
        await page.locator('main h1').waitFor();
        // The screen to go back to loads slowly: meanwhile the page is short and the browser
        // scrolls up, which must not overwrite the position to restore.
        await page.route('**/assets/**', async (route) => {
          await new Promise((resolve) => setTimeout(resolve, 400));
          await route.continue();
        });
        await page.goBack();
        await expect.poll(() => page.locator('main h1').textContent()).toBe('Datenschutzerklärung');
        await expect.poll(() => page.evaluate(() => window.scrollY)).toBe(600);
        await page.context().close();
      });

      it('switches the language and the tab title, keeps it after a reload and sets <html lang>', async () => {
        const page = await open('/einstellungen');
        await page.getByLabel('English').check();
        await expect.poll(() => page.getAttribute('html', 'lang')).toBe('en');
        await expect.poll(() => page.locator('main h1').textContent()).toBe('Settings');
        // The tab title follows at once, not only after the next navigation.
        expect(await page.title()).toBe('Settings – Testhausen App');
        await page.reload();
        await expect.poll(() => page.locator('main h1').textContent()).toBe('Settings');
        expect(await axeViolations(page)).toEqual([]);
        await page.context().close();
      });

      it('sends feedback with the CSRF header, after focusing the error summary on an empty submit', async () => {
        const page = await open('/feedback');
        await page.getByRole('button', { name: 'Feedback senden' }).click();
        await expect
          .poll(() => page.evaluate(() => document.activeElement?.className))
          .toBe('city-error-summary');
        expect(await page.getByLabel(/Ihre Nachricht/).getAttribute('aria-invalid')).toBe('true');
        expect(await axeViolations(page)).toEqual([]);
        await page.getByLabel(/Ihre Nachricht/).fill('Der Fahrplan fehlt.');
        await page.getByRole('button', { name: 'Feedback senden' }).click();
        await expect
          .poll(() => page.getByRole('status').filter({ hasText: 'Vielen Dank' }).count())
          .toBe(1);
        await page.context().close();
      });

      it('runs without Content-Security-Policy violations or script errors', () => {
        expect(cspViolations).toEqual([]);
      });
    },
  );
