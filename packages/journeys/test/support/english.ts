// What an English screen must not show: the German interface's words outside text marked
// `lang="de"` (what the town or an organiser wrote in German is marked so, WCAG 3.1.2).
import type { Page } from 'playwright-core';
import { expect } from 'vitest';
import { press } from './journey.js';

/** The interface's words of a page's main part that English journeys read for German. */
const INTERFACE =
  'main :is(h1, h2, h3, p, li, dt, dd, label, legend, summary, button, a, th, caption, .city-alert)';

/**
 * Expects the page in English: `lang="en"`, and no element of its main part whose own words
 * (without what is marked German) contain one of `german`. A failure lists those texts.
 */
export async function expectNoGerman(page: Page, german: RegExp[], where: string): Promise<void> {
  const texts = await page.evaluate(
    (selector) =>
      [...document.querySelectorAll(selector)].map((element) => {
        if (element.closest('[lang="de"]')) return '';
        const copy = element.cloneNode(true) as Element;
        for (const marked of copy.querySelectorAll('[lang="de"]')) marked.remove();
        return copy.textContent ?? '';
      }),
    INTERFACE,
  );
  const found = texts.filter((text) => german.some((word) => word.test(text)));
  expect([...new Set(found)], `German on ${where}`).toEqual([]);
  expect(await page.evaluate(() => document.documentElement.lang)).toBe('en');
}

/**
 * Switches the app to English in the settings with the keyboard, as a resident does. The app
 * opens in the town's first language, not the browser's: German until the resident chooses.
 */
export async function chooseEnglish(page: Page, appUrl: string): Promise<void> {
  await page.goto(`${appUrl}/einstellungen`, { waitUntil: 'load' });
  await page.getByRole('heading', { level: 1, name: 'Einstellungen' }).waitFor();
  expect(await page.evaluate(() => document.documentElement.lang)).toBe('de');
  await press(page.getByRole('radio', { name: 'English' }), 'Space');
  await page.getByRole('heading', { level: 1, name: 'Settings' }).waitFor();
  // The heading may change a moment before the document's language does.
  await expect.poll(() => page.evaluate(() => document.documentElement.lang)).toBe('en');
}
