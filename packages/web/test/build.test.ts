import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  type BuiltTown,
  buildTestTown,
  SERVER_ONLY_OPTION,
  SWITCHED_OFF_OPTION,
} from './fixture.js';

type Chunk = Extract<BuiltTown['output']['output'][number], { type: 'chunk' }>;

let town: BuiltTown;

beforeAll(async () => {
  town = await buildTestTown();
});

afterAll(() => town?.remove());

const read = (file: string) => readFileSync(join(town.outDir, file), 'utf8');

function chunks(): Chunk[] {
  return town.output.output.filter((o): o is Chunk => o.type === 'chunk');
}

/** A chunk and everything it imports statically. */
function closure(start: Chunk[]): Set<Chunk> {
  const byName = new Map(chunks().map((c) => [c.fileName, c]));
  const seen = new Set<Chunk>();
  const visit = (chunk: Chunk) => {
    if (seen.has(chunk)) return;
    seen.add(chunk);
    for (const name of chunk.imports) {
      const next = byName.get(name);
      if (next) visit(next);
    }
  };
  for (const chunk of start) visit(chunk);
  return seen;
}

describe('vite build of a town project', () => {
  it('writes index.html without inline scripts or styles, with the tags the app needs', () => {
    const html = read('index.html');
    expect(html).toMatch(/<html lang="de">/);
    for (const match of html.matchAll(/<script\b([^>]*)>([\s\S]*?)<\/script>/g)) {
      expect(match[1]).toMatch(/\bsrc="\/assets\/[^"]+\.js"/);
      expect(match[2]?.trim()).toBe('');
    }
    expect(html).not.toMatch(/<style|\sstyle=/);
    expect(html).toContain('<link rel="manifest" href="/manifest.webmanifest">');
    expect(html).toContain('<meta name="theme-color" content="#8a1538">');
    expect(html).toContain('<meta name="viewport" content="width=device-width, initial-scale=1">');
    expect(html).toContain('<meta name="city-app-service-worker" content="/sw.js">');
    expect(html).toMatch(/<noscript>Testhausen App braucht JavaScript/);
    expect(html).toMatch(/<link rel="stylesheet"[^>]*href="\/assets\/[^"]+\.css"/);
  });

  it('renders the home screen into index.html and keeps the plain page as shell.html', () => {
    const html = read('index.html');
    const root = /<div id="root" data-city-prerendered="\/ de">([\s\S]*?)<\/div>\s*<\/body>/.exec(
      html,
    );
    expect(root, 'index.html holds the home screen').not.toBeNull();
    const screen = root?.[1] ?? '';
    expect(screen).toContain('<h1 id="page-title" tabindex="-1">Alles auf einen Blick</h1>');
    expect(screen).toContain('<a href="/impressum">Impressum</a>');
    // The lazily loaded widget was loaded for the render: its card shows it, not a spinner.
    expect(screen).toMatch(/<h2 class="city-card__title">Hinweise<\/h2>/);
    expect(screen).not.toMatch(/<script|\sstyle=/);
    // The plain SVG logo is part of the page, as the browser's render makes it.
    expect(screen).toMatch(
      /<span class="city-header__logo" aria-hidden="true"><svg xmlns="http:\/\/www.w3.org\/2000\/svg" viewBox="0 0 64 64"[^>]*>.*<\/svg><\/span>/s,
    );
    // Not needed for the first paint any more, the script yields the bandwidth to the rest.
    expect(html).toMatch(/<script type="module" fetchpriority="low" crossorigin src="\/assets\//);
    expect(read('shell.html')).toBe(
      html
        .replace(root?.[0] ?? '', '<div id="root"></div>\n  </body>')
        .replace(' fetchpriority="low"', ''),
    );
  });

  it('asks V8 to compile the first screen’s script as it streams in, and only that one', () => {
    const chunks = town.output.output.filter((o) => o.type === 'chunk');
    const entry = chunks.find((chunk) => chunk.isEntry);
    expect(entry?.code.split('\n')[0]).toBe('//# allFunctionsCalledOnLoad');
    const lazy = chunks.filter((chunk) => !chunk.isEntry);
    expect(lazy.length).toBeGreaterThan(0);
    for (const chunk of lazy) expect(chunk.code).not.toContain('allFunctionsCalledOnLoad');
  });

  it('gives the browser each module’s resolved options and no other option of the town config', () => {
    const shipped = [...chunks().map((c) => c.code), read('index.html'), read('sw.js')].join('\n');
    // What the module's schema resolved for its screens is there …
    expect(shipped).toContain('Aktuelles aus dem Rathaus');
    // … what it keeps to the server, and a switched-off module's options, are not.
    expect(shipped).not.toContain(SERVER_ONLY_OPTION);
    expect(shipped).not.toContain(SWITCHED_OFF_OPTION);
  });

  it('puts the town colours into the stylesheet, so the page has them before any script', () => {
    const css = town.output.output.find((o) => o.fileName.endsWith('.css'));
    const source = css && 'source' in css ? String(css.source) : '';
    expect(source).toMatch(/:root:root\s*\{[^}]*--city-primary:\s*#8a1538/);
  });

  it('writes the web app manifest and valid icons', () => {
    const manifest = JSON.parse(read('manifest.webmanifest'));
    expect(manifest).toMatchObject({
      name: 'Testhausen App',
      short_name: 'Testhausen',
      lang: 'de',
      start_url: '/',
      display: 'standalone',
      theme_color: '#8a1538',
    });
    for (const icon of manifest.icons as Array<{ src: string; sizes: string }>) {
      const png = readFileSync(join(town.outDir, icon.src));
      expect(png.subarray(1, 4).toString('ascii')).toBe('PNG');
      expect(png.readUInt32BE(16)).toBe(Number(icon.sizes.split('x')[0]));
    }
  });

  it('writes sw.js precaching the shell but not the lazy module screens, with the extension scripts', () => {
    const sw = read('sw.js');
    const precache = JSON.parse(
      /const PRECACHE = (\[[\s\S]*?\]);/.exec(sw)?.[1] ?? '[]',
    ) as string[];
    const entry = chunks().find((c) => c.isEntry);
    expect(entry).toBeDefined();
    expect(precache).toContain('/index.html');
    expect(precache).toContain(`/${entry?.fileName}`);
    expect(precache).toContain('/manifest.webmanifest');
    expect(precache).toContain('/icons/icon-512.png');
    expect(precache.some((f) => f.endsWith('.css'))).toBe(true);
    const screen = chunks().find((c) => c.facadeModuleId?.endsWith('hinweise-screen.tsx'));
    expect(screen, 'the module screen is its own chunk').toBeDefined();
    expect(precache).not.toContain(`/${screen?.fileName}`);
    for (const file of precache) expect(() => readFileSync(join(town.outDir, file))).not.toThrow();
    expect(sw).toContain('importScripts("/push-sw.js");');
    expect(read('push-sw.js')).toBe('// push handler\n');
  });

  it('puts what the first screen runs into the one entry script; lazy screens stay separate files', () => {
    const entries = chunks().filter((c) => c.isEntry);
    expect(entries).toHaveLength(1);
    const entry = entries[0] as Chunk;
    // No further file before the first screen: nothing imported statically, nothing preloaded.
    expect(entry.imports).toEqual([]);
    expect(read('index.html')).not.toContain('modulepreload');
    const screen = chunks().find((c) => c.facadeModuleId?.endsWith('hinweise-screen.tsx'));
    expect(screen?.isDynamicEntry).toBe(true);
    expect(Object.keys(entry.modules).some((id) => id.endsWith('hinweise-screen.tsx'))).toBe(false);
  });

  it('ships at most 100 KB of gzipped JavaScript for the home screen', () => {
    const entry = chunks().filter((c) => c.isEntry);
    const modulesList = chunks().filter((c) =>
      c.facadeModuleId?.includes('virtual:city-app/modules'),
    );
    const widget = chunks().filter((c) => c.facadeModuleId?.endsWith('hinweise-widget.tsx'));
    expect(widget).toHaveLength(1);
    const home = closure([...entry, ...modulesList, ...widget]);
    const screen = chunks().find((c) => c.facadeModuleId?.endsWith('hinweise-screen.tsx'));
    expect(home.has(screen as Chunk)).toBe(false);
    const gzipped = [...home].reduce(
      (sum, chunk) => sum + gzipSync(chunk.code, { level: 9 }).length,
      0,
    );
    console.info(
      `home screen JavaScript: ${(gzipped / 1024).toFixed(1)} KB gzipped in ${home.size} chunks`,
    );
    expect(gzipped).toBeLessThanOrEqual(100 * 1024);
    // Modules' web parts take plain-data meta: no validation library on the first screen.
    const validation = [...home].flatMap((c) =>
      Object.keys(c.modules).filter((id) => id.includes('/node_modules/zod/')),
    );
    expect(validation).toEqual([]);
  });
});

describe('the default build of a town project', () => {
  let plain: BuiltTown;
  beforeAll(async () => {
    plain = await buildTestTown({ prerender: false });
  });
  afterAll(() => plain?.remove());

  it('runs the components on Preact’s compatibility layer: no React DOM in any file', () => {
    const ids = plain.output.output.flatMap((o) => (o.type === 'chunk' ? o.moduleIds : []));
    expect(ids.some((id) => /[\\/]preact[\\/]compat[\\/]/.test(id))).toBe(true);
    expect(ids.filter((id) => /[\\/]react-dom[\\/]/.test(id))).toEqual([]);
    // One copy of Preact: the compatibility layer and the JSX runtime share it.
    const cores = new Set(ids.filter((id) => /[\\/]preact[\\/]dist[\\/]preact\./.test(id)));
    expect(cores.size).toBe(1);
  });

  it('writes the plain page as index.html and no shell.html', () => {
    const html = readFileSync(join(plain.outDir, 'index.html'), 'utf8');
    expect(html).toContain('<div id="root"></div>');
    expect(existsSync(join(plain.outDir, 'shell.html'))).toBe(false);
  });
});
