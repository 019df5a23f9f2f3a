#!/usr/bin/env node
// Screenshots of every screen of a built town app, resident and staff, per language and
// viewport, so a change of the look can be compared before and after. With --axe, axe-core
// checks each screen as it is taken and the run fails on any WCAG 2.1 A/AA violation.
import { spawn } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { chromium } from 'playwright-core';

const here = dirname(fileURLToPath(import.meta.url));
const repoRoot = resolve(here, '..', '..', '..');
const VIEWPORTS = {
  phone: { width: 390, height: 844 },
  desktop: { width: 1280, height: 800 },
};
const ADMIN = { email: 'screenshots@town.example', password: 'Bildschirm-Foto-2026-Rathaus' };

const USAGE = `Usage: node packages/journeys/scripts/screenshots.mjs [options]

  --out <dir>         where the PNG files go (default packages/journeys/screenshots)
  --app <dir>         a built town project to start (default apps/hagenow; build it first)
  --url <url>         a running app on this machine instead (staff screens need
                      --admin-email and --admin-password)
  --locales de,en     languages (default de)
  --viewports phone,desktop   (default both: 390×844 and 1280×800)
  --only <names>      only these screens, comma-separated (e.g. home,admin)
  --axe               check every screen with axe-core; exit 1 on a violation
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

function freePort() {
  return new Promise((done, fail) => {
    const probe = createServer();
    probe.on('error', fail);
    probe.listen(0, '127.0.0.1', () => {
      const { port } = probe.address();
      probe.close(() => done(port));
    });
  });
}

/** Starts the built app with a throwaway data folder and a known administrator. */
async function startApp(appDir) {
  const entry = join(appDir, 'dist', 'server', 'server.js');
  if (!existsSync(entry)) throw new Error(`${appDir} is not built: run its build first.`);
  const port = await freePort();
  const work = mkdtempSync(join(tmpdir(), 'city-app-screens-'));
  const child = spawn(process.execPath, [entry], {
    cwd: appDir,
    detached: true,
    stdio: ['ignore', 'ignore', 'pipe'],
    env: {
      ...process.env,
      NODE_ENV: 'production',
      HOST: '127.0.0.1',
      PORT: String(port),
      CITY_APP_DATA_DIR: join(work, 'data'),
      CITY_APP_ADMIN_EMAIL: ADMIN.email,
      CITY_APP_ADMIN_PASSWORD: ADMIN.password,
    },
  });
  let errors = '';
  child.stderr.on('data', (chunk) => {
    errors += chunk;
  });
  const url = `http://127.0.0.1:${port}`;
  const stop = () => {
    try {
      process.kill(-child.pid, 'SIGTERM');
    } catch {
      // Already gone.
    }
    rmSync(work, { recursive: true, force: true });
  };
  const until = Date.now() + 90_000;
  while (Date.now() < until) {
    if (child.exitCode !== null) throw new Error(`The app stopped while starting:\n${errors}`);
    const healthy = await fetch(`${url}/healthz`).then(
      (r) => r.ok,
      () => false,
    );
    if (healthy) return { url, stop, admin: ADMIN };
    await new Promise((r) => setTimeout(r, 300));
  }
  stop();
  throw new Error('The app did not answer /healthz within 90 s.');
}

async function api(url, path, init) {
  const response = await fetch(`${url}${path}`, init);
  if (!response.ok) throw new Error(`${path}: HTTP ${response.status} ${await response.text()}`);
  return response.json();
}

/** What the screens need from the app: an article, a resource, a booking's private link. */
async function discover(url) {
  const news = await api(url, '/api/news').catch(() => ({ items: [] }));
  const resources = await api(url, '/api/experiment-space/resources').catch(() => []);
  let bookingToken;
  let slotDate;
  // One anybody may book at once: no briefing needed, no approval.
  const resource =
    resources.find((r) => !r.prerequisites?.length && !r.approvalRequired) ?? resources[0];
  if (resource) {
    const date = new Date(Date.now() + 86_400_000);
    for (let day = 0; day < 14 && !bookingToken; day++, date.setDate(date.getDate() + 1)) {
      const iso = date.toISOString().slice(0, 10);
      const { slots } = await api(
        url,
        `/api/experiment-space/resources/${resource.id}/slots?date=${iso}`,
      );
      if (!slots.length) continue;
      const booked = await api(url, '/api/experiment-space/bookings', {
        method: 'POST',
        headers: { 'content-type': 'application/json', origin: url },
        body: JSON.stringify({
          resourceId: resource.id,
          start: slots[0].start,
          durationMinutes: 60,
          name: 'Erika Mustermann',
          email: 'erika@town.example',
          locale: 'de',
        }),
      });
      bookingToken = booked.token;
      slotDate = iso;
    }
  }
  return { article: news.items[0], resource, bookingToken, slotDate };
}

/** Every screen: its file name, its path, and whether it needs a signed-in staff member. */
function screens(found) {
  const list = [
    { name: 'home', path: '/' },
    { name: 'home-text-200', path: '/', textZoom: 2 },
    { name: 'news', path: '/news' },
    found.article && { name: 'news-article', path: `/news/${found.article.slug}` },
    { name: 'space', path: '/experimentierraum' },
    found.resource && {
      name: 'space-resource',
      path: `/experimentierraum/buchen/${found.resource.id}?tag=${found.slotDate}`,
    },
    found.resource && {
      name: 'space-booking-form',
      path: `/experimentierraum/buchen/${found.resource.id}?tag=${found.slotDate}`,
      // The form appears once a free time is chosen.
      act: (page) => page.locator('.experiment-space-slots__list button').first().click(),
    },
    found.bookingToken && {
      name: 'space-my-booking',
      path: `/experimentierraum/buchung/${found.bookingToken}`,
    },
    { name: 'space-courses', path: '/experimentierraum/kurse' },
    { name: 'settings', path: '/einstellungen' },
    { name: 'feedback', path: '/feedback' },
    { name: 'imprint', path: '/impressum' },
    { name: 'privacy', path: '/datenschutz' },
    { name: 'accessibility', path: '/barrierefreiheit' },
    { name: 'staff-login', path: '/admin', signedOut: true },
    { name: 'admin', path: '/admin', staff: true },
    { name: 'admin-notifications', path: '/admin/benachrichtigungen', staff: true },
    { name: 'admin-news', path: '/admin/news', staff: true },
    { name: 'admin-news-editor', path: '/admin/news/new', staff: true },
    { name: 'admin-space-schedule', path: '/admin/experimentierraum', staff: true },
    { name: 'admin-space-approvals', path: '/admin/experimentierraum/freigaben', staff: true },
    { name: 'admin-space-bookings', path: '/admin/experimentierraum/buchungen', staff: true },
    { name: 'admin-space-resources', path: '/admin/experimentierraum/ressourcen', staff: true },
    found.resource && {
      name: 'admin-space-resource-editor',
      path: `/admin/experimentierraum/ressourcen/${found.resource.id}`,
      staff: true,
    },
    { name: 'admin-space-courses', path: '/admin/experimentierraum/kurse', staff: true },
    { name: 'admin-space-briefings', path: '/admin/experimentierraum/einweisungen', staff: true },
    { name: 'admin-space-quotas', path: '/admin/experimentierraum/kontingente', staff: true },
  ].filter(Boolean);
  const only = args.only?.split(',');
  return only ? list.filter((s) => only.includes(s.name)) : list;
}

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

async function signIn(page, url, admin) {
  await page.goto(`${url}/admin`);
  await page.fill('#login-email', admin.email);
  await page.fill('#login-password', admin.password);
  await page.click('form button[type="submit"]');
  await page.waitForSelector('#login-email', { state: 'detached', timeout: 15_000 });
}

async function run() {
  mkdirSync(args.out, { recursive: true });
  const app = args.url
    ? {
        url: args.url.replace(/\/$/, ''),
        stop: () => undefined,
        admin: args['admin-email']
          ? { email: args['admin-email'], password: args['admin-password'] ?? '' }
          : undefined,
      }
    : await startApp(resolve(args.app));
  const browser = await chromium.launch({
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
  const problems = [];
  let count = 0;
  try {
    const found = await discover(app.url);
    const list = screens(found);
    for (const locale of args.locales.split(',')) {
      for (const viewportName of args.viewports.split(',')) {
        const viewport = VIEWPORTS[viewportName];
        if (!viewport) throw new Error(`Unknown viewport ${viewportName} (phone, desktop).`);
        const context = await browser.newContext({ viewport, locale, serviceWorkers: 'block' });
        await context.addInitScript((chosen) => {
          localStorage.setItem('city-app:locale', chosen);
        }, locale);
        const page = await context.newPage();
        let signedIn = false;
        for (const screen of list) {
          if (screen.staff && !app.admin) continue;
          if (screen.staff && !signedIn) {
            await signIn(page, app.url, app.admin);
            signedIn = true;
          }
          if (screen.signedOut && signedIn) continue;
          await page.goto(`${app.url}${screen.path}`);
          if (screen.textZoom) {
            // As a browser's text size setting: the root font size grows, the viewport does not.
            await page.evaluate((zoom) => {
              document.documentElement.style.fontSize = `${zoom * 100}%`;
            }, screen.textZoom);
          }
          await settle(page);
          if (screen.act) {
            await screen.act(page);
            await settle(page);
          }
          const file = join(args.out, `${screen.name}.${viewportName}.${locale}.png`);
          await page.screenshot({ path: file, fullPage: true });
          count++;
          if (args.axe) {
            for (const v of await axeViolations(page))
              problems.push(`${screen.name} ${viewportName} ${locale}: ${v}`);
          }
        }
        await context.close();
      }
    }
  } finally {
    await browser.close();
    app.stop();
  }
  writeFileSync(join(args.out, 'axe.txt'), problems.join('\n'));
  console.log(`${count} screenshots in ${args.out}`);
  if (args.axe) {
    console.log(problems.length ? problems.join('\n') : 'axe-core: no violations.');
    if (problems.length) process.exitCode = 1;
  }
}

run().catch((error) => {
  console.error(error instanceof Error ? error.message : error);
  process.exitCode = 2;
});
