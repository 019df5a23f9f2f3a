// What every journey sets up the same way: a freshly generated town on its production build,
// its server, Chromium, typing, keyboard presses, staff's sign-in and one axe report per file.
import { join } from 'node:path';
import type { Browser, Locator, Page } from 'playwright-core';
import {
  axeViolations,
  type Cleanup,
  type ConfigureTown,
  chromiumPath,
  formatViolations,
  generateTown,
  launchChromium,
  type RunningServer,
  startTown,
} from '../../../create-city-app/test/e2e/support.js';

export const chromium = chromiumPath();

/** Journeys run where Chromium is installed, and always under CI (which then must have it). */
export const journeysRun = Boolean(chromium) || Boolean(process.env.CI);
if (!journeysRun) console.warn('Chromium not found (set CHROMIUM_PATH): skipping the journeys.');

/** What a journey does to its town besides the defaults. */
export interface TownSetup {
  /** Edits the generated `city.config.ts` before the build (see `ConfigureTown`). */
  configure?: ConfigureTown;
  /**
   * Runs once the town is built, before its server starts (the embedded database is then
   * free for a command such as `city-app import`, which opens it as the server does).
   */
  beforeStart?: (town: { project: string; dataDir: string }) => Promise<void>;
}

/**
 * Generates and builds the town, starts its server with `admin` as its first staff account
 * (and `env` besides), and launches Chromium; `cleanup` stops them. `dataDir` is the server's
 * data folder (its mail folder sits beside it).
 */
export async function startJourney(
  town: { name: string; slug: string; state: string },
  admin: { email: string; password: string },
  cleanup: Cleanup,
  env: Record<string, string> = {},
  setup: TownSetup = {},
): Promise<{ server: RunningServer; browser: Browser; dataDir: string }> {
  if (!chromium)
    throw new Error('Chromium is missing: install it or set CHROMIUM_PATH (required under CI).');
  const generated = await generateTown(town, cleanup, undefined, setup.configure);
  const dataDir = join(generated.workspace, 'data');
  await setup.beforeStart?.({ project: generated.project, dataDir });
  const server = await startTown(generated.project, { dataDir, admin }, cleanup, env);
  return { server, browser: await launchChromium(chromium, cleanup), dataDir };
}

/** A fresh page in a phone-sized window (390 × 844), the browser set to `locale`. */
export async function phonePage(browser: Browser, locale: 'de-DE' | 'en-GB'): Promise<Page> {
  const context = await browser.newContext({ locale, viewport: { width: 390, height: 844 } });
  return context.newPage();
}

/** Focuses a text field, clears what it holds and types, key by key. */
export async function typeInto(locator: Locator, text: string): Promise<void> {
  await locator.focus();
  await locator.press('ControlOrMeta+A');
  await locator.press('Delete');
  await locator.page().keyboard.type(text);
}

/** The sign-in form's words in each language of the app. */
const SIGN_IN = {
  de: { email: 'E-Mail-Adresse', password: 'Passwort', button: 'Anmelden' },
  en: { email: 'E-mail address', password: 'Password', button: 'Sign in' },
} as const;

/**
 * Signs a staff member in with the keyboard on the sign-in form a staff screen shows to a
 * visitor without a session (the page is already on that screen), then waits for the screen's
 * heading (`heading`), which proves the session took.
 */
export async function signIn(
  page: Page,
  account: { email: string; password: string },
  heading: string,
  language: keyof typeof SIGN_IN = 'de',
): Promise<void> {
  const words = SIGN_IN[language];
  await typeInto(page.getByLabel(words.email), account.email);
  await typeInto(page.getByLabel(words.password), account.password);
  await press(page.getByRole('button', { name: words.button }));
  await page.getByRole('heading', { level: 1, name: heading }).waitFor();
}

/**
 * Follows the link `name` of a staff navigation (the landmark named `navigation`) with the
 * keyboard and waits for the screen's heading.
 */
export async function followStaffNav(
  page: Page,
  navigation: string,
  name: string,
  heading: string,
): Promise<void> {
  await press(page.getByRole('navigation', { name: navigation }).getByRole('link', { name }));
  await page.getByRole('heading', { level: 1, name: heading }).waitFor();
}

/** Moves the keyboard focus to the element and acts on it as a keyboard user would. */
export async function press(locator: Locator, key = 'Enter'): Promise<void> {
  await locator.focus();
  await locator.press(key);
}

/** The axe-core violations of every screen a journey visits; its last test expects none. */
export class AxeReport {
  private readonly found: string[] = [];

  async check(page: Page, where: string): Promise<void> {
    const violations = await axeViolations(page);
    if (violations.length) this.found.push(formatViolations(where, violations));
  }

  toString(): string {
    return this.found.join('\n\n');
  }
}
