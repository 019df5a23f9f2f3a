// End to end: the built CLI generates a town that is not Hagenow, the project installs
// (offline), builds and starts; its API answers, a headless Chromium shows the town, axe-core
// finds no WCAG 2.1 A/AA violation, an editor publishes news and a resident sees it.
import { existsSync } from 'node:fs';
import { readdir, readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  axeViolations,
  Cleanup,
  chromiumPath,
  collectCspViolations,
  expectOk,
  formatViolations,
  generateTown,
  launchChromium,
  type RunningServer,
  repoRoot,
  run,
  startTown,
} from './support.js';

const TOWN = 'Boizenburg/Elbe';
const SLUG = 'boizenburg-elbe';
const ADMIN = { email: 'redaktion@boizenburg.example', password: 'Elbe-Hafen-1709-Rathaus' };
const chromium = chromiumPath();

// Under CI a missing browser is a failure, not a skip.
if (!chromium && !process.env.CI)
  console.warn('Chromium not found (set CHROMIUM_PATH): skipping the end-to-end browser test.');

const timings: Record<string, number> = {};
async function timed<T>(phase: string, work: () => Promise<T>): Promise<T> {
  const started = performance.now();
  try {
    return await work();
  } finally {
    timings[phase] = Math.round(performance.now() - started) + (timings[phase] ?? 0);
  }
}

interface NewsList {
  items: Array<{ id: string; slug: string; title: string; category: string }>;
}

describe.skipIf(!chromium && !process.env.CI)(
  `a generated town (${TOWN}), end to end`,
  { timeout: 120_000 },
  () => {
    const cleanup = new Cleanup();
    let project: string;
    let server: RunningServer;
    let browser: Browser;
    let seeded: NewsList['items'];
    let dataDir: string;

    beforeAll(async () => {
      if (!chromium)
        throw new Error(
          'Chromium is missing: install it or set CHROMIUM_PATH (required under CI).',
        );
      const town = await generateTown({ name: TOWN, slug: SLUG, state: 'DE-MV' }, cleanup, timed);
      project = town.project;
      // Inside the temporary folder, so the lock file PGlite's guard puts beside it goes too.
      dataDir = join(town.workspace, 'data');
      server = await timed('start', () => startTown(project, { dataDir, admin: ADMIN }, cleanup));
      seeded = ((await (await fetch(`${server.url}/api/news`)).json()) as NewsList).items;
      browser = await timed('browser launch', () => launchChromium(chromium, cleanup));
    }, 600_000);

    afterAll(async () => {
      console.log(
        `End-to-end timings (ms): ${Object.entries(timings)
          .map(([phase, ms]) => `${phase} ${ms}`)
          .join(', ')}`,
      );
      await cleanup.run();
    }, 60_000);

    it('generates a thin project that links this repository', async () => {
      const files = await readdir(project);
      expect(files).toEqual(expect.arrayContaining(['city.config.ts', 'content', 'package.json']));
      const pkg = JSON.parse(await readFile(join(project, 'package.json'), 'utf8'));
      expect(pkg.dependencies['@city-app/server']).toBe(
        `link:${repoRoot.replace(/\/+$/, '')}/packages/server`,
      );
    });

    it('passes its own smoke test', async () => {
      const result = await timed('project test', () =>
        // The smoke test, the config check and the authorization matrix of every route.
        run('pnpm', ['test'], { cwd: project, timeoutMs: 400_000 }),
      );
      expectOk(result, 'pnpm test of the generated project');
      expect(result.stdout).toMatch(/Tests\s+\d+ passed/);
    }, 420_000);

    it('answers /healthz, /api/openapi.json and /api/town', async () => {
      const health = await fetch(`${server.url}/healthz`);
      expect(health.status).toBe(200);
      expect(await health.json()).toMatchObject({ status: 'ok', database: 'pglite' });

      const openapi = (await (await fetch(`${server.url}/api/openapi.json`)).json()) as {
        openapi: string;
        paths: Record<string, Record<string, unknown>>;
      };
      expect(openapi.openapi).toMatch(/^3\.1\./);
      expect(Object.keys(openapi.paths)).toEqual(
        expect.arrayContaining(['/api/town', '/api/news', '/api/news/articles/{slug}']),
      );
      expect(Object.keys(openapi.paths['/api/news/admin/articles'] ?? {})).toContain('post');

      const town = (await (await fetch(`${server.url}/api/town`)).json()) as {
        town: { name: string; state: string };
        modules: Array<{ id: string }>;
      };
      expect(town.town).toMatchObject({ name: TOWN, state: 'DE-MV' });
      expect(town.modules.map((m) => m.id)).toContain('news');
      expect(seeded.length).toBeGreaterThan(0);
    });

    describe('in the browser', () => {
      let resident: BrowserContext;
      let page: Page;
      const cspErrors: string[] = [];
      const scripts = new Map<string, number>();

      beforeAll(async () => {
        resident = await browser.newContext({ locale: 'de-DE' });
        await collectCspViolations(resident, cspErrors);
        page = await resident.newPage();
        page.on('response', async (response) => {
          if (response.request().resourceType() !== 'script') return;
          try {
            scripts.set(response.url(), gzipSync(await response.body()).length);
          } catch {
            // a redirect or an aborted request has no body
          }
        });
      });

      it('shows the town name and a seeded news item on the home page, within the JS budget', async () => {
        await timed('browser checks', async () => {
          await page.goto(server.url, { waitUntil: 'networkidle' });
          await page.getByRole('banner').getByText(TOWN).first().waitFor();
          await page.getByRole('link', { name: seeded[0]?.title }).first().waitFor();
        });
        const gzipped = [...scripts.values()].reduce((sum, size) => sum + size, 0);
        timings['home JS gzipped (bytes)'] = gzipped;
        expect(gzipped).toBeLessThanOrEqual(100 * 1024);
      });

      it('works with the keyboard alone: the skip link first, then the navigation', async () => {
        await page.goto(server.url, { waitUntil: 'networkidle' });
        await page.keyboard.press('Tab');
        const first = await page.evaluate(() => ({
          text: document.activeElement?.textContent?.trim(),
          href: document.activeElement?.getAttribute('href'),
        }));
        expect(first).toEqual({ text: 'Zum Inhalt springen', href: '#main' });
        let inNavigation = false;
        for (let i = 0; i < 3 && !inNavigation; i++) {
          await page.keyboard.press('Tab');
          inNavigation = await page.evaluate(() => !!document.activeElement?.closest('header nav'));
        }
        expect(inNavigation).toBe(true);

        // The skip link moves the focus to the main content.
        await page.goto(server.url, { waitUntil: 'networkidle' });
        await page.keyboard.press('Tab');
        await page.keyboard.press('Enter');
        await expect.poll(() => page.evaluate(() => document.activeElement?.id)).toBe('main');
      });

      it('has no WCAG 2.1 A/AA violations on the resident screens', async () => {
        const screens = [
          '/',
          '/news',
          `/news/${encodeURIComponent(seeded[0]?.slug ?? '')}`,
          '/einstellungen',
          '/impressum',
          '/datenschutz',
          '/barrierefreiheit',
          '/feedback',
        ];
        const report: string[] = [];
        await timed('browser checks', async () => {
          for (const path of screens) {
            await page.goto(server.url + path, { waitUntil: 'networkidle' });
            await page.locator('main h1').first().waitFor();
            const violations = await axeViolations(page);
            if (violations.length) report.push(formatViolations(path, violations));
          }
        });
        if (report.length) console.log(report.join('\n'));
        expect(report).toEqual([]);
      });

      it('lets an editor publish news that a resident then sees', async () => {
        const title = `Hafenfest ${Date.now().toString(36)}: Programm steht`;
        const report: string[] = [];
        await timed('browser checks', async () => {
          const editorContext = await browser.newContext({ locale: 'de-DE' });
          await collectCspViolations(editorContext, cspErrors);
          const editor = await editorContext.newPage();
          try {
            await editor.goto(`${server.url}/admin`, { waitUntil: 'networkidle' });
            const email = editor.getByLabel('E-Mail-Adresse');
            await email.waitFor();
            let violations = await axeViolations(editor);
            if (violations.length) report.push(formatViolations('/admin (login)', violations));

            // Keyboard only: type, Tab to the password, Enter submits.
            await email.focus();
            await editor.keyboard.type(ADMIN.email);
            await editor.keyboard.press('Tab');
            expect(await editor.evaluate(() => document.activeElement?.getAttribute('type'))).toBe(
              'password',
            );
            await editor.keyboard.type(ADMIN.password);
            await editor.keyboard.press('Enter');
            await editor
              .getByRole('heading', { level: 1, name: 'Bereich für Mitarbeitende' })
              .waitFor();

            await editor.goto(`${server.url}/admin/news/new`, { waitUntil: 'networkidle' });
            await editor.getByLabel('Titel').waitFor();
            violations = await axeViolations(editor);
            if (violations.length) report.push(formatViolations('/admin/news/new', violations));

            await editor.getByLabel('Titel').fill(title);
            await editor.getByLabel('Anreißer').fill('Drei Tage Musik und Markt am Elbhafen.');
            await editor
              .getByLabel('Text', { exact: true })
              .fill('Das **Hafenfest** beginnt am Freitag um 18 Uhr.');
            await editor.getByRole('button', { name: 'Speichern' }).click();
            await editor.getByRole('button', { name: 'Veröffentlichen' }).click();
            await editor.getByText(`„${title}“ ist veröffentlicht.`).waitFor();
            violations = await axeViolations(editor);
            if (violations.length) report.push(formatViolations('news editor', violations));
          } finally {
            await editorContext.close();
          }

          // A resident who never logged in.
          const residentContext = await browser.newContext({ locale: 'de-DE' });
          await collectCspViolations(residentContext, cspErrors);
          try {
            const residentPage = await residentContext.newPage();
            await residentPage.goto(`${server.url}/news`, { waitUntil: 'networkidle' });
            await residentPage.getByRole('link', { name: title }).waitFor();
            await residentPage.goto(server.url, { waitUntil: 'networkidle' });
            await residentPage.getByRole('link', { name: title }).waitFor();
          } finally {
            await residentContext.close();
          }
        });
        if (report.length) console.log(report.join('\n'));
        expect(report).toEqual([]);
      });

      it('breaks no Content-Security-Policy rule', () => {
        if (cspErrors.length) console.log(cspErrors.join('\n'));
        expect(cspErrors).toEqual([]);
      });
    });

    describe('refuses bad API input and changes nothing', () => {
      let cookie = '';
      let csrfToken = '';

      beforeAll(async () => {
        const login = await fetch(`${server.url}/api/auth/login`, {
          method: 'POST',
          headers: { 'content-type': 'application/json' },
          body: JSON.stringify(ADMIN),
        });
        expect(login.status).toBe(200);
        csrfToken = ((await login.json()) as { csrfToken: string }).csrfToken;
        cookie = login.headers
          .getSetCookie()
          .map((c) => c.split(';')[0])
          .join('; ');
      });

      async function articles(): Promise<unknown> {
        const response = await fetch(`${server.url}/api/news/admin/articles`, {
          headers: { cookie },
        });
        expect(response.status).toBe(200);
        return response.json();
      }

      function create(body: unknown, headers: Record<string, string>) {
        return fetch(`${server.url}/api/news/admin/articles`, {
          method: 'POST',
          headers: { 'content-type': 'application/json', ...headers },
          body: JSON.stringify(body),
        });
      }

      const valid = () => ({
        title: 'Elbbrücke gesperrt',
        teaser: 'Vom 3. bis 7. März.',
        body: 'Umleitung über die B5.',
        category: seeded[0]?.category,
      });

      it.each([
        ['a news item without a title', { title: '' }, 'title'],
        [
          'an image without alt text',
          { imageUrl: '/bilder/bruecke.jpg', imageAlt: '' },
          'imageAlt',
        ],
      ])('refuses %s with 400 naming the field', async (_, change, field) => {
        const before = await articles();
        const response = await create(
          { ...valid(), ...change },
          { cookie, 'x-csrf-token': csrfToken },
        );
        expect(response.status).toBe(400);
        const error = (await response.json()) as { code: string; message: string; field?: string };
        expect(error.field).toBe(field);
        expect(error.message.length).toBeGreaterThan(0);
        expect(await articles()).toEqual(before);
      });

      it('refuses an anonymous create with 401 and a create without the CSRF header with 403', async () => {
        const before = await articles();
        const anonymous = await create(valid(), {});
        expect(anonymous.status).toBe(401);
        const withoutToken = await create(valid(), { cookie });
        expect(withoutToken.status).toBe(403);
        expect(((await withoutToken.json()) as { code: string }).code).toBe('csrf_failed');
        expect(await articles()).toEqual(before);
      });
    });

    it('stops cleanly on SIGTERM: exit code 0, the data folder unlocked', async () => {
      const started = Date.now();
      const code = await server.stop();
      console.info(`stopped in ${Date.now() - started} ms`);
      // The server's own log says where a stop hung.
      expect(code, server.output()).toBe(0);
      expect(existsSync(`${dataDir}.lock`)).toBe(false);
    });
  },
);
