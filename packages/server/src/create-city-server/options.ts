import type { CityConfig } from '@city-app/core';
import type { Notify } from '@city-app/notify';
import type { Hono } from 'hono';
import type { MailTransport } from '../mail/transport.js';
import type { CityEnv, Database, Logger, ServerModule } from '../module.js';
import type { NotifyWorkerOptions } from '../notifications/index.js';

/** Largest request body accepted by default (1 MiB). */
export const DEFAULT_MAX_BODY_BYTES = 1024 * 1024;
/**
 * `listen()` binds to 127.0.0.1 unless HOST says otherwise: the server speaks plain HTTP and
 * belongs behind a TLS reverse proxy on the same machine. In a container set HOST=0.0.0.0.
 */
export const DEFAULT_HOST = '127.0.0.1';
export const DEFAULT_PORT = 3000;

export interface CityServerOptions {
  /** The modules' server parts. Without it, each enabled module's `<package>/server` is imported from `root`. */
  modules?: ServerModule[];
  /** The town project's folder (default: the working directory). */
  root?: string;
  /** The built PWA (default `<root>/dist/web`); served when it exists. `false`: serve none. */
  webRoot?: string | false;
  /** An opened database to use instead of DATABASE_URL / CITY_APP_DATA_DIR. It is not closed by `close()`. */
  database?: Database;
  /** Environment variables (default `process.env`). */
  env?: Record<string, string | undefined>;
  log?: Logger;
  /** Largest request body in bytes (default 1 MiB, or CITY_APP_MAX_BODY_BYTES). */
  maxBodyBytes?: number;
  /** Where the kernel's staff mail goes (default: CITY_APP_SMTP_URL, else `.eml` files). */
  mailTransport?: MailTransport;
  /**
   * Options of this process's notification worker (e.g. `ca` of a local test push service,
   * `intervalMs`). `CITY_APP_NOTIFY_WORKER=off` runs none.
   */
  notifyWorker?: NotifyWorkerOptions;
  /** The scheduler of the kernel's and modules' jobs: how often it looks (default 15 s) and its clock (tests). */
  scheduler?: { checkEveryMs?: number; now?: () => Date };
}

export interface ListeningServer {
  url: string;
  close(): Promise<void>;
}

export interface CityServer {
  /** The whole HTTP API and the PWA; test it in-process with `app.request()`. */
  app: Hono<CityEnv>;
  db: Database;
  config: CityConfig;
  /** The enabled modules, in the town's order. */
  modules: ServerModule[];
  /** The town's notifications (`@city-app/notify`): topics, installations, outbox, workers. */
  notify: Notify;
  /**
   * Starts an HTTP server on PORT (default 3000) and HOST (default 127.0.0.1). Until
   * `close()`, SIGTERM and SIGINT close the server and its database before the process exits,
   * so a stop by the operator or the container leaves the data folder clean and unlocked.
   */
  listen(options?: { port?: number; host?: string }): Promise<ListeningServer>;
  /** Stops the HTTP servers and the notification worker, and closes the database (unless it was passed in). */
  close(): Promise<void>;
}
