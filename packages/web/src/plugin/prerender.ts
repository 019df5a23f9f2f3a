import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { CityConfig } from '@city-app/core';
import type { Plugin } from 'vite';
import type { PrerenderedScreen } from '../app/prerender.js';
import type { WebModule } from '../module.js';
import { INLINE_LOGO_KEY } from './html-constants.js';

/** The page the server answers for every app route but the home screen: the plain shell. */
export const SHELL_FILE = 'shell.html';

const ROOT_ELEMENT = /<div\b[^>]*\bid=["']root["'][^>]*>\s*<\/div>/i;

/**
 * index.html with `screen` inside the mount element, marked with what it holds. The page's
 * scripts are then no longer needed for the first paint, only to make it live, so they load
 * at low priority: on a slow connection the stylesheet and the logo get the bandwidth first.
 */
export function withPrerenderedRoot(html: string, screen: PrerenderedScreen): string {
  if (!ROOT_ELEMENT.test(html))
    throw new Error('index.html has no empty <div id="root"></div> to render the home screen into');
  const key = screen.key.replace(/&/g, '&amp;').replace(/"/g, '&quot;');
  return html
    .replace(
      ROOT_ELEMENT,
      () => `<div id="root" data-city-prerendered="${key}">${screen.html}</div>`,
    )
    .replace(
      /<script type="module"(?![^>]*\bfetchpriority=)/g,
      '<script type="module" fetchpriority="low"',
    );
}

/**
 * Renders the home screen with the modules' own web entries, loaded through a throwaway Vite
 * server in SSR mode: their stylesheet imports need Vite, and the build's own bundle is for
 * browsers. React and the other dependencies are Node's own imports.
 */
export async function prerenderHomeScreen(options: {
  root: string;
  config: CityConfig;
  /** The header logo's markup, when the browser gets it inline (see inline-logo.ts). */
  logo?: string;
  /** Package names of the module web entries (their stylesheets must go through Vite). */
  packages: readonly string[];
  /** The city-app plugin again, for `virtual:city-app/modules`. */
  plugin: Plugin;
  modulesId: string;
}): Promise<PrerenderedScreen> {
  const { createServer } = await import('vite');
  const server = await createServer({
    configFile: false,
    root: options.root,
    logLevel: 'silent',
    appType: 'custom',
    server: { middlewareMode: true, hmr: false, watch: null, ws: false },
    optimizeDeps: { noDiscovery: true, include: [] },
    ssr: { noExternal: ['@city-app/web', '@city-app/ui', ...options.packages] },
    plugins: [options.plugin],
  });
  try {
    const { modules } = (await server.ssrLoadModule(options.modulesId)) as {
      modules: WebModule[];
    };
    const { prerenderHome } = (await server.ssrLoadModule(
      '@city-app/web/prerender',
    )) as typeof import('../app/prerender.js');
    // The browser gets the config as JSON, with the plugin's marks; render from the same.
    const config = JSON.parse(JSON.stringify(options.config)) as CityConfig;
    if (options.logo) Object.assign(config, { [Symbol.for(INLINE_LOGO_KEY)]: options.logo });
    return await prerenderHome(config, modules);
  } finally {
    await server.close();
  }
}

/** Writes shell.html (the plain page) beside index.html and renders the home screen into index.html. */
export async function prerenderIntoIndex(
  outDir: string,
  render: () => Promise<PrerenderedScreen>,
): Promise<void> {
  const indexFile = join(outDir, 'index.html');
  const html = readFileSync(indexFile, 'utf8');
  writeFileSync(join(outDir, SHELL_FILE), html);
  writeFileSync(indexFile, withPrerenderedRoot(html, await render()));
}
