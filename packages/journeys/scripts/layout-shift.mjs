#!/usr/bin/env node
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
// How much the home screen moves while it loads, and how much empty room its cards keep once
// loaded: a first visit (fresh browser profile), on a phone and a desktop, with the processor
// slowed down like a mid-range phone's so the browser paints between the page's tasks as it
// does there. Layout shift is the sum of the page's 'layout-shift' entries (PerformanceObserver,
// as Core Web Vitals count it: shifts right after an input left out).
import { parseArgs } from 'node:util';
import { chromium } from 'playwright-core';
import { startApp } from './screens/town-app.mjs';

const here = dirname(fileURLToPath(import.meta.url));
const { values: args } = parseArgs({
  options: {
    app: { type: 'string', default: join(here, '..', '..', '..', 'apps', 'hagenow') },
    url: { type: 'string' },
    runs: { type: 'string', default: '5' },
    // Chromium's CPU throttling factor: 4 is what Lighthouse uses for a mid-range phone.
    cpu: { type: 'string', default: '4' },
    locale: { type: 'string', default: 'de' },
    // Answers of the API held back this long: a slow network, where the widgets' data misses
    // the first render and each card shows its spinner first.
    'slow-api': { type: 'string', default: '0' },
  },
});

const delay = Number(args['slow-api']);
const VIEWPORTS = {
  phone: { width: 390, height: 844 },
  desktop: { width: 1280, height: 800 },
};

/** In the page before any of its scripts: sums the layout shifts from the first paint on. */
function recordShifts() {
  const marks = window;
  marks.cityShift = 0;
  marks.cityShifts = [];
  new PerformanceObserver((list) => {
    for (const entry of list.getEntries()) {
      if (entry.hadRecentInput) continue;
      marks.cityShift += entry.value;
      marks.cityShifts.push(
        `${entry.value.toFixed(4)} at ${Math.round(entry.startTime)} ms: ${entry.sources
          .map((s) => s.node?.className || s.node?.nodeName || '?')
          .join(', ')}`,
      );
    }
  }).observe({ type: 'layout-shift', buffered: true });
}

/** Each home card's title and the room below its content, in CSS pixels. */
function emptyRoom() {
  return [...document.querySelectorAll('.city-home-widgets > .city-card')].map((card) => {
    const body = card.querySelector('.city-card__body');
    const box = body.getBoundingClientRect();
    const children = [...body.children].map((c) => c.getBoundingClientRect());
    const bottom = children.length ? Math.max(...children.map((c) => c.bottom)) : box.top;
    return {
      card: card.querySelector('.city-card__title')?.textContent ?? '?',
      body: Math.round(box.height),
      empty: Math.round(box.bottom - bottom),
    };
  });
}

async function measure(browser, url, viewportName) {
  const context = await browser.newContext({
    viewport: VIEWPORTS[viewportName],
    locale: args.locale,
    serviceWorkers: 'block',
  });
  await context.addInitScript((locale) => {
    localStorage.setItem('city-app:locale', locale);
  }, args.locale);
  const page = await context.newPage();
  const cdp = await context.newCDPSession(page);
  await cdp.send('Emulation.setCPUThrottlingRate', { rate: Number(args.cpu) });
  await page.addInitScript(recordShifts);
  if (delay)
    await page.route('**/api/**', async (route) => {
      await new Promise((r) => setTimeout(r, delay));
      await route.fallback();
    });
  await page.goto(`${url}/`);
  await page.waitForLoadState('networkidle');
  await page
    .waitForFunction(() => !document.querySelector('.city-home-widgets .city-spinner'), null, {
      timeout: 10_000,
    })
    .catch(() => undefined);
  await page.waitForTimeout(1000);
  const result = await page.evaluate(() => ({
    shift: window.cityShift,
    shifts: window.cityShifts,
  }));
  const room = await page.evaluate(emptyRoom);
  await context.close();
  return { ...result, room };
}

const app = args.url
  ? { url: args.url.replace(/\/$/, ''), stop() {} }
  : await startApp(resolve(args.app));
const browser = await chromium.launch({
  executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
  args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--no-first-run'],
});
try {
  for (const viewportName of Object.keys(VIEWPORTS)) {
    const shifts = [];
    let last;
    for (let run = 0; run < Number(args.runs); run++) {
      last = await measure(browser, app.url, viewportName);
      shifts.push(last.shift);
      for (const s of last.shifts) console.log(`  ${viewportName} run ${run + 1}: ${s}`);
    }
    const mean = shifts.reduce((a, b) => a + b, 0) / shifts.length;
    console.log(
      `${viewportName}: layout shift over ${shifts.length} first loads (CPU ÷${args.cpu}` +
        `${delay ? `, API ${delay} ms` : ''}): ` +
        `mean ${mean.toFixed(4)}, max ${Math.max(...shifts).toFixed(4)}`,
    );
    for (const { card, body, empty } of last.room)
      console.log(
        `  ${card.padEnd(32)} body ${String(body).padStart(4)} px, empty below ${empty} px`,
      );
  }
} finally {
  await browser.close();
  await app.stop();
}
