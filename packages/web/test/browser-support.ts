import { existsSync, readFileSync } from 'node:fs';
import type { ServerResponse } from 'node:http';
import { createRequire } from 'node:module';
import { extname, join, normalize } from 'node:path';
import { type Browser, chromium, type Page } from 'playwright-core';

/**
 * What the browser tests of this package share: Debian's Chromium, the kernel's
 * Content-Security-Policy, static files served as the kernel serves the built app (SPA
 * fallback), and axe-core's source for injection into pages.
 */
export const chromiumPath = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
export const haveChromium = existsSync(chromiumPath);

export const CSP =
  "default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' data: blob:; connect-src 'self'; font-src 'self'; object-src 'none'; base-uri 'self'; frame-ancestors 'none'";

const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript',
  '.css': 'text/css',
  '.png': 'image/png',
  '.webmanifest': 'application/manifest+json',
};

/**
 * Answers with the file under `root` at `pathname`; like the city-app server, index.html (the
 * prerendered home screen) for `/` and shell.html for other app routes.
 */
export function sendStatic(res: ServerResponse, root: string, pathname: string): void {
  const file = normalize(join(root, pathname));
  const shell = join(root, 'shell.html');
  const target =
    file.startsWith(root) && existsSync(file) && extname(file)
      ? file
      : pathname !== '/' && existsSync(shell)
        ? shell
        : join(root, 'index.html');
  res.setHeader('Content-Type', TYPES[extname(target)] ?? 'application/octet-stream');
  res.end(readFileSync(target));
}

export const axeSource = readFileSync(
  createRequire(import.meta.url).resolve('axe-core/axe.min.js'),
  'utf8',
);

/** Headless Chromium with a fresh, throwaway profile (launch() makes one per run). */
export function launchChromium(): Promise<Browser> {
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

/** WCAG 2.1 A/AA violations axe-core finds on the page, each with the elements it names. */
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
