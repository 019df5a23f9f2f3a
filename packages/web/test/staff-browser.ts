import { mkdtemp, readdir, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { expect } from 'vitest';
import type { ServerModule } from '../../server/src/module.js';
import { createTestServer, type TestServer } from '../../server/src/testing.js';
import { launchChromium } from './browser-support.js';
import { type BuiltTown, buildTestTown } from './fixture.js';

/**
 * The staff area's screens in Chromium against the real kernel (its routes, its
 * Content-Security-Policy, PGlite, mail written as files), with staff signed in to it.
 */
export interface StaffBrowser {
  t: TestServer;
  mailDir: string;
  /** Script errors and CSP refusals seen on any page. */
  problems: string[];
  /** A browser signed in as a new staff member "Petra Amt" with `roles`, in `locale`. */
  signedIn(roles: string[], locale?: 'de' | 'en'): Promise<BrowserContext>;
  /** Opens `path` and waits for its heading. */
  visit(context: BrowserContext, path: string): Promise<Page>;
  /** How many mail files name `address`. */
  mailFilesNaming(address: string): Promise<number>;
  close(): Promise<void>;
}

export async function startStaffBrowser(
  options: { modules?: ServerModule[] } = {},
): Promise<StaffBrowser> {
  const mailDir = await mkdtemp(join(tmpdir(), 'city-app-staff-mail-'));
  const town: BuiltTown = await buildTestTown({ prerender: false });
  const t = await createTestServer({
    env: { CITY_APP_MAIL_DIR: mailDir },
    webRoot: town.outDir,
    ...(options.modules ? { modules: options.modules } : {}),
  });
  const listening = await t.server.listen({ port: 0, host: '127.0.0.1' });
  const browser: Browser = await launchChromium();
  const problems: string[] = [];
  return {
    t,
    mailDir,
    problems,
    async signedIn(roles, locale = 'de') {
      const { headers } = await t.loginAs(roles, { name: 'Petra Amt' });
      const context = await browser.newContext({
        serviceWorkers: 'block',
        locale: locale === 'de' ? 'de-DE' : 'en-GB',
        timezoneId: 'Europe/Berlin',
      });
      await context.addCookies(
        (headers.Cookie as string).split('; ').map((pair) => {
          const [name = '', value = ''] = pair.split('=');
          return { name, value, url: listening.url };
        }),
      );
      if (locale === 'en')
        await context.addInitScript(() => localStorage.setItem('city-app:locale', 'en'));
      return context;
    },
    async visit(context, path) {
      const page = await context.newPage();
      page.on('pageerror', (error) => problems.push(`${path}: ${error.message}`));
      page.on('console', (m) => {
        if (/Content Security Policy|Refused to/i.test(m.text()))
          problems.push(`${path}: ${m.text()}`);
      });
      await page.goto(`${listening.url}${path}`);
      await page.locator('main h1').waitFor();
      return page;
    },
    async mailFilesNaming(address) {
      let n = 0;
      for (const name of await readdir(mailDir))
        if ((await readFile(join(mailDir, name), 'utf8')).includes(address)) n += 1;
      return n;
    },
    async close() {
      await browser.close();
      await listening.close();
      await t.close();
      town.remove();
      await rm(mailDir, { recursive: true, force: true });
    },
  };
}

/** Waits until exactly one live region says `text` (a request may take seconds on a busy machine). */
export const announced = (page: Page, text: string) =>
  expect
    .poll(() => page.getByRole('status').filter({ hasText: text }).count(), {
      message: text,
      timeout: 10_000,
    })
    .toBe(1);

/** After a refused submit: the error summary has the focus; answers what it lists. */
export async function focusedSummary(page: Page): Promise<string[]> {
  await expect
    .poll(() => page.evaluate(() => document.activeElement?.className))
    .toBe('city-error-summary');
  return page.locator('.city-error-summary li').allTextContents();
}

/** At 200 % text size, the main content needs no sideways scrolling (WCAG 1.4.4, 1.4.10). */
export async function fitsAtDoubleText(page: Page): Promise<boolean> {
  await page.evaluate(() => {
    document.documentElement.style.fontSize = '200%';
  });
  return page.evaluate(() => {
    const main = document.querySelector('main') as HTMLElement;
    return main.scrollWidth <= main.clientWidth;
  });
}

/**
 * The rows of the table named `label`, each as its cells' texts as a screen reader reads them:
 * without the column names the stacked look shows above the cells, which it hides from them.
 */
export const rowsOf = (page: Page, label: string) =>
  page
    .getByRole('table', { name: label })
    .locator('tbody tr')
    .evaluateAll((rows) =>
      rows.map((row) =>
        [...row.querySelectorAll('th, td')].map((cell) =>
          [...cell.childNodes]
            .filter((n) => !(n instanceof Element && n.getAttribute('aria-hidden') === 'true'))
            .map((n) => n.textContent)
            .join('')
            .trim(),
        ),
      ),
    );

/**
 * In a window `width` px wide (360: a phone): whether nothing needs sideways scrolling, neither
 * the page nor a table in a scrolling region of its own.
 */
export async function fitsWidth(page: Page, width: number): Promise<boolean> {
  await page.setViewportSize({ width, height: 740 });
  return page.evaluate(() => {
    const width = document.documentElement.clientWidth;
    return (
      document.documentElement.scrollWidth <= width &&
      [...document.querySelectorAll('main table')].every(
        (table) => table.getBoundingClientRect().right <= width,
      )
    );
  });
}
