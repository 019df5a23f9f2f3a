import { describe, expect, it } from 'vitest';
import {
  handleNotificationClick,
  handlePush,
  handlePushSubscriptionChange,
  type PushSubscriptionLike,
  type ServiceWorkerScopeLike,
  type ShownNotificationOptions,
  type WindowClientLike,
} from './sw.js';

const ORIGIN = 'https://app.musterstadt.example';

/** A service worker's scope as plain objects that record what the handlers did. */
function fakeScope(options: {
  windows?: WindowClientLike[];
  server?: (url: string, init?: RequestInit) => Response;
  subscribeAs?: PushSubscriptionLike;
}) {
  const shown: { title: string; options: ShownNotificationOptions }[] = [];
  const opened: string[] = [];
  const requests: { url: string; init?: RequestInit }[] = [];
  const subscribed: Uint8Array[] = [];
  const scope: ServiceWorkerScopeLike = {
    location: { origin: ORIGIN },
    registration: {
      async showNotification(title, shownOptions) {
        shown.push({ title, options: shownOptions });
      },
      pushManager: {
        async subscribe({ applicationServerKey }) {
          subscribed.push(applicationServerKey);
          if (!options.subscribeAs) throw new Error('no push service');
          return options.subscribeAs;
        },
      },
    },
    clients: {
      matchAll: async () => options.windows ?? [],
      async openWindow(url) {
        opened.push(url);
        return null;
      },
    },
    async fetch(url, init) {
      requests.push({ url, ...(init ? { init } : {}) });
      return options.server?.(url, init) ?? new Response(null, { status: 500 });
    },
  };
  return { scope, shown, opened, requests, subscribed };
}

function event<T extends object>(fields: T) {
  const waited: Promise<unknown>[] = [];
  return { ...fields, waited, waitUntil: (p: Promise<unknown>) => void waited.push(p) };
}

const pushData = (value: unknown) => ({
  json: () => (typeof value === 'string' ? JSON.parse(value) : value),
  text: () => (typeof value === 'string' ? value : JSON.stringify(value)),
});

function windowAt(url: string, canNavigate = true) {
  const calls: string[] = [];
  const client: WindowClientLike & { calls: string[] } = {
    url,
    calls,
    focus: async () => void calls.push('focus'),
    ...(canNavigate
      ? {
          navigate: async (to: string) => {
            calls.push(`navigate ${to}`);
            return client;
          },
        }
      : {}),
  };
  return client;
}

const subscription = (endpoint: string): PushSubscriptionLike => ({
  endpoint,
  toJSON: () => ({ endpoint, keys: { p256dh: 'BPk', auth: 'au' } }),
});

describe('handlePush', () => {
  it('shows the message with its tag, icon and target, and keeps the worker alive until shown', async () => {
    const { scope, shown } = fakeScope({});
    const e = event({
      data: pushData({
        title: 'Vollsperrung Lange Straße',
        body: 'Ab Montag, 7 Uhr',
        url: '/news/vollsperrung',
        tag: 'news-42',
        topic: 'news',
        dispatch: '17',
      }),
    });
    await handlePush(e, { scope });
    expect(e.waited).toHaveLength(1);
    expect(shown).toEqual([
      {
        title: 'Vollsperrung Lange Straße',
        options: {
          body: 'Ab Montag, 7 Uhr',
          icon: '/icons/icon-192.png',
          tag: 'news-42',
          data: { url: '/news/vollsperrung', topic: 'news', dispatch: '17' },
        },
      },
    ]);
  });

  it('still shows something for a push that is not JSON or has no data', async () => {
    const { scope, shown } = fakeScope({});
    await handlePush(event({ data: pushData('Hallo') }), { scope, fallbackTitle: 'HageNOW!' });
    await handlePush(event({ data: null }), { scope });
    expect(shown.map((s) => [s.title, s.options.body, s.options.data.url])).toEqual([
      ['HageNOW!', 'Hallo', '/'],
      ['Neue Mitteilung', '', '/'],
    ]);
  });
});

describe('handleNotificationClick', () => {
  const click = (url: unknown) => {
    let closed = false;
    const e = event({
      notification: {
        data: { url },
        close: () => {
          closed = true;
        },
      },
    });
    return { e, closed: () => closed };
  };

  it('focuses a window already at the URL', async () => {
    const there = windowAt(`${ORIGIN}/news/x`);
    const other = windowAt(`${ORIGIN}/`);
    const { scope, opened } = fakeScope({ windows: [other, there] });
    const { e, closed } = click('/news/x');
    await handleNotificationClick(e, { scope });
    expect(closed()).toBe(true);
    expect(there.calls).toEqual(['focus']);
    expect(other.calls).toEqual([]);
    expect(opened).toEqual([]);
    expect(e.waited).toHaveLength(1);
  });

  it('takes an open window of the app to the URL', async () => {
    const app = windowAt(`${ORIGIN}/`);
    const { scope, opened } = fakeScope({ windows: [app] });
    await handleNotificationClick(click('/news/x').e, { scope });
    expect(app.calls).toEqual([`navigate ${ORIGIN}/news/x`, 'focus']);
    expect(opened).toEqual([]);
  });

  it('opens a window when none is open, or for another site, and never a javascript: URL', async () => {
    const app = windowAt(`${ORIGIN}/`);
    const { scope, opened } = fakeScope({ windows: [app] });
    await handleNotificationClick(click('https://www.musterstadt.example/amtsblatt').e, { scope });
    await handleNotificationClick(click('javascript:alert(1)').e, { scope });
    const none = fakeScope({});
    await handleNotificationClick(click(undefined).e, { scope: none.scope });
    expect(opened).toEqual(['https://www.musterstadt.example/amtsblatt']);
    // The start page is open already: focus it.
    expect(app.calls).toEqual(['focus']);
    expect(none.opened).toEqual([`${ORIGIN}/`]);
  });
});

describe('handlePushSubscriptionChange', () => {
  const ID = '3f2504e0-4f89-41d3-9a0c-0305e82c3301';

  it('stores the new subscription for the installation and names the old one', async () => {
    const { scope, requests } = fakeScope({ server: () => Response.json({ id: ID }) });
    const e = event({
      oldSubscription: subscription('https://push.example/old'),
      newSubscription: subscription('https://push.example/new'),
    });
    const result = await handlePushSubscriptionChange(e, { scope, installationId: ID });
    expect(result).toEqual({
      synced: true,
      installationId: ID,
      endpoint: 'https://push.example/new',
    });
    expect(e.waited).toHaveLength(1);
    expect(requests).toHaveLength(1);
    const [request] = requests;
    expect(request?.url).toBe(`/api/notify/installations/${ID}/subscription`);
    expect(request?.init).toMatchObject({ method: 'PUT', credentials: 'omit' });
    expect(JSON.parse(String(request?.init?.body))).toEqual({
      subscription: { endpoint: 'https://push.example/new', keys: { p256dh: 'BPk', auth: 'au' } },
      oldEndpoint: 'https://push.example/old',
    });
  });

  it('subscribes again with the server key when the browser gave no new subscription', async () => {
    const { scope, requests, subscribed } = fakeScope({
      subscribeAs: subscription('https://push.example/again'),
      // "AQID" is base64url for the bytes 1, 2, 3.
      server: (url) =>
        url.endsWith('/vapid-public-key')
          ? Response.json({ publicKey: 'AQID' })
          : Response.json({}),
    });
    const result = await handlePushSubscriptionChange(event({ oldSubscription: null }), {
      scope,
      installationId: ID,
      api: '/city/api/notify/',
    });
    expect(result).toMatchObject({ synced: true, endpoint: 'https://push.example/again' });
    expect(subscribed.map((key) => [...key])).toEqual([[1, 2, 3]]);
    expect(requests.map((r) => r.url)).toEqual([
      '/city/api/notify/vapid-public-key',
      `/city/api/notify/installations/${ID}/subscription`,
    ]);
  });

  it('does nothing without a known installation, and fails loudly when the server refuses', async () => {
    const quiet = fakeScope({});
    const e = event({ newSubscription: subscription('https://push.example/new') });
    await expect(handlePushSubscriptionChange(e, { scope: quiet.scope })).resolves.toEqual({
      synced: false,
      reason: 'no-installation',
    });
    expect(quiet.requests).toEqual([]);

    const refusing = fakeScope({
      server: () => Response.json({ code: 'not_found' }, { status: 404 }),
    });
    await expect(
      handlePushSubscriptionChange(
        event({ newSubscription: subscription('https://push.example/n') }),
        {
          scope: refusing.scope,
          installationId: ID,
        },
      ),
    ).rejects.toThrow('HTTP 404');
  });
});
