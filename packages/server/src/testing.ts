/**
 * Test helpers for the kernel and for modules: a complete server for a fictional town on an
 * in-memory database, driven in-process (no port).
 *
 * ```ts
 * import { createTestServer } from '@city-app/server/testing';
 * import news from '../src/server.js';
 *
 * const t = await createTestServer({ modules: [news] });
 * const editor = await t.loginAs(['editor']);
 * const res = await t.request('/api/news', { method: 'POST', headers: editor.headers, json: { title: 'Stadtfest' } });
 * await t.close();
 * ```
 */
import { randomBytes } from 'node:crypto';
import type { CityConfigInput } from '@city-app/core';
import pg from 'pg';
import { UNUSABLE_PASSWORD_HASH } from './auth/password.js';
import { CSRF_COOKIE, CSRF_HEADER, createSession, SESSION_COOKIE } from './auth/sessions.js';
import { insertStaff } from './auth/users.js';
import { type CityServer, createCityServer } from './create-city-server/index.js';
import { openKernelDatabase } from './database/open.js';
import type { MailTransport } from './mail/transport.js';
import type { Database, Logger, ServerModule, StaffUser } from './module.js';
import type { NotifyWorkerOptions } from './notifications/index.js';

/** A valid config of a fictional town ("Musterstadt", Mecklenburg-Vorpommern). */
export { cameraJpeg } from './images/camera-photo.js';

export const TEST_CITY: CityConfigInput = {
  town: { name: 'Musterstadt', state: 'DE-MV', population: 12000 },
  branding: { appName: 'Muster App' },
  areas: [
    { id: 'altstadt', name: 'Altstadt' },
    { id: 'neudorf', name: 'Neudorf' },
  ],
  legal: {
    imprint: {
      organisation: 'Stadt Musterstadt',
      address: 'Markt 1\n19999 Musterstadt',
      email: 'rathaus@musterstadt.example',
    },
    privacy: { controller: 'Stadt Musterstadt', email: 'datenschutz@musterstadt.example' },
    accessibility: { contactEmail: 'barrierefreiheit@musterstadt.example' },
    feedbackEmail: 'feedback@musterstadt.example',
  },
  modules: {},
};

/** A logger that keeps its lines, so tests stay quiet and can assert on them. */
export interface MemoryLogger extends Logger {
  lines: { level: 'info' | 'warn' | 'error'; message: string; details?: Record<string, unknown> }[];
}

export function memoryLogger(): MemoryLogger {
  const lines: MemoryLogger['lines'] = [];
  const add =
    (level: 'info' | 'warn' | 'error') => (message: string, details?: Record<string, unknown>) => {
      lines.push({ level, message, ...(details ? { details } : {}) });
    };
  return { lines, info: add('info'), warn: add('warn'), error: add('error') };
}

export interface TestServerOptions {
  /** Town config; default `TEST_CITY`. The given modules are enabled in it automatically. */
  city?: CityConfigInput;
  /** Server parts of the modules under test. */
  modules?: ServerModule[];
  /**
   * A town project: without `modules`, the modules its config enables are loaded from its
   * packages, as the town's own server does.
   */
  root?: string;
  /** Extra environment variables (DATABASE_URL and CITY_APP_DATA_DIR are ignored). */
  env?: Record<string, string | undefined>;
  /** `pglite` (default): in memory. `postgres`: a fresh database on TEST_DATABASE_URL, dropped on close. */
  database?: 'pglite' | 'postgres';
  /** The built PWA to serve, if the test needs one. */
  webRoot?: string;
  /** Options of the notification worker (e.g. `ca` of a local push service). */
  notifyWorker?: NotifyWorkerOptions;
  /** The scheduler of modules' jobs: how often it looks and its clock (a test moves it). */
  scheduler?: { checkEveryMs?: number; now?: () => Date };
  /** Where the kernel's mail goes (default: `.eml` files, as without an SMTP server). */
  mailTransport?: MailTransport;
}

export interface TestRequestInit extends RequestInit {
  /** Sent as the JSON body, with Content-Type: application/json. */
  json?: unknown;
}

export interface TestServer {
  app: CityServer['app'];
  db: Database;
  server: CityServer;
  /** What the server logged. */
  log: MemoryLogger;
  /** `app.request()` with a `json` shortcut. */
  request(path: string, init?: TestRequestInit): Promise<Response>;
  /**
   * Creates a staff member with `roles` and a session for them; returns the headers
   * (Cookie and X-CSRF-Token) that make a request theirs.
   */
  loginAs(
    roles: string[],
    who?: { email?: string; name?: string },
  ): Promise<{ user: StaffUser; headers: Record<string, string> }>;
  close(): Promise<void>;
}

/**
 * A fresh, empty PostgreSQL database on the server of TEST_DATABASE_URL, so tests do not
 * collide. Returns its URL and a function that drops it.
 */
export async function createTestPostgresDatabase(
  baseUrl = process.env.TEST_DATABASE_URL,
): Promise<{ url: string; drop(): Promise<void> }> {
  if (!baseUrl) {
    throw new Error(
      'TEST_DATABASE_URL is not set: run the tests with `with-postgres` (packages/config/bin).',
    );
  }
  const name = `t_${randomBytes(6).toString('hex')}`;
  const admin = new pg.Client({ connectionString: baseUrl });
  await admin.connect();
  try {
    await admin.query(`create database ${name}`);
  } finally {
    await admin.end();
  }
  const url = new URL(baseUrl);
  url.pathname = `/${name}`;
  return {
    url: url.toString(),
    async drop() {
      const client = new pg.Client({ connectionString: baseUrl });
      await client.connect();
      try {
        await client.query(`drop database if exists ${name} with (force)`);
      } finally {
        await client.end();
      }
    },
  };
}

/**
 * The databases a suite should run on: PGlite always, PostgreSQL too when TEST_DATABASE_URL is
 * set (`with-postgres`) or under CI, where a missing database then fails instead of skipping.
 *
 * ```ts
 * describe.each(testDatabases())('on %s', (database) => { … createTestServer({ database }) … });
 * ```
 */
export function testDatabases(): ('pglite' | 'postgres')[] {
  return process.env.TEST_DATABASE_URL || process.env.CI ? ['pglite', 'postgres'] : ['pglite'];
}

/** A complete server for tests. Close it in `afterEach`/`afterAll`. */
export async function createTestServer(options: TestServerOptions = {}): Promise<TestServer> {
  const modules = options.modules ?? [];
  const base = options.city ?? TEST_CITY;
  const enabled = {
    ...Object.fromEntries(modules.map((m) => [m.manifest.id, {}])),
    ...(base.modules ?? {}),
  };
  const city: CityConfigInput = { ...base, modules: enabled };
  const log = memoryLogger();
  const postgres = options.database === 'postgres' ? await createTestPostgresDatabase() : undefined;
  const db = await openKernelDatabase({ url: postgres?.url, dataDir: 'memory://' });
  let server: CityServer;
  try {
    server = await createCityServer(city, {
      // A town's own modules come from its packages, found from `root`.
      ...(options.root && !options.modules ? {} : { modules }),
      database: db,
      env: { ...options.env, DATABASE_URL: undefined, CITY_APP_DATA_DIR: undefined },
      log,
      root: options.root ?? process.cwd(),
      // No PWA unless asked for: a test must not pick up a dist/web lying around.
      webRoot: options.webRoot ?? false,
      ...(options.notifyWorker ? { notifyWorker: options.notifyWorker } : {}),
      ...(options.scheduler ? { scheduler: options.scheduler } : {}),
      ...(options.mailTransport ? { mailTransport: options.mailTransport } : {}),
    });
  } catch (error) {
    await db.close();
    await postgres?.drop();
    throw error;
  }
  let staffCount = 0;
  return {
    app: server.app,
    db: server.db,
    server,
    log,
    request(path, init = {}) {
      const { json, ...rest } = init;
      if (json === undefined) return Promise.resolve(server.app.request(path, rest));
      const headers = new Headers(rest.headers);
      if (!headers.has('content-type')) headers.set('content-type', 'application/json');
      return Promise.resolve(
        server.app.request(path, { method: 'POST', ...rest, headers, body: JSON.stringify(json) }),
      );
    },
    async loginAs(roles, who = {}) {
      staffCount += 1;
      const user = await insertStaff(db, {
        email:
          who.email ?? `staff-${staffCount}-${randomBytes(3).toString('hex')}@musterstadt.invalid`,
        name: who.name ?? `Test Staff ${staffCount}`,
        roles,
        passwordHash: UNUSABLE_PASSWORD_HASH,
      });
      if (!user) throw new Error(`loginAs: the e-mail ${who.email} is taken.`);
      const session = await createSession(db, user.id);
      return {
        user: { id: user.id, email: user.email, name: user.name, roles: user.roles },
        headers: {
          Cookie: `${SESSION_COOKIE}=${session.token}; ${CSRF_COOKIE}=${session.csrfToken}`,
          [CSRF_HEADER]: session.csrfToken,
        },
      };
    },
    async close() {
      await server.close();
      await db.close();
      await postgres?.drop();
    },
  };
}

export {
  type AuthorizationCaller,
  type AuthorizationCell,
  type AuthorizationMatrix,
  type AuthorizationOptions,
  authorizationMatrix,
} from './authorization/matrix.js';
export { PUBLIC_DATES_READER, publicDatesReader } from './fixtures/public-dates-reader.js';
export {
  expectChanged,
  expectRevalidated,
  type RevalidationCaller,
} from './http/revalidation-testing.js';
export {
  brokenPromise,
  HOSTILE_STRINGS,
  type ProbeCaller,
  type ProbeFinding,
  type ProbeOptions,
  probeRoutes,
} from './route-probe/probe.js';
