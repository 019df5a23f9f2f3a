#!/usr/bin/env node
// One PNG that shows two sets of screenshots (from screenshots.mjs) side by side, screen by
// screen: the before and after of a change of the look, for one viewport and language.
import { existsSync, readdirSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { parseArgs } from 'node:util';
import { chromium } from 'playwright-core';

const { values: args } = parseArgs({
  options: {
    before: { type: 'string' },
    after: { type: 'string' },
    viewport: { type: 'string', default: 'phone' },
    locale: { type: 'string', default: 'de' },
    out: { type: 'string' },
    // Each screenshot is cut to this height: the top of a screen says most about its look.
    'max-height': { type: 'string', default: '1400' },
  },
});
if (!args.before || !args.after || !args.out) {
  console.error(
    'Usage: node packages/journeys/scripts/contact-sheet.mjs --before <dir> --after <dir> --out <file.png> [--viewport phone|desktop] [--locale de]',
  );
  process.exit(2);
}

const suffix = `.${args.viewport}.${args.locale}.png`;
const before = resolve(args.before);
const after = resolve(args.after);
const names = readdirSync(after)
  .filter((file) => file.endsWith(suffix))
  .map((file) => file.slice(0, -suffix.length))
  .sort();
const width = args.viewport === 'phone' ? 240 : 460;
const perRow = args.viewport === 'phone' ? 3 : 2;
const escapeHtml = (text) => text.replace(/[&<>"]/g, (c) => `&#${c.charCodeAt(0)};`);
const image = (dir, name) => {
  const file = join(dir, `${name}${suffix}`);
  return existsSync(file)
    ? `<img src="${pathToFileURL(file)}" alt="">`
    : '<p class="missing">(none)</p>';
};
const html = `<!doctype html><meta charset="utf-8"><style>
body { margin: 16px; font: 14px system-ui, sans-serif; background: #fff; }
.sheet { display: grid; grid-template-columns: repeat(${perRow}, auto); gap: 24px 40px; justify-content: start; }
h2 { font-size: 15px; margin: 0 0 6px; }
.pair { display: grid; grid-template-columns: ${width}px ${width}px; gap: 8px; }
.shot { width: ${width}px; max-height: ${Number(args['max-height']) * (width / (args.viewport === 'phone' ? 390 : 1280))}px; overflow: hidden; border: 1px solid #999; }
.shot img { width: 100%; display: block; }
.label { font-size: 12px; color: #555; }
</style>
<h1>Before | after – ${escapeHtml(args.viewport)}, ${escapeHtml(args.locale)}</h1>
<div class="sheet">${names
  .map(
    (name) => `<section><h2>${escapeHtml(name)}</h2><div class="pair">
<div><div class="label">before</div><div class="shot">${image(before, name)}</div></div>
<div><div class="label">after</div><div class="shot">${image(after, name)}</div></div>
</div></section>`,
  )
  .join('')}</div>`;

const page = join(tmpdir(), `contact-sheet-${process.pid}.html`);
writeFileSync(page, html);
const browser = await chromium.launch({
  executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
  args: ['--no-sandbox', '--disable-gpu', '--allow-file-access-from-files'],
});
try {
  const tab = await browser.newPage({ viewport: { width: 1600, height: 1000 } });
  await tab.goto(pathToFileURL(page).href, { waitUntil: 'load' });
  await tab.screenshot({ path: resolve(args.out), fullPage: true });
  console.log(`${names.length} screens compared in ${args.out}`);
} finally {
  await browser.close();
}
