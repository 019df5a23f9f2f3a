// What the module's Chromium suites share: the browser, waiting for a screen, axe-core, and
// a device on which "Meine Interessen" switched push notifications on.
import { existsSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { type Browser, chromium, type Page } from 'playwright-core';

export const chromiumPath = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
export const haveChromium = existsSync(chromiumPath);

/** The booking and course forms' checkbox "Auch als Push-Mitteilung auf diesem Gerät". */
export const PUSH_BOX = '#experiment-space-push';

export function launchChromium(): Promise<Browser> {
  if (!haveChromium) throw new Error('Chromium is missing: set CHROMIUM_PATH (required under CI).');
  return chromium.launch({
    executablePath: chromiumPath,
    args: [
      '--no-sandbox',
      '--disable-gpu',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
      '--no-first-run',
    ],
  });
}

/** The page's heading is there and nothing is loading any more. */
export async function settled(page: Page): Promise<void> {
  await page.locator('main h1').first().waitFor();
  await page.waitForFunction(() => !document.querySelector('main .city-spinner'));
}

const axeSource = readFileSync(
  createRequire(import.meta.url).resolve('axe-core/axe.min.js'),
  'utf8',
);

/** WCAG 2.1 A/AA violations on the page as it is now, one line each. */
export async function axeViolations(page: Page): Promise<string[]> {
  if (!(await page.evaluate(() => 'axe' in window))) await page.evaluate(axeSource);
  const result = await page.evaluate(() =>
    (
      window as unknown as {
        axe: {
          run(o: unknown): Promise<{
            violations: Array<{ id: string; nodes: Array<{ target: unknown }> }>;
          }>;
        };
      }
    ).axe.run({
      runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'] },
    }),
  );
  return result.violations.map((v) => `${v.id}: ${JSON.stringify(v.nodes.map((n) => n.target))}`);
}

/**
 * An init script for a device where "Meine Interessen" switched notifications on: the
 * installation id in localStorage and a push manager whose subscription is the one the server
 * stores for it. Headless Chromium cannot subscribe at a real push service, so the page's
 * Push API is replaced; grant the `notifications` permission as well.
 */
export function pushDevice(device: { installationId: string; endpoint: string }): string {
  return `(() => {
    const device = ${JSON.stringify(device)};
    localStorage.setItem('city-app:notify-installation', device.installationId);
    const subscription = {
      endpoint: device.endpoint,
      options: { applicationServerKey: null },
      toJSON: () => ({ endpoint: device.endpoint }),
      unsubscribe: async () => true,
    };
    const pushManager = { getSubscription: async () => subscription, subscribe: async () => subscription };
    Object.defineProperty(ServiceWorkerContainer.prototype, 'ready', {
      get: () => Promise.resolve({ pushManager }),
    });
  })();`;
}
