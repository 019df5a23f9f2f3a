import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import {
  CACHE_LOADED_MAX_URLS,
  CACHE_LOADED_MESSAGE,
  CONNECTION_MESSAGE,
  SERVED_META,
} from './html-constants.js';

/** The parts of a Rollup/Rolldown output bundle the precache list needs. */
export type BundleEntry =
  | {
      type: 'chunk';
      fileName: string;
      isEntry: boolean;
      imports: readonly string[];
      viteMetadata?: { importedCss: Set<string>; importedAssets?: Set<string> };
    }
  | { type: 'asset'; fileName: string };

export const SERVICE_WORKER_FILE = 'sw.js';

/**
 * What the service worker stores at install: the HTML shell, the entry chunks with their
 * static imports and CSS (the home screen), and the given extra files (manifest, icons).
 * Lazily loaded module screens are left out; they are cached the first time they load.
 */
export function precacheList(
  bundle: Record<string, BundleEntry>,
  extraFiles: readonly string[] = [],
): string[] {
  const files = new Set<string>(['index.html']);
  const visit = (fileName: string) => {
    const entry = bundle[fileName];
    if (!entry || files.has(fileName)) return;
    files.add(fileName);
    if (entry.type !== 'chunk') return;
    for (const css of entry.viteMetadata?.importedCss ?? []) files.add(css);
    for (const imported of entry.imports) visit(imported);
  };
  for (const entry of Object.values(bundle)) {
    if (entry.type === 'chunk' && entry.isEntry) visit(entry.fileName);
  }
  for (const file of extraFiles) files.add(file);
  return [...files].map((file) => `/${file.replace(/^\/+/, '')}`).sort();
}

/** A version that changes whenever any precached file changes (hashed names change with content). */
export function cacheVersion(
  precache: readonly string[],
  contents: readonly (string | Uint8Array)[] = [],
): string {
  const hash = createHash('sha256');
  for (const file of precache) hash.update(`${file}\n`);
  for (const content of contents) hash.update(content);
  return hash.digest('hex').slice(0, 12);
}

export interface ServiceWorkerOptions {
  version: string;
  precache: readonly string[];
  /** URL prefix of content-hashed files, served cache-first. */
  assetsPrefix?: string;
  /**
   * Extension point: scripts the worker loads with `importScripts()` before its own handlers,
   * e.g. the push handler of `@city-app/notify`. Same-origin URLs such as `/notify-sw.js`.
   */
  importScripts?: readonly string[];
  /**
   * Push handling (push, notificationclick, pushsubscriptionchange) as a classic script to
   * inline; default: `@city-app/notify`'s handlers. `false` leaves push out.
   */
  pushHandlers?: string | false;
}

let notifyHandlers: string | undefined;

/**
 * `@city-app/notify`'s service-worker handlers as one self-contained script (its
 * `dist/sw-handlers.js`), read at build time so `sw.js` imports nothing at run time.
 */
export function notifyPushHandlers(): string {
  if (notifyHandlers === undefined) {
    const entry = createRequire(import.meta.url).resolve('@city-app/notify');
    const file = join(dirname(entry), 'sw-handlers.js');
    try {
      notifyHandlers = readFileSync(file, 'utf8').trim();
    } catch (error) {
      throw new Error(
        `The push handlers of @city-app/notify are missing (${file}). Build @city-app/notify first, or reinstall it.`,
        { cause: error },
      );
    }
  }
  return notifyHandlers;
}

/**
 * The service worker's source. Plain ES2017 without dependencies: the same caching on Workbox
 * measured 8.4 KB gzipped against 1.3 KB and still needed our own navigation handler (see
 * "The service worker" in docs/architecture.md for the comparison and when to switch).
 * - install: precache the shell; activate: drop caches of older versions;
 * - navigations: network first, the cached index.html (home) or shell.html when offline;
 * - GET /api/*: network first, the last good answer when offline (not for sign-in or staff
 *   answers, nor what the server marks `no-store`/`private`); a kept answer with an ETag is
 *   revalidated (`If-None-Match`), and a 304 answers with the kept one, never kept itself;
 * - hashed assets: cache first;
 * - on the first visit the page loaded its data before the worker took control: when it
 *   takes control, the page names those API answers and the worker fetches and keeps them,
 *   so the app opens offline with what the resident saw (same rules as above);
 * - push notifications: shown with their tag and target, a tap opens or focuses the app at
 *   it, a replaced subscription is sent to the server (`@city-app/notify`'s handlers).
 */
export function serviceWorkerSource(options: ServiceWorkerOptions): string {
  const assetsPrefix = options.assetsPrefix ?? '/assets/';
  const imports = options.importScripts ?? [];
  const push = options.pushHandlers ?? notifyPushHandlers();
  return `/* city-app service worker ${options.version}. Generated at build time; do not edit. */
'use strict';
const VERSION = ${JSON.stringify(options.version)};
const SHELL_CACHE = 'city-app-shell-' + VERSION;
const ASSET_CACHE = 'city-app-assets-' + VERSION;
const API_CACHE = 'city-app-api';
const PRECACHE = ${JSON.stringify(options.precache, null, 2)};
const ASSETS_PREFIX = ${JSON.stringify(assetsPrefix)};
const NETWORK_TIMEOUT_MS = 6000;
const CACHE_LOADED_MESSAGE = ${JSON.stringify(CACHE_LOADED_MESSAGE)};
const CACHE_LOADED_MAX_URLS = ${CACHE_LOADED_MAX_URLS};
const CONNECTION_MESSAGE = ${JSON.stringify(CONNECTION_MESSAGE)};
const SERVED_META = ${JSON.stringify(SERVED_META)};

// Extension point: handlers contributed by other packages (push notifications from
// @city-app/notify) via cityApp({ serviceWorker: { importScripts: [...] } }).
${imports.length ? `importScripts(${imports.map((url) => JSON.stringify(url)).join(', ')});` : '// (none configured)'}

self.addEventListener('install', (event) => {
  event.waitUntil(
    caches.open(SHELL_CACHE).then((cache) => cache.addAll(PRECACHE)).then(() => self.skipWaiting()),
  );
});

self.addEventListener('activate', (event) => {
  const keep = [SHELL_CACHE, ASSET_CACHE, API_CACHE];
  event.waitUntil(
    caches
      .keys()
      .then((keys) => Promise.all(keys.filter((key) => key.startsWith('city-app-') && !keep.includes(key)).map((key) => caches.delete(key))))
      .then(() => self.clients.claim()),
  );
});

function withTimeout(promise) {
  return new Promise((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error('timeout')), NETWORK_TIMEOUT_MS);
    promise.then(
      (value) => { clearTimeout(timer); resolve(value); },
      (error) => { clearTimeout(timer); reject(error); },
    );
  });
}

function cacheable(request, response) {
  if (!response || !response.ok || response.type === 'opaque') return false;
  const control = response.headers.get('Cache-Control') || '';
  return !/no-store|private/i.test(control);
}

function isPersonalApi(pathname) {
  return pathname.startsWith('/api/auth/') || pathname.startsWith('/api/admin/');
}

// Tells a page whether its answers come from the network or, because that failed, from the
// cache; each page hears of a change once (a worker that was stopped may say it again).
const connectionSaid = new Map();
async function tellConnection(clientId, state) {
  if (!clientId || connectionSaid.get(clientId) === state) return;
  if (connectionSaid.size > 100) connectionSaid.clear();
  connectionSaid.set(clientId, state);
  const client = await self.clients.get(clientId);
  if (client) client.postMessage({ type: CONNECTION_MESSAGE, state });
}

// The kept page, marked as served offline (a meta element; the strict CSP allows no script).
async function servedOffline(page) {
  const html = (await page.text()).replace('<head>', '<head><meta name="' + SERVED_META + '" content="offline">');
  return new Response(html, { status: page.status, headers: page.headers });
}

async function navigation(request) {
  try {
    return await withTimeout(fetch(request));
  } catch (error) {
    // index.html holds the prerendered home screen; other routes open on the plain shell.
    const path = new URL(request.url).pathname;
    const shell =
      (path === '/' ? undefined : await caches.match('/shell.html', { cacheName: SHELL_CACHE })) ||
      (await caches.match('/index.html', { cacheName: SHELL_CACHE }));
    if (shell) return servedOffline(shell);
    throw error;
  }
}

// Asks whether the kept answer is still current, by its ETag: a 304 costs no body.
function revalidating(request, kept) {
  const tag = kept && kept.headers.get('ETag');
  if (!tag || request.headers.has('If-None-Match')) return request;
  const headers = new Headers(request.headers);
  headers.set('If-None-Match', tag);
  return new Request(request, { headers });
}

// The answer when offline and nothing is kept, in the language the page asked in.
const OFFLINE_TEXT = {
  de: 'Sie sind offline, und dies wurde noch nicht geladen.',
  en: 'You are offline and this has not been loaded before.',
};

async function api(request, url, clientId) {
  const personal = isPersonalApi(url.pathname);
  const kept = personal ? undefined : await caches.match(request, { cacheName: API_CACHE });
  try {
    const response = await withTimeout(fetch(revalidating(request, kept)));
    tellConnection(clientId, 'online');
    // Not modified: the kept answer is current. A 304 the page asked for itself goes to it.
    if (response.status === 304 && kept && !request.headers.has('If-None-Match')) return kept;
    if (!personal && cacheable(request, response)) {
      const copy = response.clone();
      caches.open(API_CACHE).then((cache) => cache.put(request, copy));
    }
    return response;
  } catch (error) {
    tellConnection(clientId, 'offline');
    if (kept) return kept;
    const language = (request.headers.get('Accept-Language') || '').toLowerCase().startsWith('en') ? 'en' : 'de';
    return new Response(JSON.stringify({ code: 'offline', message: OFFLINE_TEXT[language] }), {
      status: 503,
      headers: { 'Content-Type': 'application/json' },
    });
  }
}

async function asset(request, clientId) {
  const cached = await caches.match(request);
  if (cached) return cached;
  let response;
  try {
    response = await fetch(request);
  } catch (error) {
    // A screen's code not loaded before: the page says so in the words for being offline.
    tellConnection(clientId, 'offline');
    throw error;
  }
  if (cacheable(request, response)) {
    const copy = response.clone();
    caches.open(ASSET_CACHE).then((cache) => cache.put(request, copy));
  }
  return response;
}

async function precached(request) {
  const cached = await caches.match(request, { cacheName: SHELL_CACHE });
  return cached || fetch(request);
}

// The page's answers from before this worker controlled it: kept like those that pass through it.
async function cacheLoaded(urls) {
  const cache = await caches.open(API_CACHE);
  await Promise.all(urls.slice(0, CACHE_LOADED_MAX_URLS).map(async (href) => {
    let url;
    try {
      url = new URL(href);
    } catch (error) {
      return;
    }
    if (url.origin !== self.location.origin || !url.pathname.startsWith('/api/') || isPersonalApi(url.pathname)) return;
    const request = new Request(url.href, { credentials: 'same-origin' });
    if (await cache.match(request)) return;
    try {
      const response = await withTimeout(fetch(request));
      if (cacheable(request, response)) await cache.put(request, response);
    } catch (error) {
      // Offline again already: the answer is simply not kept.
    }
  }));
}

self.addEventListener('message', (event) => {
  const data = event.data;
  if (!data || data.type !== CACHE_LOADED_MESSAGE || !Array.isArray(data.urls)) return;
  event.waitUntil(cacheLoaded(data.urls.filter((url) => typeof url === 'string')));
});

self.addEventListener('fetch', (event) => {
  const request = event.request;
  if (request.method !== 'GET') return;
  const url = new URL(request.url);
  if (url.origin !== self.location.origin) return;
  if (request.mode === 'navigate') event.respondWith(navigation(request));
  else if (url.pathname.startsWith('/api/')) event.respondWith(api(request, url, event.clientId));
  else if (url.pathname.startsWith(ASSETS_PREFIX)) event.respondWith(asset(request, event.clientId));
  else if (PRECACHE.includes(url.pathname)) event.respondWith(precached(request));
});

${push === false ? '// Push notifications: left out.' : `// Push notifications, from @city-app/notify: shown, tapped, resubscribed.\n${push}`}
`;
}
