// What an English screen must not show: the German interface's words outside text marked
// `lang="de"` (what the town or an organiser wrote in German is marked so, WCAG 3.1.2); and
// the reverse for a German screen.
import type { Browser, Page } from 'playwright-core';
import { expect } from 'vitest';
import type { RunningServer } from '../../../create-city-app/test/e2e/support.js';
import { phonePage, press, startJourney } from './journey.js';

/** The interface's words of a page's main part that English journeys read for German. */
const INTERFACE =
  'main :is(h1, h2, h3, p, li, dt, dd, label, legend, summary, button, a, th, caption, .city-alert)';

/**
 * The own words of the page's interface elements that contain one of `words`, leaving out
 * what is marked as written in `other` (`lang="de"` on an English page, and the reverse).
 */
async function wordsOutside(page: Page, words: RegExp[], other: 'de' | 'en'): Promise<string[]> {
  const texts = await page.evaluate(
    ({ selector, marked }) =>
      [...document.querySelectorAll(selector)].map((element) => {
        if (element.closest(marked)) return '';
        const copy = element.cloneNode(true) as Element;
        for (const part of copy.querySelectorAll(marked)) part.remove();
        return copy.textContent ?? '';
      }),
    { selector: INTERFACE, marked: `[lang="${other}"]` },
  );
  return [...new Set(texts.filter((text) => words.some((word) => word.test(text))))];
}

/**
 * Expects the page in English: `lang="en"`, and no element of its main part whose own words
 * (without what is marked German) contain one of `german`. A failure lists those texts.
 */
export async function expectNoGerman(page: Page, german: RegExp[], where: string): Promise<void> {
  expect(await wordsOutside(page, german, 'de'), `German on ${where}`).toEqual([]);
  expect(await page.evaluate(() => document.documentElement.lang)).toBe('en');
}

/**
 * Expects the page in German: `lang="de"`, and no element of its main part whose own words
 * (without what is marked English) contain one of `english`. A failure lists those texts.
 */
export async function expectNoEnglish(page: Page, english: RegExp[], where: string): Promise<void> {
  expect(await wordsOutside(page, english, 'en'), `English on ${where}`).toEqual([]);
  expect(await page.evaluate(() => document.documentElement.lang)).toBe('de');
}

/**
 * Switches the app to English in the settings with the keyboard, as a resident does. The app
 * opens in the town's first language, not the browser's: German until the resident chooses.
 */
async function chooseEnglish(page: Page, appUrl: string): Promise<void> {
  await page.goto(`${appUrl}/einstellungen`, { waitUntil: 'load' });
  await page.getByRole('heading', { level: 1, name: 'Einstellungen' }).waitFor();
  expect(await page.evaluate(() => document.documentElement.lang)).toBe('de');
  await press(page.getByRole('radio', { name: 'English' }), 'Space');
  await page.getByRole('heading', { level: 1, name: 'Settings' }).waitFor();
  // The heading may change a moment before the document's language does. (A wait, not
  // `expect.poll`: a journey may switch in its `beforeAll`, where vitest allows no poll.)
  await page.waitForFunction(() => document.documentElement.lang === 'en');
}

/** A phone-sized page whose browser prefers English, with the app switched to English on it. */
export async function englishPage(browser: Browser, appUrl: string): Promise<Page> {
  const page = await phonePage(browser, 'en-GB');
  await chooseEnglish(page, appUrl);
  return page;
}

/** Starts a journey read in English: the town generated and served, and an `englishPage`. */
export async function startEnglishJourney(
  ...start: Parameters<typeof startJourney>
): Promise<{ server: RunningServer; browser: Browser; dataDir: string; page: Page }> {
  const started = await startJourney(...start);
  return { ...started, page: await englishPage(started.browser, started.server.url) };
}
