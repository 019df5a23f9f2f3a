/**
 * Service-worker side of notifications (`@city-app/notify/sw`): show a push, open the app
 * where a tap leads, and keep the server's copy of the push subscription current when the
 * browser replaces it. No dependencies; the event and scope types are the few members used,
 * so the handlers run in any service worker and in tests with plain objects.
 *
 * ```js
 * self.addEventListener('push', (event) => handlePush(event));
 * self.addEventListener('notificationclick', (event) => handleNotificationClick(event));
 * self.addEventListener('pushsubscriptionchange', (event) => handlePushSubscriptionChange(event));
 * ```
 */
import { readInstallationId } from './browser/installation-id.js';
import type { NotificationPayload } from './payload.js';

export interface ExtendableEventLike {
  waitUntil(promise: Promise<unknown>): void;
}

export interface PushEventLike extends ExtendableEventLike {
  data?: { json(): unknown; text(): string } | null;
}

export interface NotificationClickEventLike extends ExtendableEventLike {
  notification: { data?: unknown; close(): void };
}

export interface PushSubscriptionLike {
  endpoint: string;
  toJSON(): { endpoint?: string; keys?: Record<string, string> };
}

export interface PushSubscriptionChangeEventLike extends ExtendableEventLike {
  oldSubscription?: PushSubscriptionLike | null;
  newSubscription?: PushSubscriptionLike | null;
}

export interface WindowClientLike {
  url: string;
  focus(): Promise<unknown>;
  navigate?(url: string): Promise<unknown>;
}

export interface ShownNotificationOptions {
  body: string;
  icon?: string;
  badge?: string;
  tag?: string;
  lang?: string;
  data: { url: string; topic?: string; dispatch?: string };
}

/** The members of `ServiceWorkerGlobalScope` the handlers use. */
export interface ServiceWorkerScopeLike {
  location: { origin: string };
  registration: {
    showNotification(title: string, options: ShownNotificationOptions): Promise<void>;
    pushManager: {
      subscribe(options: {
        userVisibleOnly: boolean;
        applicationServerKey: Uint8Array;
      }): Promise<PushSubscriptionLike>;
    };
  };
  clients: {
    matchAll(options: {
      type: 'window';
      includeUncontrolled: boolean;
    }): Promise<readonly WindowClientLike[]>;
    openWindow(url: string): Promise<unknown>;
  };
  fetch(url: string, init?: RequestInit): Promise<Response>;
  indexedDB?: IDBFactory;
}

export interface PushOptions {
  /** Icon shown with the notification (default `/icons/icon-192.png`, the PWA's icon). */
  icon?: string;
  /** Small monochrome icon for the status bar (Android), if the app has one. */
  badge?: string;
  /** Title when a push carries no readable message (browsers require showing something). */
  fallbackTitle?: string;
  scope?: ServiceWorkerScopeLike;
}

export interface SubscriptionChangeOptions {
  /** The server's VAPID public key (base64url); fetched from `<api>/vapid-public-key` when not given. */
  vapidPublicKey?: string;
  /** Where the notify routes are mounted (default `/api/notify`). */
  api?: string;
  /**
   * The installation to update. By default the id the page shared in IndexedDB
   * (`city-app/notify` → `settings` → `installationId`, written by `@city-app/notify/browser`).
   */
  installationId?: string;
  scope?: ServiceWorkerScopeLike;
}

export type SubscriptionChangeResult =
  | { synced: true; installationId: string; endpoint: string }
  | { synced: false; reason: 'no-installation' };

export const DEFAULT_ICON = '/icons/icon-192.png';
export const DEFAULT_API = '/api/notify';

const serviceWorkerScope = () => globalThis as unknown as ServiceWorkerScopeLike;

function readPayload(event: PushEventLike): Partial<NotificationPayload> & { text?: string } {
  if (!event.data) return {};
  try {
    const json = event.data.json();
    if (json && typeof json === 'object') return json as Partial<NotificationPayload>;
  } catch {
    // Not JSON: show the text as it came.
  }
  return { text: event.data.text() };
}

/**
 * Shows the notification a push carries: title, body, icon, `tag` (a newer message with the
 * same collapse key replaces the shown one) and `data.url` for the tap.
 */
export function handlePush(event: PushEventLike, options: PushOptions = {}): Promise<void> {
  const scope = options.scope ?? serviceWorkerScope();
  const payload = readPayload(event);
  const title =
    typeof payload.title === 'string' && payload.title
      ? payload.title
      : (options.fallbackTitle ?? 'Neue Mitteilung');
  const shown: ShownNotificationOptions = {
    body: typeof payload.body === 'string' ? payload.body : (payload.text ?? ''),
    icon: options.icon ?? DEFAULT_ICON,
    ...(options.badge ? { badge: options.badge } : {}),
    ...(typeof payload.tag === 'string' ? { tag: payload.tag } : {}),
    data: {
      url: typeof payload.url === 'string' ? payload.url : '/',
      ...(typeof payload.topic === 'string' ? { topic: payload.topic } : {}),
      ...(typeof payload.dispatch === 'string' ? { dispatch: payload.dispatch } : {}),
    },
  };
  const done = scope.registration.showNotification(title, shown);
  event.waitUntil(done);
  return done;
}

/** The notification's target as an absolute URL; only http(s), anything else opens the app's start. */
function targetOf(data: unknown, origin: string): string {
  const raw = (data as { url?: unknown } | null | undefined)?.url;
  try {
    const url = new URL(typeof raw === 'string' ? raw : '/', origin);
    if (url.protocol === 'https:' || url.protocol === 'http:') return url.href;
  } catch {
    // A malformed URL falls through to the start page.
  }
  return new URL('/', origin).href;
}

/**
 * A tap on a notification: focuses a window already showing its URL; otherwise takes an open
 * window of the app there; otherwise opens a new one.
 */
export function handleNotificationClick(
  event: NotificationClickEventLike,
  options: { scope?: ServiceWorkerScopeLike } = {},
): Promise<void> {
  const scope = options.scope ?? serviceWorkerScope();
  event.notification.close();
  const target = targetOf(event.notification.data, scope.location.origin);
  const done = (async () => {
    const windows = await scope.clients.matchAll({ type: 'window', includeUncontrolled: true });
    const exact = windows.find((w) => w.url === target);
    if (exact) {
      await exact.focus();
      return;
    }
    const sameOrigin = new URL(target).origin === scope.location.origin;
    const app = sameOrigin ? windows.find((w) => w.navigate) : undefined;
    if (app?.navigate) {
      // navigate() answers null for a window it may not steer; then open a new one.
      const moved = await app.navigate(target).catch(() => null);
      if (moved) {
        await app.focus();
        return;
      }
    }
    await scope.clients.openWindow(target);
  })();
  event.waitUntil(done);
  return done;
}

function base64UrlToBytes(value: string): Uint8Array {
  const base64 = value.replace(/-/g, '+').replace(/_/g, '/');
  const binary = atob(base64 + '='.repeat((4 - (base64.length % 4)) % 4));
  return Uint8Array.from(binary, (c) => c.charCodeAt(0));
}

async function serverKey(scope: ServiceWorkerScopeLike, api: string): Promise<string> {
  const res = await scope.fetch(`${api}/vapid-public-key`, { credentials: 'omit' });
  if (!res.ok) throw new Error(`Could not load the push key: HTTP ${res.status}.`);
  const { publicKey } = (await res.json()) as { publicKey?: unknown };
  if (typeof publicKey !== 'string') throw new Error('The server sent no push key.');
  return publicKey;
}

async function storedInstallationId(scope: ServiceWorkerScopeLike): Promise<string | null> {
  if (!scope.indexedDB) return null;
  try {
    return await readInstallationId(scope.indexedDB);
  } catch {
    return null;
  }
}

/**
 * The browser replaced (or dropped) the push subscription: subscribe again if it did not,
 * then store the new subscription for this installation on the server and drop the old one
 * (`PUT <api>/installations/:id/subscription`), keeping the resident's choices. Without a
 * known installation there is nothing to update; the page does it on the next visit.
 */
export function handlePushSubscriptionChange(
  event: PushSubscriptionChangeEventLike,
  options: SubscriptionChangeOptions = {},
): Promise<SubscriptionChangeResult> {
  const scope = options.scope ?? serviceWorkerScope();
  const api = (options.api ?? DEFAULT_API).replace(/\/+$/, '');
  const done = (async (): Promise<SubscriptionChangeResult> => {
    const installationId = options.installationId ?? (await storedInstallationId(scope));
    if (!installationId) return { synced: false, reason: 'no-installation' };
    const subscription =
      event.newSubscription ??
      (await scope.registration.pushManager.subscribe({
        userVisibleOnly: true,
        applicationServerKey: base64UrlToBytes(
          options.vapidPublicKey ?? (await serverKey(scope, api)),
        ),
      }));
    const oldEndpoint = event.oldSubscription?.endpoint;
    const res = await scope.fetch(
      `${api}/installations/${encodeURIComponent(installationId)}/subscription`,
      {
        method: 'PUT',
        // Anonymous: a staff session cookie of the same browser must not ride along.
        credentials: 'omit',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({
          subscription: subscription.toJSON(),
          ...(oldEndpoint && oldEndpoint !== subscription.endpoint ? { oldEndpoint } : {}),
        }),
      },
    );
    if (!res.ok) throw new Error(`Could not store the new push subscription: HTTP ${res.status}.`);
    return { synced: true, installationId, endpoint: subscription.endpoint };
  })();
  event.waitUntil(done);
  return done;
}
