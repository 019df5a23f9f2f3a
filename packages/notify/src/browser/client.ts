import type { Installation } from '../installations/installation.js';
import type { Topic } from '../topics/topics.js';
import {
  type BrowserPushManager,
  type BrowserPushSubscription,
  browserEnvironment,
  type PushEnvironment,
} from './environment.js';
import { PushClientError, subscribeFailure } from './errors.js';
import {
  forgetInstallationId,
  installationIdOf,
  shareWithServiceWorker,
} from './installation-id.js';
import { type PushSupport, pushSupportOf } from './support.js';

export interface NotifyClientOptions {
  /** Where the kernel mounts notify; default `/api/notify`. */
  apiBase?: string;
  /** The browser to use; default the page's own. */
  env?: PushEnvironment;
  /** How long to wait for the service worker (default 5 s). */
  serviceWorkerTimeoutMs?: number;
}

export interface QuietHours {
  /** Local time "HH:MM" in the town's time zone. */
  start: string;
  end: string;
}

/** What a resident chose: topics, areas (empty = the whole town), language, quiet hours. */
export interface Preferences {
  topics: string[];
  areas: string[];
  locale: 'de' | 'en';
  quietHours: QuietHours | null;
}

/** What the server keeps about this installation. */
export interface StoredPreferences extends Preferences {
  id: string;
  subscriptions: { endpoint: string; createdAt: string }[];
}

/** A topic as the server lists it. */
export type TopicChoice = Topic;

/** An installation as the server answers with it (types only: nothing of the server is bundled). */
type InstallationAnswer = Installation;

const resolveEnv = (options: NotifyClientOptions) => options.env ?? browserEnvironment();
const base = (options: NotifyClientOptions) =>
  (options.apiBase ?? '/api/notify').replace(/\/$/, '');

async function call<T>(
  options: NotifyClientOptions,
  method: string,
  path: string,
  body?: unknown,
): Promise<{ status: number; data: T | undefined }> {
  const env = resolveEnv(options);
  const headers: Record<string, string> = { accept: 'application/json' };
  if (body !== undefined) headers['content-type'] = 'application/json';
  const csrf = method === 'GET' ? undefined : env.csrfToken?.();
  if (csrf) headers['x-csrf-token'] = csrf;
  let response: Response;
  try {
    response = await env.fetch(`${base(options)}${path}`, {
      method,
      headers,
      credentials: 'same-origin',
      ...(body !== undefined ? { body: JSON.stringify(body) } : {}),
    });
  } catch (error) {
    throw new PushClientError('network', `The server could not be reached: ${String(error)}`);
  }
  const text = await response.text();
  let data: unknown;
  try {
    data = text ? JSON.parse(text) : undefined;
  } catch {
    data = undefined;
  }
  if (response.ok || response.status === 404) return { status: response.status, data: data as T };
  const problem = (data ?? {}) as {
    code?: string;
    message?: string;
    field?: string;
    hint?: string;
  };
  throw new PushClientError(
    'server',
    problem.message ?? `The server answered ${response.status}.`,
    {
      status: response.status,
      ...(problem.field ? { field: problem.field } : {}),
      ...(problem.code ? { serverCode: problem.code } : {}),
      ...(problem.hint ? { hint: problem.hint } : {}),
    },
  );
}

function toPreferences(answer: InstallationAnswer): StoredPreferences {
  return {
    id: answer.id,
    topics: answer.topics,
    areas: answer.areas,
    locale: answer.language,
    quietHours: answer.quietHours,
    subscriptions: answer.subscriptions,
  };
}

function base64UrlToBytes(text: string): Uint8Array<ArrayBuffer> {
  const padded = text
    .replace(/-/g, '+')
    .replace(/_/g, '/')
    .padEnd(Math.ceil(text.length / 4) * 4, '=');
  const binary = atob(padded);
  const bytes = new Uint8Array(binary.length);
  for (let i = 0; i < binary.length; i++) bytes[i] = binary.charCodeAt(i);
  return bytes;
}

function sameBytes(a: ArrayBuffer | null | undefined, b: Uint8Array): boolean {
  if (!a || a.byteLength !== b.byteLength) return false;
  const view = new Uint8Array(a);
  return view.every((byte, i) => byte === b[i]);
}

async function pushManager(options: NotifyClientOptions): Promise<BrowserPushManager> {
  const env = resolveEnv(options);
  const container = env.navigator.serviceWorker;
  if (!container) throw new PushClientError('unsupported', 'This browser has no service workers.');
  const timeout = options.serviceWorkerTimeoutMs ?? 5000;
  let timer: ReturnType<typeof setTimeout> | undefined;
  // `ready` waits forever when no service worker is registered; give up after a while.
  const registration = await Promise.race([
    container.ready,
    new Promise<never>((_, reject) => {
      timer = setTimeout(
        () =>
          reject(
            new PushClientError('no-service-worker', 'No service worker became active in time.'),
          ),
        timeout,
      );
    }),
  ]).finally(() => clearTimeout(timer));
  if (!registration.pushManager) {
    throw new PushClientError('unsupported', 'The service worker has no push manager.');
  }
  return registration.pushManager;
}

/** Whether and how this browser can receive push notifications. */
export function pushSupport(options: NotifyClientOptions = {}): PushSupport {
  return pushSupportOf(resolveEnv(options));
}

/** This device's anonymous installation id (a random UUID, made once, kept in localStorage). */
export function installationId(options: NotifyClientOptions = {}): string {
  return installationIdOf(resolveEnv(options));
}

/** The topics residents can follow, from the server. */
export async function listTopics(options: NotifyClientOptions = {}): Promise<TopicChoice[]> {
  const { status, data } = await call<{ topics: TopicChoice[] }>(options, 'GET', '/topics');
  if (status === 404 || !Array.isArray(data?.topics)) {
    throw new PushClientError('server', 'This server offers no notifications.', { status });
  }
  return data.topics;
}

/** This browser's push subscription, or `null` (also when no service worker is active). */
export async function currentSubscription(
  options: NotifyClientOptions = {},
): Promise<BrowserPushSubscription | null> {
  if (pushSupport(options) !== 'supported') return null;
  try {
    return await (await pushManager(options)).getSubscription();
  } catch (error) {
    if (error instanceof PushClientError && error.code === 'no-service-worker') return null;
    throw error;
  }
}

function body(preferences: Preferences, subscription?: BrowserPushSubscription | null) {
  return {
    language: preferences.locale,
    topics: preferences.topics,
    areas: preferences.areas,
    quietHours: preferences.quietHours,
    ...(subscription ? { subscription: subscription.toJSON() } : {}),
  };
}

async function put(
  options: NotifyClientOptions,
  preferences: Preferences,
  subscription?: BrowserPushSubscription | null,
): Promise<StoredPreferences> {
  const env = resolveEnv(options);
  const id = installationIdOf(env);
  const { data } = await call<InstallationAnswer>(
    options,
    'PUT',
    `/installations/${id}`,
    body(preferences, subscription),
  );
  // The service worker needs the id to renew a subscription the browser replaced.
  await shareWithServiceWorker(env, id).catch(() => {});
  return toPreferences(data as InstallationAnswer);
}

/**
 * Switches notifications on: asks for permission (call it straight from a click or tap
 * handler — browsers open the prompt only for a user gesture), subscribes with the server's
 * VAPID key and stores the subscription with the preferences. If the server refuses, the new
 * browser subscription is dropped again, so nothing is left half-done.
 */
export async function subscribe(
  options: NotifyClientOptions & { preferences: Preferences },
): Promise<StoredPreferences> {
  const env = resolveEnv(options);
  const support = pushSupportOf(env);
  if (support !== 'supported') {
    throw new PushClientError(support, `Push notifications are ${support} in this browser.`);
  }
  const notification = env.Notification as NonNullable<PushEnvironment['Notification']>;
  if (notification.permission !== 'granted') {
    if (env.navigator.userActivation && !env.navigator.userActivation.isActive) {
      throw new PushClientError(
        'gesture-required',
        'Ask for notification permission only when the resident taps a button.',
      );
    }
    // First thing, before any await: Safari keeps the gesture only this long.
    const permission = await notification.requestPermission();
    if (permission === 'denied') {
      throw new PushClientError('denied', 'Notifications are blocked for this site.');
    }
    if (permission !== 'granted') {
      throw new PushClientError('dismissed', 'The permission prompt was closed without a choice.');
    }
  }
  const { data } = await call<{ publicKey: string }>(options, 'GET', '/vapid-public-key');
  if (!data?.publicKey) throw new PushClientError('server', 'The server offers no VAPID key.');
  const applicationServerKey = base64UrlToBytes(data.publicKey);
  const manager = await pushManager(options);
  let subscription = await manager.getSubscription();
  let created = false;
  if (
    subscription?.options &&
    !sameBytes(subscription.options.applicationServerKey, applicationServerKey)
  ) {
    // Bound to an old server key: the push service would refuse our messages.
    await subscription.unsubscribe();
    subscription = null;
  }
  if (!subscription) {
    subscription = await manager
      .subscribe({ userVisibleOnly: true, applicationServerKey })
      .catch((error: unknown) => {
        throw subscribeFailure(error);
      });
    created = true;
  }
  try {
    return await put(options, options.preferences, subscription);
  } catch (error) {
    if (created) await subscription.unsubscribe().catch(() => false);
    throw error;
  }
}

/** Switches notifications off on this device; the preferences stay for next time. */
export async function unsubscribe(options: NotifyClientOptions = {}): Promise<void> {
  const subscription = await currentSubscription(options);
  if (!subscription) return;
  const id = installationIdOf(resolveEnv(options));
  // Server first: if it cannot be reached, nothing has changed yet.
  await call(options, 'POST', `/installations/${id}/unsubscribe`, {
    endpoint: subscription.endpoint,
  });
  await subscription.unsubscribe();
}

/** Stores the preferences (with this browser's subscription, if there is one). */
export async function savePreferences(
  preferences: Preferences,
  options: NotifyClientOptions = {},
): Promise<StoredPreferences> {
  return put(options, preferences, await currentSubscription(options));
}

/** What the server keeps for this device, or `null` when it keeps nothing. */
export async function loadPreferences(
  options: NotifyClientOptions = {},
): Promise<StoredPreferences | null> {
  const id = installationIdOf(resolveEnv(options));
  const { status, data } = await call<{ installation: InstallationAnswer }>(
    options,
    'GET',
    `/installations/${id}`,
  );
  if (status === 404 || !data?.installation) return null;
  return toPreferences(data.installation);
}

/** Everything the server stores about this device (preferences, subscriptions, delivery log), or `null`. */
export async function exportData(
  options: NotifyClientOptions = {},
): Promise<Record<string, unknown> | null> {
  const id = installationIdOf(resolveEnv(options));
  const { status, data } = await call<Record<string, unknown>>(
    options,
    'GET',
    `/installations/${id}`,
  );
  return status === 404 ? null : (data ?? null);
}

/**
 * Deletes everything about this device on the server, then its push subscription and its
 * id here; the next use makes a new, unrelated id.
 */
export async function deleteData(options: NotifyClientOptions = {}): Promise<void> {
  const env = resolveEnv(options);
  const id = installationIdOf(env);
  await call(options, 'DELETE', `/installations/${id}`);
  const subscription = await currentSubscription(options);
  await subscription?.unsubscribe().catch(() => false);
  forgetInstallationId(env);
  await shareWithServiceWorker(env, null).catch(() => {});
}

/** Asks the server to send a test notification to this device only. */
export async function sendTestNotification(
  options: NotifyClientOptions = {},
): Promise<{ recipients: number }> {
  const id = installationIdOf(resolveEnv(options));
  const { status, data } = await call<{ recipients: number }>(
    options,
    'POST',
    `/installations/${id}/test`,
  );
  if (status === 404 || !data) {
    throw new PushClientError('server', 'This device is not known to the server yet.', {
      status,
      serverCode: 'not_found',
    });
  }
  return { recipients: data.recipients };
}
