import { randomUUID } from 'node:crypto';
import { Hono, type MiddlewareHandler } from 'hono';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { pgliteDatabase, type TestDatabase } from '../../test/databases.js';
import { AREAS, TEST_PUSH_SERVICES, TOPICS, VAPID } from '../../test/fixtures.js';
import { type PushStub, startPushStub } from '../../test/push-stub.js';
import { notifyRoutes } from '../http.js';
import { createNotify, type Notify } from '../index.js';
import {
  type BrowserPushSubscription,
  deleteData,
  exportData,
  INSTALLATION_STORAGE_KEY,
  installationId,
  loadPreferences,
  type Preferences,
  PushClientError,
  type PushEnvironment,
  pushSupport,
  savePreferences,
  sendTestNotification,
  subscribe,
  unsubscribe,
} from './index.js';

const noEditors: MiddlewareHandler = async (c) => c.json({ code: 'forbidden' }, 403);
const CHROME = 'Mozilla/5.0 (X11; Linux x86_64) AppleWebKit/537.36 Chrome/140.0 Safari/537.36';
const IPHONE =
  'Mozilla/5.0 (iPhone; CPU iPhone OS 18_0 like Mac OS X) AppleWebKit/605.1.15 Version/18.0 Mobile/15E148 Safari/604.1';
const IPAD_AS_MAC =
  'Mozilla/5.0 (Macintosh; Intel Mac OS X 10_15_7) AppleWebKit/605.1.15 Version/18.0 Safari/605.1.15';

const PREFERENCES: Preferences = {
  topics: ['baustellen'],
  areas: ['altstadt'],
  locale: 'en',
  quietHours: { start: '22:00', end: '06:30' },
};

/** A browser whose push manager hands out subscriptions at the local push-service stub. */
function fakeBrowser(
  fetch: (path: string, init?: RequestInit) => Response | Promise<Response>,
  stub: PushStub,
  answer: 'granted' | 'denied' | 'default' = 'granted',
) {
  const storage = new Map<string, string>();
  const state = {
    permission: 'default' as 'default' | 'granted' | 'denied',
    gesture: true,
    asked: 0,
    subscription: null as (BrowserPushSubscription & { id: string }) | null,
    keysSeen: [] as string[],
    /** What the push service's failure looks like to the page, when it fails. */
    pushServiceFails: undefined as unknown,
  };
  const pushManager = {
    getSubscription: async () => state.subscription,
    async subscribe(options: {
      userVisibleOnly: boolean;
      applicationServerKey: BufferSource | string;
    }) {
      if (!options.userVisibleOnly) throw new Error('Chrome demands userVisibleOnly: true');
      if (state.pushServiceFails) throw state.pushServiceFails;
      if (state.permission !== 'granted') throw new Error('NotAllowedError: no permission');
      const key = Buffer.from(options.applicationServerKey as Uint8Array).toString('base64url');
      state.keysSeen.push(key);
      const made = stub.subscribe();
      const subscription = {
        id: made.id,
        endpoint: made.endpoint,
        toJSON: () => ({ endpoint: made.endpoint, keys: made.keys }),
        unsubscribe: async () => {
          state.subscription = null;
          return true;
        },
      };
      state.subscription = subscription;
      return subscription;
    },
  };
  const env: PushEnvironment = {
    navigator: {
      userAgent: CHROME,
      userActivation: {
        get isActive() {
          return state.gesture;
        },
      },
      serviceWorker: { ready: Promise.resolve({ pushManager }) },
    },
    Notification: {
      get permission() {
        return state.permission;
      },
      async requestPermission() {
        state.asked++;
        state.permission = answer;
        return answer;
      },
    },
    hasPushManager: true,
    localStorage: {
      getItem: (k) => storage.get(k) ?? null,
      setItem: (k, v) => void storage.set(k, v),
      removeItem: (k) => void storage.delete(k),
    },
    fetch: async (input, init) => fetch(String(input), init),
    randomUUID,
  };
  return { env, state, storage };
}

describe('@city-app/notify/browser against the real routes', () => {
  let t: TestDatabase;
  let stub: PushStub;
  let notify: Notify;
  let app: Hono;
  beforeAll(async () => {
    [t, stub] = await Promise.all([pgliteDatabase(), startPushStub()]);
    notify = createNotify(t.db, {
      timezone: 'Europe/Berlin',
      vapid: VAPID,
      pushServices: TEST_PUSH_SERVICES,
      areas: AREAS,
    });
    await notify.topics.declare(TOPICS);
    app = new Hono();
    app.route('/api/notify', notifyRoutes(notify, { requireEditor: noEditors }));
  });
  afterAll(async () => {
    await stub?.close();
    await t?.close();
  });
  const browser = (answer?: 'granted' | 'denied' | 'default') =>
    fakeBrowser((path, init) => app.request(path, init), stub, answer);

  it('tells supported, unsupported, needs-install and denied apart', () => {
    const { env } = browser();
    const variant = (
      change: Partial<PushEnvironment>,
      nav: Partial<PushEnvironment['navigator']> = {},
    ) => pushSupport({ env: { ...env, ...change, navigator: { ...env.navigator, ...nav } } });
    expect(variant({})).toBe('supported');
    expect(
      variant({ Notification: { permission: 'denied', requestPermission: async () => 'denied' } }),
    ).toBe('denied');
    // Safari on iPhone and iPad: no PushManager outside the home-screen app.
    const safari = { hasPushManager: false, Notification: undefined };
    expect(variant(safari, { userAgent: IPHONE })).toBe('needs-install');
    expect(variant(safari, { userAgent: IPAD_AS_MAC, maxTouchPoints: 5 })).toBe('needs-install');
    expect(variant(safari, { userAgent: IPAD_AS_MAC, maxTouchPoints: 0 })).toBe('unsupported');
    // Installed, but too old an iOS for push: installing again would not help.
    expect(variant(safari, { userAgent: IPHONE, standalone: true })).toBe('unsupported');
    expect(
      variant(
        { ...safari, matchMedia: (q) => ({ matches: q.includes('standalone') }) },
        { userAgent: IPHONE },
      ),
    ).toBe('unsupported');
    expect(variant({}, { userAgent: IPHONE, standalone: true })).toBe('supported');
    expect(variant({}, { serviceWorker: undefined })).toBe('unsupported');
  });

  it('makes the installation id once and keeps it on the device', () => {
    const { env, storage } = browser();
    const id = installationId({ env });
    expect(id).toMatch(/^[0-9a-f-]{36}$/);
    expect(installationId({ env })).toBe(id);
    expect(storage.get(INSTALLATION_STORAGE_KEY)).toBe(id);
    // Storage switched off: the id still holds for this visit.
    const off = {
      ...env,
      localStorage: {
        getItem: () => {
          throw new Error('SecurityError');
        },
        setItem: () => {
          throw new Error('SecurityError');
        },
        removeItem: () => {},
      },
    };
    expect(installationId({ env: off })).toBe(installationId({ env: off }));
  });

  it('asks for permission only on a user gesture', async () => {
    const { env, state } = browser();
    state.gesture = false;
    await expect(subscribe({ env, preferences: PREFERENCES })).rejects.toMatchObject({
      code: 'gesture-required',
    });
    expect(state.asked).toBe(0);
    expect(await loadPreferences({ env })).toBeNull();
  });

  it('subscribes, receives an editor’s message and a test message, and switches off', async () => {
    const { env, state } = browser();
    const stored = await subscribe({ env, preferences: PREFERENCES });
    expect(state.asked).toBe(1);
    expect(state.keysSeen).toEqual([VAPID.publicKey]);
    expect(stored).toMatchObject({
      id: installationId({ env }),
      topics: ['baustellen'],
      areas: ['altstadt'],
      locale: 'en',
      quietHours: { start: '22:00', end: '06:30' },
      subscriptions: [{ endpoint: state.subscription?.endpoint }],
    });
    const mine = state.subscription?.id as string;

    // Changing interests keeps the subscription.
    const changed = await savePreferences(
      { ...PREFERENCES, topics: ['baustellen', 'veranstaltungen'], quietHours: null },
      { env },
    );
    expect(changed.subscriptions).toHaveLength(1);
    expect(await loadPreferences({ env })).toMatchObject({
      topics: ['baustellen', 'veranstaltungen'],
      quietHours: null,
    });

    await notify.db.transaction((tx) =>
      notify.send(tx, {
        topic: 'veranstaltungen',
        title: { de: 'Stadtfest', en: 'Town festival' },
        body: { de: 'Am Samstag', en: 'On Saturday' },
        idempotencyKey: `browser-${mine}`,
      }),
    );
    expect(await sendTestNotification({ env })).toEqual({ recipients: 1 });
    await notify.worker({ ca: stub.ca }).runOnce();
    const titles = stub.received.filter((m) => m.subscription === mine).map((m) => m.json.title);
    expect(titles.sort()).toEqual(['Test notification', 'Town festival']);

    await unsubscribe({ env });
    expect(state.subscription).toBeNull();
    expect(await loadPreferences({ env })).toMatchObject({
      topics: ['baustellen', 'veranstaltungen'],
      subscriptions: [],
    });
  });

  it('exports and deletes the data, then starts afresh with a new id', async () => {
    const { env, state } = browser();
    await subscribe({ env, preferences: PREFERENCES });
    const first = installationId({ env });
    const exported = await exportData({ env });
    expect(exported).toMatchObject({ installation: { id: first, topics: ['baustellen'] } });
    await deleteData({ env });
    expect(state.subscription).toBeNull();
    expect(await notify.installations.get(first)).toBeUndefined();
    expect(installationId({ env })).not.toBe(first);
    expect(await exportData({ env })).toBeNull();
    // Deleting twice is no error: there is simply nothing left.
    await expect(deleteData({ env })).resolves.toBeUndefined();
  });

  it('stores nothing when permission is denied or the prompt is closed', async () => {
    for (const answer of ['denied', 'default'] as const) {
      const { env, state } = browser(answer);
      const error = await subscribe({ env, preferences: PREFERENCES }).catch((e) => e);
      expect(error).toBeInstanceOf(PushClientError);
      expect(error.code).toBe(answer === 'denied' ? 'denied' : 'dismissed');
      expect(state.subscription).toBeNull();
      expect(await loadPreferences({ env })).toBeNull();
    }
  });

  it('reports a push service the browser cannot reach by its own code, storing nothing', async () => {
    const { env, state } = browser();
    // What Chromium throws where its push service is unreachable (no network, no GCM).
    state.pushServiceFails = new DOMException(
      'Registration failed - push service not available',
      'AbortError',
    );
    const error = await subscribe({ env, preferences: PREFERENCES }).catch((e) => e);
    expect(error).toBeInstanceOf(PushClientError);
    expect(error.code).toBe('push-service');
    expect(state.subscription).toBeNull();
    expect(await loadPreferences({ env })).toBeNull();
  });

  it('drops the new browser subscription when the server refuses the preferences', async () => {
    const { env, state } = browser();
    const error = await subscribe({
      env,
      preferences: { ...PREFERENCES, topics: ['abfall'] },
    }).catch((e) => e);
    expect(error).toMatchObject({ code: 'server', status: 400, field: 'topics' });
    expect(error.message).toContain('abfall');
    expect(state.subscription).toBeNull();
    expect(await loadPreferences({ env })).toBeNull();
  });

  it('reports an unreachable server as a network error and honours apiBase', async () => {
    const offline = fakeBrowser(() => Promise.reject(new TypeError('Failed to fetch')), stub);
    await expect(loadPreferences({ env: offline.env })).rejects.toMatchObject({ code: 'network' });
    const elsewhere = new Hono();
    elsewhere.route('/stadt/push', notifyRoutes(notify, { requireEditor: noEditors }));
    const { env } = fakeBrowser((path, init) => elsewhere.request(path, init), stub);
    await savePreferences(PREFERENCES, { env, apiBase: '/stadt/push/' });
    expect(await loadPreferences({ env, apiBase: '/stadt/push' })).toMatchObject({
      topics: ['baustellen'],
    });
  });
});
