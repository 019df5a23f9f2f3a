import { existsSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join, resolve } from 'node:path';
import { CityAppError, type CityConfig, enabledModuleIds, modulePackageName } from '@city-app/core';
// The theme alone: the plugin runs in Node and must not load React before Vite sets NODE_ENV.
import { themeVariables } from '@city-app/ui/theme';
import { normalizePath, type Plugin, type ResolvedConfig } from 'vite';
import { browserConfig } from './browser-config.js';
import { checkIndexHtml, headTags, withLang } from './html.js';
import { INLINE_LOGO_KEY, THEME_IN_STYLESHEET_KEY } from './html-constants.js';
import { APP_ICONS, drawIcon } from './icons.js';
import { inlineLogo } from './inline-logo.js';
import { MANIFEST_FILE, webAppManifest } from './manifest.js';
import { resolveModuleOptions } from './module-options.js';
import { prerenderHomeScreen, prerenderIntoIndex, SHELL_FILE } from './prerender.js';
import {
  type BundleEntry,
  cacheVersion,
  precacheList,
  SERVICE_WORKER_FILE,
  serviceWorkerSource,
} from './service-worker.js';

export const MODULES_ID = 'virtual:city-app/modules';
const CONFIG_FILE_NAMES = [
  'city.config.ts',
  'city.config.mts',
  'city.config.js',
  'city.config.mjs',
];
const RESOLVED_MODULES_ID = `\0${MODULES_ID}`;
/** The town's colours as CSS, so the page has them before any script ran. */
const THEME_ID = 'virtual:city-app/theme.css';
const RESOLVED_THEME_ID = `\0${THEME_ID}`;

export interface CityAppPluginOptions {
  /** The town config, as `city.config.ts` exports it. */
  config: CityConfig;
  /**
   * Import specifiers of the modules' web entries, in order. Defaults to
   * `<package>/web` for every enabled module of the config.
   */
  modules?: string[];
  /**
   * The town config file, relative to the project root (default: `city.config.ts`, `.js` or
   * `.mjs`). In the browser build its module is replaced by the validated config as JSON
   * without the modules' options, so the config must be plain data (no functions or dates).
   */
  configFile?: string;
  /**
   * Render the home screen into index.html at build time (default false): the page shows its
   * header, headings and widget frames before the script has run, and React adopts them.
   * Twice as fast to first paint on a slow connection, but Lighthouse counts more blocking
   * time on a small machine (see bench/README.md), so it is the town's choice.
   */
  prerender?: boolean;
  /**
   * What runs the React components in the browser (default `'preact'`, or `'react'` when the
   * home screen is prerendered). With `'preact'` the build aliases react and react-dom to
   * Preact's React compatibility layer: the same components, about 50 KB less gzipped
   * JavaScript for the first screen and a third less main-thread work to show it. The dev
   * server always runs React (fast refresh). Prerendered markup is adopted by React, the
   * renderer that wrote it, so `prerender: true` needs `'react'`.
   */
  renderer?: 'preact' | 'react';
  serviceWorker?: {
    /**
     * Extension point for other packages' service-worker code (e.g. push handling from
     * `@city-app/notify`): same-origin script URLs the worker loads with `importScripts()`.
     * A script can be a file in `public/` or one emitted here via `files`.
     */
    importScripts?: string[];
    /** Extra files to write beside sw.js, e.g. `{ fileName: 'notify-sw.js', source }`. */
    files?: Array<{ fileName: string; source: string }>;
  };
}

/** The web entries of the enabled modules: `@city-app/module-<id>/web` or the configured package. */
export function moduleEntrySpecifiers(config: Pick<CityConfig, 'modules'>): string[] {
  return enabledModuleIds(config).map((id) => `${modulePackageName(id, config.modules[id])}/web`);
}

/**
 * Source of `virtual:city-app/modules`: each module's web entry, default export, in order;
 * with `options` (by module id, see resolveModuleOptions) each carries its resolved options.
 */
export function modulesModuleSource(
  specifiers: readonly string[],
  options?: Record<string, unknown>,
): string {
  const imports = specifiers.map(
    (specifier, i) => `import m${i} from ${JSON.stringify(specifier)};`,
  );
  const list = `[${specifiers.map((_, i) => `m${i}`).join(', ')}]`;
  if (!options) return `${imports.join('\n')}\nexport const modules = ${list};\n`;
  return [
    ...imports,
    `const options = ${JSON.stringify(options)};`,
    `export const modules = ${list}.map((m) => ({ ...m, options: options[m.manifest.id] ?? {} }));`,
    '',
  ].join('\n');
}

/**
 * Puts every module the first screen needs into the entry's one script. The bundler would
 * otherwise split modules the entry shares with lazy screens into many small chunks: on a
 * rural mobile network each further file the home screen waits for costs a round trip (an
 * HTTP/1.1 browser opens six connections per host). Lazy screens stay separate files.
 */
function firstScreenInOneScript(firstScreen: ReadonlySet<string>) {
  return {
    rolldownOptions: {
      output: {
        codeSplitting: { groups: [{ name: 'app', test: (id: string) => firstScreen.has(id) }] },
      },
    },
  };
}

/** The schema library's files, wherever the package manager put them. */
const SCHEMA_LIBRARY = /[\\/]node_modules[\\/]zod[\\/]/;

/** Only `export … from` lines (and comments): a package's index, which runs nothing itself. */
const REEXPORTS_ONLY =
  /^(?:\s|\/\/[^\n]*|export\s*(?:\*(?:\s*as\s+[\w$]+)?|\{[^}]*\})\s*from\s*['"][^'"]+['"];?)*$/;

/**
 * The schema library and every module that imports it, directly or not, short of re-exporting
 * indexes. The first-screen walk leaves them out: core's index re-exports its config and input
 * schemas, so the walk reaches zod from the entry although the first screen never validates
 * anything, and the group would then put 170 KB of it (35 KB gzipped) into the first script.
 * An index is not counted (everything of the package would follow it); the modules behind it
 * that the first screen uses are reached and grouped as before. Screens that validate load the
 * library with them; should the first screen ever need one of these modules, it is its own file.
 */
export function schemaDependents(
  info: (id: string) => { importers: readonly string[]; code: string | null } | null,
  ids: Iterable<string>,
): Set<string> {
  const found = new Set<string>();
  const queue = [...ids].filter((id) => SCHEMA_LIBRARY.test(id));
  for (let id = queue.pop(); id !== undefined; id = queue.pop()) {
    if (found.has(id)) continue;
    const module = info(id);
    if (!SCHEMA_LIBRARY.test(id) && REEXPORTS_ONLY.test(module?.code ?? '')) continue;
    found.add(id);
    queue.push(...(module?.importers ?? []));
  }
  return found;
}

/**
 * V8's explicit compile hint: the script's functions are compiled as the script streams in,
 * off the main thread, instead of one by one on their first call. The entry holds what the
 * first screen runs (see firstScreenInOneScript), so nearly all of it is called at once; lazily
 * compiled, that was a third of the first render's time (measured in Chromium). The hint must
 * be the file's first line, so it is added after minification; the source map moves down a line.
 */
function withCompileHint(chunk: { code: string; map: { mappings: string } | null }): void {
  chunk.code = `//# allFunctionsCalledOnLoad\n${chunk.code}`;
  if (chunk.map) chunk.map.mappings = `;${chunk.map.mappings}`;
}

/**
 * Aliases that give the browser build Preact's React compatibility layer for react and
 * react-dom. Resolved from this package, which depends on preact, to the files the browser
 * build would pick itself (the `browser` condition), so every import shares one copy.
 */
export function preactAliases(): Array<{ find: RegExp; replacement: string }> {
  const require = createRequire(import.meta.url);
  const root = dirname(require.resolve('preact/package.json'));
  const exports = (
    JSON.parse(readFileSync(join(root, 'package.json'), 'utf8')) as {
      exports: Record<string, Record<string, string>>;
    }
  ).exports;
  const file = (entry: string): string => {
    const conditions = exports[entry];
    const target = conditions?.browser ?? conditions?.import;
    if (!target) throw new Error(`preact has no browser entry for "${entry}"`);
    return join(root, target);
  };
  const compat = file('./compat');
  return [
    { find: /^react$/, replacement: compat },
    { find: /^react-dom$/, replacement: compat },
    { find: /^react-dom\/client$/, replacement: file('./compat/client') },
    { find: /^react\/jsx-runtime$/, replacement: file('./jsx-runtime') },
    { find: /^react\/jsx-dev-runtime$/, replacement: file('./jsx-dev-runtime') },
  ];
}

/**
 * The Vite plugin of a town project: provides the enabled modules to the shell, completes
 * index.html, and writes the Web App Manifest, the icons and the service worker into the build
 * (default output folder `dist/web`, which the server serves).
 */
export function cityApp(options: CityAppPluginOptions): Plugin {
  const { config } = options;
  if (options.prerender === true && options.renderer === 'preact') {
    throw new Error(
      "cityApp(): prerender: true needs renderer: 'react' — React adopts the markup it rendered at build time. Leave renderer out, or turn prerendering off.",
    );
  }
  const renderer = options.renderer ?? (options.prerender === true ? 'react' : 'preact');
  const specifiers = options.modules ?? moduleEntrySpecifiers(config);
  const swImports = options.serviceWorker?.importScripts ?? [];
  let resolved: ResolvedConfig | undefined;
  let isBuild = false;
  let isSsrBuild = false;
  let configFiles = new Set<string>();
  const firstScreen = new Set<string>();

  const publicFile = (fileName: string): string | undefined => {
    const dir = resolved?.publicDir;
    const file = dir ? join(dir, fileName) : undefined;
    return file && existsSync(file) ? file : undefined;
  };
  /** The header logo's name below public/. */
  const logoName = config.branding.logo?.replace(/^\/+/, '');
  const icon = async (fileName: string, warn: (message: string) => void): Promise<Buffer> => {
    const own = publicFile(fileName);
    if (own) return readFileSync(own);
    const spec = APP_ICONS.find((i) => i.fileName === fileName);
    const logo = logoName ? publicFile(logoName) : undefined;
    return drawIcon({
      size: Number(spec?.sizes.split('x')[0] ?? 192),
      background: config.branding.primaryColor,
      foreground: config.branding.onPrimaryColor,
      name: config.branding.appName ?? config.town.name,
      maskable: spec?.purpose === 'maskable',
      ...(logo ? { logo: readFileSync(logo) } : {}),
      warn,
    });
  };
  /** The header logo's file in public/, if it is an SVG. */
  const svgLogoFile = (): string | undefined =>
    logoName?.toLowerCase().endsWith('.svg') ? publicFile(logoName) : undefined;
  /** Its markup, when it can go into the page inline (see inline-logo.ts). */
  const inlineLogoMarkup = (file = svgLogoFile()): string | undefined =>
    file ? inlineLogo(readFileSync(file, 'utf8')) : undefined;
  const manifestJson = () => `${JSON.stringify(webAppManifest(config, APP_ICONS), null, 2)}\n`;

  return {
    name: 'city-app',

    config(user, env) {
      // The server bundle (`vite build --ssr src/server.ts`) gets none of the PWA's files.
      // Its packages stay imports resolved at run time (linked workspace packages too): PGlite
      // finds its WebAssembly files next to its own modules, not inside a bundle.
      if (env.isSsrBuild || user.build?.ssr) {
        return { build: { copyPublicDir: false }, ssr: { external: true } };
      }
      return {
        ...(renderer === 'preact' && env.command === 'build'
          ? { resolve: { alias: preactAliases() } }
          : {}),
        build: {
          ...(user.build?.outDir ? {} : { outDir: 'dist/web' }),
          // Every browser the app supports preloads modules natively; the polyfill would
          // only add bytes to the first page.
          ...(user.build?.modulePreload === undefined
            ? { modulePreload: { polyfill: false } }
            : {}),
          ...(user.build?.rolldownOptions?.output ? {} : firstScreenInOneScript(firstScreen)),
        },
      };
    },

    configResolved(config) {
      resolved = config;
      isBuild = config.command === 'build';
      isSsrBuild = Boolean(config.build.ssr);
      const names = options.configFile ? [options.configFile] : CONFIG_FILE_NAMES;
      configFiles = new Set(names.map((name) => normalizePath(resolve(config.root, name))));
    },

    buildEnd() {
      if (!isBuild || isSsrBuild) return;
      // Every module the entry imports statically runs before the first screen appears.
      firstScreen.clear();
      const withSchemas = schemaDependents((id) => this.getModuleInfo(id), this.getModuleIds());
      const queue = [...this.getModuleIds()].filter((id) => this.getModuleInfo(id)?.isEntry);
      for (let id = queue.pop(); id !== undefined; id = queue.pop()) {
        if (firstScreen.has(id) || withSchemas.has(id)) continue;
        firstScreen.add(id);
        queue.push(...(this.getModuleInfo(id)?.importedIds ?? []));
      }
    },

    buildStart() {
      if (!config.legal.accessibility.statementDate) {
        this.warn(
          'legal.accessibility.statementDate is not set in city.config.ts: the accessibility statement (BITV 2.0 § 7) must say when it was prepared. Add the date as YYYY-MM-DD.',
        );
      }
    },

    resolveId(id) {
      if (id === MODULES_ID) return RESOLVED_MODULES_ID;
      return id === THEME_ID ? RESOLVED_THEME_ID : undefined;
    },

    async load(id, loadOptions) {
      if (configFiles.has(id.split('?')[0] ?? id) && !loadOptions?.ssr) {
        // The browser gets the config the plugin already validated, as plain data: no
        // schema validation (and none of its code) in the app's JavaScript, and no module
        // options (each module's screens get theirs resolved, from the modules list).
        const logoFile = svgLogoFile();
        if (logoFile) this.addWatchFile(logoFile);
        const logo = inlineLogoMarkup(logoFile);
        return [
          `import ${JSON.stringify(THEME_ID)};`,
          `const config = ${JSON.stringify(browserConfig(config))};`,
          `config[Symbol.for(${JSON.stringify(THEME_IN_STYLESHEET_KEY)})] = true;`,
          ...(logo
            ? [`config[Symbol.for(${JSON.stringify(INLINE_LOGO_KEY)})] = ${JSON.stringify(logo)};`]
            : []),
          'export default config;',
          '',
        ].join('\n');
      }
      if (id === RESOLVED_THEME_ID) {
        // Doubled :root outranks the stylesheet's defaults whatever the order of the files.
        const rules = Object.entries(themeVariables(config.branding)).map(
          ([name, value]) => `  ${name}: ${value};`,
        );
        return `:root:root {\n${rules.join('\n')}\n}\n`;
      }
      if (id !== RESOLVED_MODULES_ID) return undefined;
      const ids = options.modules ? specifiers : enabledModuleIds(config);
      const importer = join(resolved?.root ?? process.cwd(), 'index.html');
      for (const [i, specifier] of specifiers.entries()) {
        const found = await this.resolve(specifier, importer);
        if (!found) {
          this.error(
            `Module "${ids[i]}" is enabled in city.config.ts, but its web entry "${specifier}" cannot be found. Install its package (pnpm add ${specifier.replace(/\/web$/, '')}) or set modules.${ids[i]}.enabled to false.`,
          );
        }
      }
      try {
        const moduleOptions = await resolveModuleOptions(config, async (name) => {
          const found = await this.resolve(name, importer);
          return found && !found.external ? found.id.split('?')[0] : undefined;
        });
        return modulesModuleSource(specifiers, moduleOptions);
      } catch (error) {
        // The town config's own error: which option, what is wrong, what to do.
        return this.error(error instanceof CityAppError ? error.format() : String(error));
      }
    },

    transformIndexHtml: {
      order: 'pre',
      handler(html) {
        checkIndexHtml(html);
        return {
          html: withLang(html, config.locales[0] ?? 'de'),
          tags: headTags(html, config, { serviceWorker: isBuild }),
        };
      },
    },

    configureServer(server) {
      // The dev server answers the manifest and the icons; no service worker while developing.
      server.middlewares.use((req, res, next) => {
        const path = (req.url ?? '').split('?')[0] ?? '';
        if (path === `/${MANIFEST_FILE}`) {
          res.setHeader('Content-Type', 'application/manifest+json');
          res.end(manifestJson());
          return;
        }
        const match = APP_ICONS.find((i) => `/${i.fileName}` === path);
        if (match) {
          icon(match.fileName, (m) => server.config.logger.warn(m)).then((png) => {
            res.setHeader('Content-Type', 'image/png');
            res.end(png);
          }, next);
          return;
        }
        next();
      });
    },

    async writeBundle(output) {
      if (!isBuild || isSsrBuild || options.prerender !== true || !resolved) return;
      const root = resolved.root;
      const outDir = output.dir ?? resolve(root, resolved.build.outDir);
      try {
        await prerenderIntoIndex(outDir, () =>
          prerenderHomeScreen({
            root,
            config,
            logo: inlineLogoMarkup(),
            packages: specifiers.map((s) => s.replace(/\/web$/, '')),
            plugin: cityApp({ ...options, prerender: false, renderer: 'react' }),
            modulesId: MODULES_ID,
          }),
        );
      } catch (error) {
        this.warn(
          `The home screen could not be rendered into index.html (${error instanceof Error ? error.message : String(error)}); the app still works and renders it in the browser.`,
        );
      }
    },

    generateBundle: {
      // After Vite's own, which puts its preload list at the start of the entry.
      order: 'post',
      async handler(_output, bundle) {
        if (isSsrBuild) return;
        for (const chunk of Object.values(bundle)) {
          if (chunk.type === 'chunk' && chunk.isEntry) withCompileHint(chunk);
        }
        const extra: string[] = [MANIFEST_FILE];
        // Written after the bundle (see writeBundle); offline, app routes open on it.
        if (options.prerender === true) extra.push(SHELL_FILE);
        const warn = (message: string) => this.warn(message);
        for (const spec of APP_ICONS) {
          extra.push(spec.fileName);
          // A town's own icon in public/ is copied by Vite; only missing ones are drawn.
          if (!publicFile(spec.fileName)) {
            const source = await icon(spec.fileName, warn);
            this.emitFile({ type: 'asset', fileName: spec.fileName, source });
          }
        }
        const manifest = manifestJson();
        this.emitFile({ type: 'asset', fileName: MANIFEST_FILE, source: manifest });
        if (logoName && publicFile(logoName)) extra.push(logoName);
        for (const file of options.serviceWorker?.files ?? []) {
          this.emitFile({ type: 'asset', fileName: file.fileName, source: file.source });
        }
        const precache = precacheList(bundle as unknown as Record<string, BundleEntry>, extra);
        const version = cacheVersion(precache, [
          manifest,
          ...swImports,
          ...(options.serviceWorker?.files ?? []).map((f) => f.source),
        ]);
        const assetsPrefix = `/${(resolved?.build.assetsDir ?? 'assets').replace(/^\/+|\/+$/g, '')}/`;
        this.emitFile({
          type: 'asset',
          fileName: SERVICE_WORKER_FILE,
          source: serviceWorkerSource({
            version,
            precache,
            assetsPrefix,
            importScripts: swImports,
          }),
        });
      },
    },
  };
}
