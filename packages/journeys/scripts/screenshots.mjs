#!/usr/bin/env node
// Screenshots of every screen of a built town app, resident and staff, per language and
// viewport, so a change of the look can be compared before and after. With --axe, axe-core
// checks each screen as it is taken; with --text-200 each phone screen is taken again at
// 200 % text and checked for content wider than the screen. The run fails on any problem,
// and on a route the town declares that no entry of the screen list takes.
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { chromium } from 'playwright-core';
import { declaredRoutes, screenList } from './screens/screen-list.mjs';
import { startApp } from './screens/town-app.mjs';
import { INSTALLATION_ID, invitationLink, townContent } from './screens/town-content.mjs';

const here = dirname(fileURLToPath(import.meta.url));
const repoRoot = resolve(here, '..', '..', '..');
const VIEWPORTS = {
  phone: { width: 390, height: 844 },
  desktop: { width: 1280, height: 800 },
};

const USAGE = `Usage: node packages/journeys/scripts/screenshots.mjs [options]

  --out <dir>         where the PNG files go (default packages/journeys/screenshots)
  --app <dir>         a built town project to start (default apps/hagenow; build it first)
  --url <url>         a running app on this machine instead (staff screens need
                      --admin-email and --admin-password; --app still names its project)
  --locales de,en     languages (default de)
  --viewports phone,desktop   (default both: 390×844 and 1280×800)
  --only <names>      only these screens, comma-separated (e.g. home,admin)
  --axe               check every screen with axe-core
  --text-200          also take each phone screen at 200 % text and check it for overflow
  --list              print the screen list and the routes without an entry, take nothing
`;

const { values: args } = parseArgs({
  options: {
    out: { type: 'string', default: join(repoRoot, 'packages', 'journeys', 'screenshots') },
    app: { type: 'string', default: join(repoRoot, 'apps', 'hagenow') },
    url: { type: 'string' },
    'admin-email': { type: 'string' },
    'admin-password': { type: 'string' },
    locales: { type: 'string', default: 'de' },
    viewports: { type: 'string', default: 'phone,desktop' },
    only: { type: 'string' },
    axe: { type: 'boolean', default: false },
    'text-200': { type: 'boolean', default: false },
    list: { type: 'boolean', default: false },
    help: { type: 'boolean', default: false },
  },
});
if (args.help) {
  console.log(USAGE);
  process.exit(0);
}

const chromiumPath = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
const axeSource = readFileSync(
  createRequire(import.meta.url).resolve('axe-core/axe.min.js'),
  'utf8',
);

async function settle(page) {
  await page.waitForLoadState('networkidle', { timeout: 15_000 }).catch(() => undefined);
  await page.waitForSelector('main h1', { timeout: 10_000 }).catch(() => undefined);
  // Spinners of screens that load their data after the heading.
  await page
    .waitForFunction(() => !document.querySelector('main [role="status"] .city-spinner__circle'), {
      timeout: 5_000,
    })
    .catch(() => undefined);
  await page.waitForTimeout(250);
}

async function axeViolations(page) {
  await page.evaluate(axeSource);
  return page.evaluate(async () => {
    const result = await window.axe.run(document, {
      runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'] },
      resultTypes: ['violations'],
    });
    return result.violations.flatMap((v) =>
      v.nodes.map((n) => `${v.id} at ${n.target.join(' ')}: ${n.failureSummary}`),
    );
  });
}

/** Elements reaching past the screen's right edge (a page that scrolls sideways). */
async function overflow(page) {
  return page.evaluate(() => {
    const width = document.documentElement.clientWidth;
    if (document.documentElement.scrollWidth <= width + 1) return [];
    const named = (el) => `${el.tagName.toLowerCase()}.${[...el.classList].join('.')}`;
    const elements = [...document.querySelectorAll('body *')].filter((el) => {
      const box = el.getBoundingClientRect();
      return box.width > 0 && box.right > width + 1 && !el.closest('[data-scroll], table');
    });
    if (elements.length > 0) return elements.slice(0, 3).map(named);
    // Words can run past a box that itself fits (a flex item keeps its longest word's width).
    const words = [];
    const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
    for (let node = walker.nextNode(); node && words.length < 3; node = walker.nextNode()) {
      const range = document.createRange();
      range.selectNodeContents(node);
      if (
        range.getBoundingClientRect().right > width + 1 &&
        !node.parentElement.closest('[data-scroll], table')
      )
        words.push(`"${node.textContent.trim().slice(0, 40)}" in ${named(node.parentElement)}`);
    }
    return words.length > 0 ? words : ['the page (scrolls sideways)'];
  });
}

async function signIn(page, url, admin) {
  await page.goto(`${url}/admin`);
  await page.fill('#login-email', admin.email);
  await page.fill('#login-password', admin.password);
  await page.click('form button[type="submit"]');
  await page.waitForSelector('#login-email', { state: 'detached', timeout: 15_000 });
}

/** A browser context as the resident's device: its language chosen, its installation id. */
async function deviceContext(browser, viewport, locale) {
  const context = await browser.newContext({ viewport, locale, serviceWorkers: 'block' });
  await context.addInitScript(
    ([chosen, installation]) => {
      localStorage.setItem('city-app:locale', chosen);
      localStorage.setItem('city-app:notify-installation', installation);
    },
    [locale, INSTALLATION_ID],
  );
  return context;
}

/** Offline: the home screen was loaded, the screen's own code never was. */
async function goOffline(page, url, screen) {
  await page.goto(`${url}/`);
  await settle(page);
  await page.context().setOffline(true);
  await page.locator(`a[href="${screen.path}"]`).first().click();
}

async function run() {
  mkdirSync(args.out, { recursive: true });
  const appDir = resolve(args.app);
  const app = args.url
    ? {
        url: args.url.replace(/\/$/, ''),
        stop: () => undefined,
        admin: args['admin-email']
          ? { email: args['admin-email'], password: args['admin-password'] ?? '' }
          : undefined,
      }
    : await startApp(appDir);
  const problems = [];
  let count = 0;
  let browser;
  try {
    const { modules } = await (await fetch(`${app.url}/api/town`)).json();
    const declared = await declaredRoutes(appDir, modules);
    const found = await townContent(app.url, app.admin, modules);
    problems.push(...found.problems);
    if (found.invited && app.mailDir) {
      const link = await invitationLink(app.mailDir);
      found.invitationHash = link && new URL(link).hash;
    }
    const { entries, problems: gaps } = screenList(found, modules, declared);
    problems.push(...gaps);
    const only = args.only?.split(',');
    const list = only ? entries.filter((s) => only.includes(s.name)) : entries;
    if (args.list) {
      for (const s of list) console.log(`${s.name.padEnd(30)} ${s.path}`);
      console.log(problems.join('\n'));
      return;
    }
    browser = await chromium.launch({
      executablePath: chromiumPath,
      args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--no-first-run'],
    });
    for (const locale of args.locales.split(',')) {
      for (const viewportName of args.viewports.split(',')) {
        const viewport = VIEWPORTS[viewportName];
        if (!viewport) throw new Error(`Unknown viewport ${viewportName} (phone, desktop).`);
        const zooms = viewportName === 'phone' && args['text-200'] ? [1, 2] : [1];
        for (const zoom of zooms) {
          const context = await deviceContext(browser, viewport, locale);
          const page = await context.newPage();
          let signedIn = false;
          const suffix = zoom === 1 ? '' : '-text-200';
          for (const screen of list) {
            if (screen.staff && !app.admin) continue;
            if (screen.signedOut && signedIn) continue;
            if (screen.staff && !signedIn) {
              await signIn(page, app.url, app.admin);
              signedIn = true;
            }
            const where = `${screen.name}${suffix} ${viewportName} ${locale}`;
            try {
              let shot = page;
              if (screen.offline) {
                shot = await (await deviceContext(browser, viewport, locale)).newPage();
                await goOffline(shot, app.url, screen);
              } else {
                // A link that differs only by its fragment would not load the page anew.
                if (screen.hash) await page.goto('about:blank');
                const response = await page.goto(`${app.url}${screen.path}`);
                if (response?.status() === 404) {
                  problems.push(`${where}: ${screen.path} is not found (HTTP 404)`);
                  continue;
                }
              }
              if (zoom !== 1) {
                // As a browser's text size setting: the root font size grows, the viewport does not.
                await shot.evaluate((z) => {
                  document.documentElement.style.fontSize = `${z * 100}%`;
                }, zoom);
              }
              await settle(shot);
              if (screen.act) {
                await screen.act(shot);
                await settle(shot);
              }
              const file = join(args.out, `${screen.name}${suffix}.${viewportName}.${locale}.png`);
              await shot.screenshot({ path: file, fullPage: true });
              count++;
              if (args.axe)
                for (const v of await axeViolations(shot)) problems.push(`${where}: ${v}`);
              if (zoom !== 1)
                for (const el of await overflow(shot))
                  problems.push(`${where}: wider than the screen at ${el}`);
              if (shot !== page) await shot.context().close();
            } catch (error) {
              problems.push(`${where}: ${error.message.split('\n')[0]}`);
            }
          }
          await context.close();
        }
      }
    }
  } finally {
    await browser?.close();
    await app.stop();
  }
  writeFileSync(join(args.out, 'problems.txt'), problems.join('\n'));
  console.log(`${count} screenshots in ${args.out}`);
  console.log(problems.length ? problems.join('\n') : 'No problems.');
  if (problems.length) process.exitCode = 1;
}

run().catch((error) => {
  console.error(error instanceof Error ? error.message : error);
  process.exitCode = 2;
});
