/**
 * The kernel's notifications: one `@city-app/notify` instance over the town's database, the
 * topics every enabled module declares, the town's areas, the VAPID keys, and an in-process
 * worker that delivers the outbox. In PostgreSQL mode every server process runs a worker;
 * notify's leases and `SKIP LOCKED` let them share the outbox safely.
 */
import { type CityConfig, cityError } from '@city-app/core';
import {
  createNotify,
  extraPushServicesFromEnv,
  type Notify,
  type NotifyWorker,
  notifyMigrations,
  type PushServicePolicy,
  resolveVapidKeys,
  type TopicInput,
  type WorkerOptions,
} from '@city-app/notify';
import type { MigrationPlan } from '../database/migrate.js';
import type { Database, Logger, ModuleNotify, ServerModule } from '../module.js';
import { readSetting } from '../settings/settings.js';

/** Notify's tables run with the kernel's, under their own name (not a possible module id). */
export const notifyMigrationPlan: MigrationPlan = {
  module: 'kernel.notify',
  migrations: notifyMigrations,
};

/** Options of the in-process worker; `intervalMs` is how often it looks for due work. */
export type NotifyWorkerOptions = WorkerOptions & { intervalMs?: number };

export interface KernelNotifications {
  notify: Notify;
  /** The narrow face modules get as `ctx.notify`. */
  forModules: ModuleNotify;
  /** This process's worker, or none when `CITY_APP_NOTIFY_WORKER=off`. */
  worker: NotifyWorker | undefined;
  /** Starts the worker, once the server is composed. */
  startWorker(): void;
  /** Stops the worker (waits for its current round). */
  stop(): Promise<void>;
}

/** Each enabled module's topics, in the module's field of action, named by its id. */
export function moduleTopics(modules: readonly ServerModule[]): TopicInput[] {
  return modules.flatMap(({ manifest }) =>
    manifest.topics.map((topic) => ({
      id: topic.id,
      name: topic.title,
      description: topic.description,
      field: manifest.field,
      source: manifest.id,
    })),
  );
}

/** Whether this process runs a worker: `CITY_APP_NOTIFY_WORKER` unset or "on", or "off". */
export function workerEnabled(env: Record<string, string | undefined>): boolean {
  const raw = (readSetting(env, 'CITY_APP_NOTIFY_WORKER') ?? '').trim().toLowerCase();
  if (['', 'on', 'true', '1', 'yes'].includes(raw)) return true;
  if (['off', 'false', '0', 'no'].includes(raw)) return false;
  throw cityError(
    'invalid_notify_worker_setting',
    { value: env.CITY_APP_NOTIFY_WORKER ?? '' },
    { field: 'CITY_APP_NOTIFY_WORKER' },
  );
}

/**
 * The push services this town sends to: the browsers' own plus `CITY_APP_PUSH_SERVICES`
 * (hosts separated by commas). `CITY_APP_PUSH_PRIVATE_ADDRESSES=allow` lets a push service on
 * a loopback or private address through: only for a local test push service, never in a town.
 */
export function pushServicesFromEnv(env: Record<string, string | undefined>): PushServicePolicy {
  const raw = (env.CITY_APP_PUSH_PRIVATE_ADDRESSES ?? '').trim().toLowerCase();
  if (!['', 'refuse', 'allow'].includes(raw))
    throw cityError(
      'invalid_push_private_addresses',
      { value: env.CITY_APP_PUSH_PRIVATE_ADDRESSES ?? '' },
      { field: 'CITY_APP_PUSH_PRIVATE_ADDRESSES' },
    );
  return {
    extraHosts: extraPushServicesFromEnv(env),
    ...(raw === 'allow' ? { allowPrivateAddresses: true } : {}),
  };
}

/** The VAPID `sub` claim when none is configured: the imprint's e-mail, as RFC 8292 suggests. */
const vapidSubject = (city: CityConfig) => `mailto:${city.legal.imprint.email}`;

/**
 * Sets up notifications once notify's migrations have run: keys from `CITY_APP_VAPID_*` or
 * stored at first start, the modules' topics declared (editors' own topics stay), and the
 * worker started unless `CITY_APP_NOTIFY_WORKER=off`.
 */
export async function startNotifications(options: {
  db: Database;
  city: CityConfig;
  modules: readonly ServerModule[];
  env: Record<string, string | undefined>;
  log: Logger;
  /** `false`: no worker in this process. */
  worker: NotifyWorkerOptions | false;
}): Promise<KernelNotifications> {
  const { db, city, env, log } = options;
  const vapid = await resolveVapidKeys(db, env, vapidSubject(city));
  const notify = createNotify(db, {
    timezone: city.timezone,
    vapid,
    areas: city.areas.map((area) => area.id),
    pushServices: pushServicesFromEnv(env),
    log,
  });
  const topics = moduleTopics(options.modules);
  if (topics.length) await notify.topics.declare(topics);

  const { intervalMs, ...workerOptions } = options.worker || {};
  const worker = options.worker ? notify.worker(workerOptions) : undefined;
  let started = false;
  let stopped: Promise<void> | undefined;
  return {
    notify,
    forModules: {
      send: (tx, input) => notify.send(tx, input),
      sendMany: (tx, inputs) => notify.sendMany(tx, inputs),
      existingInstallations: (ids) => notify.installations.existing(ids),
    },
    worker,
    startWorker() {
      if (!worker) {
        log.info('Notification worker off in this process (CITY_APP_NOTIFY_WORKER=off)');
        return;
      }
      if (started || stopped) return;
      started = true;
      worker.start(intervalMs);
    },
    stop() {
      stopped ??= started && worker ? worker.stop() : Promise.resolve();
      return stopped;
    },
  };
}
