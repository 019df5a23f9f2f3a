// What an English screen must not show: the German interface's words outside text marked
// `lang="de"` (what the town or an organiser wrote in German is marked so, WCAG 3.1.2).
import type { Page } from 'playwright-core';
import { expect } from 'vitest';

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
