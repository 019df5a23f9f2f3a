import { runInNewContext } from 'node:vm';
import { describe, expect, it } from 'vitest';
import {
  CACHE_LOADED_MAX_URLS,
  CACHE_LOADED_MESSAGE,
  CONNECTION_MESSAGE,
} from './html-constants.js';
import { serviceWorkerSource } from './service-worker.js';

const ORIGIN = 'https://app.hagenow.example';

/** Runs the generated worker against in-memory caches and a scripted network. */
function startWorker(
  network: (url: string, request?: Request) => Response | Promise<Response>,
  precache = ['/index.html', '/assets/index-a1.js'],
) {
  const stores = new Map<string, Map<string, Response>>();
  const open = async (name: string) => {
    const store = stores.get(name) ?? new Map<string, Response>();
    stores.set(name, store);
    return {
      addAll: async (urls: string[]) => {
        for (const url of urls)
          store.set(new URL(url, ORIGIN).href, await network(new URL(url, ORIGIN).href));
      },
      put: async (request: Request, response: Response) => void store.set(request.url, response),
      match: async (request: Request) => store.get(request.url)?.clone(),
    };
  };
  const caches = {
    open,
    keys: async () => [...stores.keys()],
    delete: async (name: string) => stores.delete(name),
    match: async (request: Request | string, options?: { cacheName?: string }) => {
      const url = typeof request === 'string' ? new URL(request, ORIGIN).href : request.url;
      for (const [name, store] of stores) {
        if (options?.cacheName && options.cacheName !== name) continue;
        const hit = store.get(url);
        if (hit) return hit.clone();
      }
      return undefined;
    },
  };
  const listeners = new Map<string, (event: unknown) => void>();
  /** What the worker posted to the page `page-1`, oldest first. */
  const posted: unknown[] = [];
  const self = {
    location: { origin: ORIGIN },
    addEventListener: (type: string, listener: (event: unknown) => void) =>
      listeners.set(type, listener),
    skipWaiting: async () => {},
    clients: {
      claim: async () => {},
      get: async (id: string) =>
        id === 'page-1' ? { postMessage: (data: unknown) => posted.push(data) } : undefined,
    },
  };
  const fetch = async (request: Request) => network(request.url, request);
  runInNewContext(serviceWorkerSource({ version: 'v2', precache }), {
    self,
    caches,
    fetch,
    Headers,
    Request,
    Response,
    URL,
    setTimeout,
    clearTimeout,
    importScripts: () => {},
  });
  const lifecycle = async (type: string) => {
    let done: Promise<unknown> = Promise.resolve();
    listeners.get(type)?.({ waitUntil: (p: Promise<unknown>) => (done = p) });
    await done;
  };
  const request = async (
    path: string,
    mode: RequestMode = 'cors',
    headers: Record<string, string> = {},
  ): Promise<Response | undefined> => {
    let answer: Promise<Response> | undefined;
    const request = new Request(new URL(path, ORIGIN), { headers });
    Object.defineProperty(request, 'mode', { value: mode });
    listeners.get('fetch')?.({
      request,
      clientId: 'page-1',
      respondWith: (p: Promise<Response>) => (answer = p),
    });
    const response = await answer;
    await new Promise((resolve) => setTimeout(resolve, 0)); // let cache writes land
    return response;
  };
  const message = async (data: unknown) => {
    let done: Promise<unknown> = Promise.resolve();
    listeners.get('message')?.({ data, waitUntil: (p: Promise<unknown>) => (done = p) });
    await done;
  };
  return { lifecycle, request, message, stores, posted };
}

describe('generated service worker', () => {
  it('precaches the shell, drops old caches and opens offline on the cached index.html', async () => {
    let online = true;
    const worker = startWorker((url) => {
      if (!online) throw new TypeError('offline');
      return new Response(
        url.endsWith('.html') || !url.includes('.')
          ? '<html><head><title>Stadt</title></head>shell</html>'
          : `// ${url}`,
      );
    });
    worker.stores.set('city-app-shell-v1', new Map());
    await worker.lifecycle('install');
    await worker.lifecycle('activate');
    expect([...worker.stores.keys()]).toEqual(['city-app-shell-v2']);
    online = false;
    const page = await worker.request('/news/baustelle', 'navigate');
    // Marked as served offline, so the app says so from its first moment.
    expect(await page?.text()).toBe(
      '<html><head><meta name="city-app-served" content="offline"><title>Stadt</title></head>shell</html>',
    );
  });

  it('opens offline on the prerendered home for / and on the plain shell for other routes', async () => {
    let online = true;
    const worker = startWorker(
      (url) => {
        if (!online) throw new TypeError('offline');
        return new Response(
          url.endsWith('/shell.html') ? '<html>shell</html>' : '<html>home</html>',
        );
      },
      ['/index.html', '/shell.html'],
    );
    await worker.lifecycle('install');
    await worker.lifecycle('activate');
    online = false;
    expect(await (await worker.request('/', 'navigate'))?.text()).toBe('<html>home</html>');
    expect(await (await worker.request('/news/baustelle', 'navigate'))?.text()).toBe(
      '<html>shell</html>',
    );
  });

  it('serves API answers from the network and falls back to the last good one offline', async () => {
    let online = true;
    let count = 0;
    const worker = startWorker((url) => {
      if (!online) throw new TypeError('offline');
      count++;
      if (url.includes('/api/auth/')) return Response.json({ user: 'staff' });
      if (url.includes('/api/private'))
        return new Response('{}', { headers: { 'Cache-Control': 'private' } });
      return Response.json({ items: count });
    });
    expect(await (await worker.request('/api/news'))?.json()).toEqual({ items: 1 });
    await worker.request('/api/auth/me');
    await worker.request('/api/private');
    online = false;
    expect(await (await worker.request('/api/news'))?.json()).toEqual({ items: 1 });
    const me = await worker.request('/api/auth/me');
    expect(me?.status).toBe(503);
    expect(await me?.json()).toMatchObject({ code: 'offline' });
    expect((await worker.request('/api/private'))?.status).toBe(503);
  });

  it('tells the page when it answers from the cache because the network failed, and when not', async () => {
    let online = true;
    const worker = startWorker(() => {
      if (!online) throw new TypeError('offline');
      return Response.json({ items: [] });
    });
    await worker.request('/api/news');
    online = false;
    await worker.request('/api/news');
    await worker.request('/api/events');
    const never = await worker.request('/api/waste', 'cors', { 'Accept-Language': 'de' });
    expect(await never?.json()).toMatchObject({
      message: 'Sie sind offline, und dies wurde noch nicht geladen.',
    });
    const english = await worker.request('/api/waste', 'cors', { 'Accept-Language': 'en-GB' });
    expect(await english?.json()).toMatchObject({
      message: 'You are offline and this has not been loaded before.',
    });
    online = true;
    await worker.request('/api/news');
    // Each change once: online, offline (not again for the next failures), online.
    expect(worker.posted).toEqual([
      { type: CONNECTION_MESSAGE, state: 'online' },
      { type: CONNECTION_MESSAGE, state: 'offline' },
      { type: CONNECTION_MESSAGE, state: 'online' },
    ]);
  });

  it('revalidates a kept API answer by its ETag and answers a 304 with the kept one', async () => {
    let news = 'Baustelle Lange Straße';
    const asked: (string | null)[] = [];
    const worker = startWorker((_url, request) => {
      const tag = `"${news.length}"`;
      const sent = request?.headers.get('If-None-Match') ?? null;
      asked.push(sent);
      if (sent === tag) return new Response(null, { status: 304, headers: { ETag: tag } });
      return Response.json(
        { news },
        { headers: { ETag: tag, 'Cache-Control': 'public, no-cache' } },
      );
    });
    expect(await (await worker.request('/api/news'))?.json()).toEqual({ news });
    // Unchanged: the server answers 304, the page gets the kept answer in full.
    const same = await worker.request('/api/news');
    expect(same?.status).toBe(200);
    expect(await same?.json()).toEqual({ news: 'Baustelle Lange Straße' });
    expect(asked).toEqual([null, '"22"']);
    // The 304 was not kept in place of the answer: a second revalidation still has a body.
    expect(await (await worker.request('/api/news'))?.json()).toEqual({ news });
    // Changed: the new answer is passed on and kept, with its own ETag.
    news = 'Baustelle beendet';
    expect(await (await worker.request('/api/news'))?.json()).toEqual({ news });
    expect(await (await worker.request('/api/news'))?.json()).toEqual({ news });
    expect(asked.slice(3)).toEqual(['"22"', '"17"']);
    // A page that asks conditionally itself gets the server's 304 as it is.
    const own = await worker.request('/api/news', 'cors', { 'If-None-Match': '"17"' });
    expect(own?.status).toBe(304);
    expect(await (await worker.request('/api/news'))?.json()).toEqual({ news });
  });

  it('keeps the API answers a page loaded before the worker took control, for offline use', async () => {
    let online = true;
    const fetched: string[] = [];
    const worker = startWorker((url) => {
      if (!online) throw new TypeError('offline');
      fetched.push(url);
      return Response.json({ url });
    });
    await worker.lifecycle('install');
    await worker.lifecycle('activate');
    fetched.length = 0;
    await worker.message({
      type: CACHE_LOADED_MESSAGE,
      urls: [
        `${ORIGIN}/api/news?limit=3`,
        `${ORIGIN}/api/auth/me`,
        'https://tracker.example/api/news',
        `${ORIGIN}/assets/index-a1.js`,
        'not a URL',
        42,
      ],
    });
    expect(fetched).toEqual([`${ORIGIN}/api/news?limit=3`]);
    await worker.message({ type: CACHE_LOADED_MESSAGE, urls: [`${ORIGIN}/api/news?limit=3`] });
    expect(fetched).toHaveLength(1);
    online = false;
    expect(await (await worker.request('/api/news?limit=3'))?.json()).toEqual({
      url: `${ORIGIN}/api/news?limit=3`,
    });
    expect((await worker.request('/api/auth/me'))?.status).toBe(503);
  });

  it('fetches at most CACHE_LOADED_MAX_URLS answers for one message, and ignores other messages', async () => {
    const fetched: string[] = [];
    const worker = startWorker((url) => {
      fetched.push(url);
      return Response.json({});
    });
    const urls = Array.from(
      { length: CACHE_LOADED_MAX_URLS + 10 },
      (_, i) => `${ORIGIN}/api/n/${i}`,
    );
    await worker.message({ type: 'something-else', urls });
    await worker.message(null);
    expect(fetched).toEqual([]);
    await worker.message({ type: CACHE_LOADED_MESSAGE, urls });
    expect(fetched).toHaveLength(CACHE_LOADED_MAX_URLS);
  });

  it('answers hashed assets from the cache once loaded', async () => {
    let calls = 0;
    const worker = startWorker(() => {
      calls++;
      return new Response('// chunk');
    });
    await worker.request('/assets/news-screen-d4.js');
    await worker.request('/assets/news-screen-d4.js');
    expect(calls).toBe(1);
  });
});

describe('push notifications in the generated service worker', () => {
  /** Runs the worker with a scope that records notifications shown and windows opened. */
  function startPushWorker() {
    const listeners = new Map<string, (event: unknown) => void>();
    const shown: { title: string; options: Record<string, unknown> }[] = [];
    const opened: string[] = [];
    const self = {
      location: { origin: ORIGIN },
      addEventListener: (type: string, listener: (event: unknown) => void) =>
        listeners.set(type, listener),
    };
    const source = serviceWorkerSource({ version: 'v1', precache: ['/index.html'] });
    runInNewContext(source, {
      self,
      // In a service worker these live on the global scope, which is `self`.
      location: self.location,
      registration: {
        showNotification: async (title: string, options: Record<string, unknown>) =>
          void shown.push({ title, options }),
      },
      clients: {
        matchAll: async () => [],
        openWindow: async (url: string) => void opened.push(url),
      },
      URL,
      importScripts: () => {},
    });
    const dispatch = async (type: string, event: object) => {
      let done: Promise<unknown> = Promise.resolve();
      listeners.get(type)?.({ ...event, waitUntil: (p: Promise<unknown>) => (done = p) });
      await done;
    };
    return { source, listeners, shown, opened, dispatch };
  }

  it('is one self-contained file: the handlers are inlined, nothing is imported at run time', () => {
    const { source, listeners } = startPushWorker();
    expect(source).not.toMatch(/\bimport\s*[({'"]|\brequire\(|importScripts\(/);
    expect([...listeners.keys()]).toEqual(
      expect.arrayContaining(['push', 'notificationclick', 'pushsubscriptionchange']),
    );
    const without = serviceWorkerSource({ version: 'v1', precache: [], pushHandlers: false });
    expect(without).not.toContain('pushsubscriptionchange');
  });

  it('shows a push with its tag and opens its page on a tap', async () => {
    const worker = startPushWorker();
    const payload = {
      title: 'Vollsperrung Lange Straße',
      body: 'Ab Montag, 7 Uhr',
      url: '/news/vollsperrung',
      tag: 'news-42',
      topic: 'news',
      dispatch: '7',
    };
    await worker.dispatch('push', {
      data: { json: () => payload, text: () => JSON.stringify(payload) },
    });
    expect(worker.shown).toEqual([
      {
        title: 'Vollsperrung Lange Straße',
        options: expect.objectContaining({
          body: 'Ab Montag, 7 Uhr',
          tag: 'news-42',
          icon: '/icons/icon-192.png',
          data: { url: '/news/vollsperrung', topic: 'news', dispatch: '7' },
        }),
      },
    ]);
    let closed = false;
    await worker.dispatch('notificationclick', {
      notification: {
        data: worker.shown[0]?.options.data,
        close: () => {
          closed = true;
        },
      },
    });
    expect(closed).toBe(true);
    expect(worker.opened).toEqual([`${ORIGIN}/news/vollsperrung`]);
  });
});
