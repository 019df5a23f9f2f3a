import { existsSync } from 'node:fs';
import { defineCity } from '@city-app/core';
import { describe, expect, it } from 'vitest';
import { checkIndexHtml, headTags, renderIndexHtml, withLang } from './html.js';
import { APP_ICONS } from './icons.js';
import { shortName, webAppManifest } from './manifest.js';
import { cityApp, moduleEntrySpecifiers, modulesModuleSource, preactAliases } from './plugin.js';
import {
  type BundleEntry,
  cacheVersion,
  precacheList,
  serviceWorkerSource,
} from './service-worker.js';

const config = defineCity({
  town: { name: 'Hagenow', state: 'DE-MV' },
  branding: { appName: 'HageNOW!', primaryColor: '#1a5f7a' },
  legal: {
    imprint: {
      organisation: 'Stadt Hagenow',
      address: 'Lange Straße 28\n19230 Hagenow',
      email: 'info@hagenow.example',
    },
    privacy: { controller: 'Stadt Hagenow', email: 'datenschutz@hagenow.example' },
    accessibility: { contactEmail: 'barrierefrei@hagenow.example' },
    feedbackEmail: 'feedback@hagenow.example',
  },
  modules: { news: {}, events: { enabled: false }, waste: { package: '@hagenow/city-waste' } },
});

describe('renderer', () => {
  it('points react, react-dom and the JSX runtime at files of one preact package', () => {
    const aliases = preactAliases();
    const find = (id: string) => aliases.find((a) => a.find.test(id))?.replacement;
    for (const id of ['react', 'react-dom', 'react-dom/client', 'react/jsx-runtime']) {
      const file = find(id);
      expect(file, id).toMatch(/[\\/]preact[\\/]/);
      expect(existsSync(file as string), id).toBe(true);
    }
    expect(find('react')).toBe(find('react-dom'));
    // Only these exact specifiers: react-dom/server stays React for prerendering.
    expect(find('react-dom/server')).toBeUndefined();
    expect(find('react-router')).toBeUndefined();
  });

  it('refuses Preact for a prerendered home screen, naming the options', () => {
    expect(() => cityApp({ config, prerender: true, renderer: 'preact' })).toThrow(
      /prerender: true needs renderer: 'react'/,
    );
    expect(() => cityApp({ config, prerender: true })).not.toThrow();
  });
});

describe('modules list', () => {
  it('names the web entry of each enabled module, in config order', () => {
    expect(moduleEntrySpecifiers(config)).toEqual([
      '@city-app/module-news/web',
      '@hagenow/city-waste/web',
    ]);
  });

  it('generates a module exporting them as `modules`', () => {
    expect(modulesModuleSource(['@city-app/module-news/web', './local.tsx'])).toBe(
      'import m0 from "@city-app/module-news/web";\nimport m1 from "./local.tsx";\nexport const modules = [m0, m1];\n',
    );
    expect(modulesModuleSource([])).toBe('\nexport const modules = [];\n');
  });

  it('gives each web part its resolved options by module id', async () => {
    const source = modulesModuleSource(['./news.js'], { news: { perPage: 5 } });
    const url = `data:text/javascript,${encodeURIComponent(
      source.replace('import m0 from "./news.js";', 'const m0 = { manifest: { id: "news" } };'),
    )}`;
    const { modules } = (await import(/* @vite-ignore */ url)) as {
      modules: Array<{ options: unknown }>;
    };
    expect(modules[0]?.options).toEqual({ perPage: 5 });
  });
});

describe('web app manifest', () => {
  it('is built from the branding', () => {
    const manifest = webAppManifest(config, APP_ICONS);
    expect(manifest).toMatchObject({
      name: 'HageNOW!',
      short_name: 'HageNOW!',
      lang: 'de',
      start_url: '/',
      display: 'standalone',
      theme_color: '#1a5f7a',
      background_color: '#ffffff',
    });
    expect(manifest.icons.map((i) => `${i.sizes} ${i.purpose}`)).toEqual([
      '192x192 any',
      '512x512 any',
      '512x512 maskable',
    ]);
  });

  it('shortens long names for the home screen', () => {
    expect(
      shortName({
        town: { name: 'Boizenburg', slug: 'b', state: 'DE-MV' },
        branding: { appName: 'Boizenburg/Elbe digital' },
      } as never),
    ).toBe('Boizenburg');
    expect(
      shortName({
        town: { name: 'Ludwigslust-Parchim', slug: 'l', state: 'DE-MV' },
        branding: { appName: 'Ludwigslust-Parchim App' },
      } as never),
    ).toBe('Ludwigslust-');
  });
});

describe('index.html', () => {
  it('accepts the template the generator writes and adds nothing but the service worker tag', () => {
    const html = renderIndexHtml(config);
    expect(() => checkIndexHtml(html)).not.toThrow();
    expect(
      headTags(html, config, { serviceWorker: true }).map((t) => t.attrs?.name ?? t.tag),
    ).toEqual(['city-app-service-worker']);
  });

  it('adds what a minimal template lacks', () => {
    const html = '<html><head></head><body><div id="root"></div></body></html>';
    const tags = headTags(html, config, { serviceWorker: false });
    expect(tags.map((t) => t.attrs?.name ?? t.attrs?.rel ?? t.tag)).toEqual([
      'meta',
      'viewport',
      'title',
      'description',
      'theme-color',
      'manifest',
      'icon',
      'apple-touch-icon',
      'noscript',
    ]);
    expect(withLang(html, 'de')).toContain('<html lang="de">');
    expect(withLang('<html lang="en">', 'de')).toBe('<html lang="en">');
  });

  it('refuses what the Content-Security-Policy would block, and a missing root', () => {
    expect(() => checkIndexHtml('<div id="root"></div><script>alert(1)</script>')).toThrow(
      /inline <script>.*src\/web\/main\.tsx/,
    );
    expect(() => checkIndexHtml('<div id="root" style="color:red"></div>')).toThrow(
      /style attribute/,
    );
    expect(() => checkIndexHtml('<div id="app"></div>')).toThrow(/no <div id="root"><\/div>/);
    expect(() =>
      checkIndexHtml(
        '<div id="root"></div><script type="module" src="/main.tsx"></script><script type="application/ld+json">{}</script>',
      ),
    ).not.toThrow();
  });
});

describe('service worker', () => {
  const bundle: Record<string, BundleEntry> = {
    'assets/index-a1.js': {
      type: 'chunk',
      fileName: 'assets/index-a1.js',
      isEntry: true,
      imports: ['assets/react-b2.js'],
      viteMetadata: { importedCss: new Set(['assets/index-c3.css']) },
    },
    'assets/react-b2.js': {
      type: 'chunk',
      fileName: 'assets/react-b2.js',
      isEntry: false,
      imports: [],
    },
    'assets/news-screen-d4.js': {
      type: 'chunk',
      fileName: 'assets/news-screen-d4.js',
      isEntry: false,
      imports: ['assets/react-b2.js'],
    },
    'assets/index-c3.css': { type: 'asset', fileName: 'assets/index-c3.css' },
    'index.html': { type: 'asset', fileName: 'index.html' },
  };

  it('precaches the shell: html, the entry with its static imports and CSS, and the extras', () => {
    expect(precacheList(bundle, ['manifest.webmanifest', 'icons/icon-192.png'])).toEqual([
      '/assets/index-a1.js',
      '/assets/index-c3.css',
      '/assets/react-b2.js',
      '/icons/icon-192.png',
      '/index.html',
      '/manifest.webmanifest',
    ]);
  });

  it('changes its version when any precached file changes', () => {
    const list = precacheList(bundle);
    expect(cacheVersion(list)).toBe(cacheVersion([...list]));
    expect(cacheVersion(list)).not.toBe(cacheVersion([...list, '/assets/index-zz.js']));
    expect(cacheVersion(list, ['a'])).not.toBe(cacheVersion(list, ['b']));
  });

  it('is valid JavaScript that embeds the list and the extension scripts', () => {
    const source = serviceWorkerSource({
      version: 'v1',
      precache: ['/index.html'],
      importScripts: ['/notify-sw.js'],
    });
    expect(() => new Function(source)).not.toThrow();
    expect(source).toContain('const PRECACHE = [\n  "/index.html"\n];');
    expect(source).toContain('importScripts("/notify-sw.js");');
    expect(serviceWorkerSource({ version: 'v1', precache: [] })).not.toContain('importScripts(');
  });
});
