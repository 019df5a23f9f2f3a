// WCAG 1.4.4 and 1.4.10 on a phone: at 200 % text size the page itself never scrolls sideways.
import type { Page } from 'playwright-core';
import { expect } from 'vitest';

/**
 * Sets the root's text size to 200 % and expects no horizontal scrolling of the page; a wide
 * table may scroll inside its own focusable region. A failure names the elements that stick out.
 */
export async function expectNoOverflowAt200(page: Page, where: string): Promise<void> {
  await page.evaluate(() => {
    document.documentElement.style.fontSize = '200%';
  });
  try {
    const sticking = await page.evaluate(() => {
      const width = document.documentElement.clientWidth;
      return [...document.querySelectorAll('body *')]
        .filter((element) => element.getBoundingClientRect().right > width + 0.5)
        .filter((element) => !element.closest('[role="region"][tabindex="0"]'))
        .map((element) => {
          const { right } = element.getBoundingClientRect();
          return `${element.tagName.toLowerCase()}.${element.className} (${Math.round(right - width)} px)`;
        });
    });
    const overflow = await page.evaluate(
      () => document.documentElement.scrollWidth - document.documentElement.clientWidth,
    );
    expect(
      overflow,
      `horizontal scrolling at 200 % text size on ${where}: ${sticking.join(', ')}`,
    ).toBeLessThanOrEqual(0);
  } finally {
    await page.evaluate(() => {
      document.documentElement.style.fontSize = '';
    });
  }
}
