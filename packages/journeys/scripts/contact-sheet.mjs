#!/usr/bin/env node
// Sheets that show two sets of screenshots (from screenshots.mjs) side by side, screen by
// screen: the before and after of a change of the look, for one viewport and language. A
// screen the "before" set lacks is marked new. Written as PNG, or as JPEG (`.jpg`) small
// enough to commit; `--per-sheet` splits a long list over several numbered files.
import { existsSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { extname, join, resolve } from 'node:path';
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
    // Each screenshot's width on the sheet, in pixels (default 240 for a phone, 460 for a desktop).
    width: { type: 'string' },
    // Screens left out, by a regular expression on their names (e.g. "text-200$").
    exclude: { type: 'string' },
    'per-sheet': { type: 'string', default: '0' },
    // JPEG quality, 1–100, when --out ends in .jpg.
    quality: { type: 'string', default: '70' },
  },
});
if (!args.before || !args.after || !args.out) {
  console.error(
    'Usage: node packages/journeys/scripts/contact-sheet.mjs --before <dir> --after <dir> --out <file.png|file.jpg> [--viewport phone|desktop] [--locale de] [--exclude <regexp>] [--per-sheet <n>] [--quality 70]',
  );
  process.exit(2);
}

const suffix = `.${args.viewport}.${args.locale}.png`;
const before = resolve(args.before);
const after = resolve(args.after);
const exclude = args.exclude ? new RegExp(args.exclude) : undefined;
const names = readdirSync(after)
  .filter((file) => file.endsWith(suffix))
  .map((file) => file.slice(0, -suffix.length))
  .filter((name) => !exclude?.test(name))
  .sort();
const phone = args.viewport === 'phone';
const width = Number(args.width) || (phone ? 240 : 460);
const perRow = phone ? 3 : 2;
const escapeHtml = (text) => text.replace(/[&<>"]/g, (c) => `&#${c.charCodeAt(0)};`);
const image = (dir, name) => {
  const file = join(dir, `${name}${suffix}`);
  return existsSync(file)
    ? `<img src="${pathToFileURL(file)}" alt="">`
    : '<p class="missing">new: not in the earlier version</p>';
};

function sheet(part, title) {
  return `<!doctype html><meta charset="utf-8"><style>
body { margin: 16px; font: 14px system-ui, sans-serif; background: #fff; }
.sheet { display: grid; grid-template-columns: repeat(${perRow}, auto); gap: 24px 40px; justify-content: start; }
h2 { font-size: 15px; margin: 0 0 6px; }
.pair { display: grid; grid-template-columns: ${width}px ${width}px; gap: 8px; }
.shot { width: ${width}px; max-height: ${Number(args['max-height']) * (width / (phone ? 390 : 1280))}px; overflow: hidden; border: 1px solid #999; }
.shot img { width: 100%; display: block; }
.label { font-size: 12px; color: #555; }
.missing { margin: 12px; color: #555; }
</style>
<h1>${escapeHtml(title)}</h1>
<div class="sheet">${part
    .map(
      (name) => `<section><h2>${escapeHtml(name)}</h2><div class="pair">
<div><div class="label">before</div><div class="shot">${image(before, name)}</div></div>
<div><div class="label">after</div><div class="shot">${image(after, name)}</div></div>
</div></section>`,
    )
    .join('')}</div>`;
}

const size = Number(args['per-sheet']) || names.length;
const parts = [];
for (let i = 0; i < names.length; i += size) parts.push(names.slice(i, i + size));
const out = resolve(args.out);
const jpeg = /^\.jpe?g$/i.test(extname(out));
const fileOf = (index) => (parts.length === 1 ? out : out.replace(/(\.[^.]+)$/, `-${index + 1}$1`));

const page = join(tmpdir(), `contact-sheet-${process.pid}.html`);
const browser = await chromium.launch({
  executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
  args: ['--no-sandbox', '--disable-gpu', '--allow-file-access-from-files'],
});
try {
  const tab = await browser.newPage({ viewport: { width: phone ? 1600 : 1960, height: 1000 } });
  for (const [index, part] of parts.entries()) {
    const of = parts.length > 1 ? ` (${index + 1} of ${parts.length})` : '';
    writeFileSync(page, sheet(part, `Before | after – ${args.viewport}, ${args.locale}${of}`));
    await tab.goto(pathToFileURL(page).href, { waitUntil: 'load' });
    await tab.screenshot({
      path: fileOf(index),
      fullPage: true,
      ...(jpeg ? { type: 'jpeg', quality: Number(args.quality) } : {}),
    });
  }
  console.log(`${names.length} screens compared in ${parts.map((_, i) => fileOf(i)).join(', ')}`);
} finally {
  await browser.close();
  rmSync(page, { force: true });
}
