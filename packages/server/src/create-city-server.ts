import { randomUUID } from 'node:crypto';
import { existsSync } from 'node:fs';
import type { AddressInfo } from 'node:net';
import { join, resolve } from 'node:path';
import {
  CityAppError,
  type CityConfig,
  type CityConfigInput,
  defineCity,
  enabledModuleIds,
  resolveModuleConfigs,
} from '@city-app/core';
import type { Notify } from '@city-app/notify';
import { serve } from '@hono/node-server';
import { Hono, type MiddlewareHandler } from 'hono';
import { bodyLimit } from 'hono/body-limit';
import { csrfProtection } from './auth/csrf.js';
import { loadSession } from './auth/middleware.js';
import { townWords } from './auth/password-policy.js';
import { KERNEL_ROLES } from './auth/roles.js';
import { AUTH_EXEMPT_FROM_CSRF_TOKEN, authRoutes } from './auth/routes.js';
import { deleteExpiredSessions } from './auth/sessions.js';
import { createStaffMailer, kernelSender, type StaffMailer } from './auth/staff-mail.js';
import { ensureFirstAdmin } from './auth/users.js';
import { asKernelDatabase, type KernelDatabase } from './database/engine.js';
import { kernelMigrations } from './database/kernel-migrations.js';
import { type MigrationPlan, runMigrations } from './database/migrate.js';
import { openKernelDatabase } from './database/open.js';
import {
  calendarLinks,
  type DatesSource,
  datesRoutes,
  forgetLinkOfDeletedInstallation,
} from './dates/index.js';
import { appRouteMatcher } from './http/app-routes.js';
import { type KernelEnv, type RequestSettings, requestSettingsFromEnv } from './http/context.js';
import { errorHandler, jsonError, payloadTooLarge } from './http/errors.js';
import { consoleLogger, moduleLogger } from './http/logger.js';
import { securityHeaders } from './http/security.js';
import { hasWebRoot, serveWeb } from './http/static.js';
import { startFeedbackRetention } from './kernel-routes/feedback/retention.js';
import { feedbackRetentionDays } from './kernel-routes/feedback/retention-setting.js';
import { feedbackRoutes } from './kernel-routes/feedback/routes.js';
import { healthHandler } from './kernel-routes/health.js';
import { staffRoutes } from './kernel-routes/staff.js';
import { townRoutes } from './kernel-routes/town.js';
import { createAbuseLimits, limitRulesFromEnv } from './limits/index.js';
import { kernelMail } from './mail/kernel-mail.js';
import { type MailTransport, transportFromEnv } from './mail/transport.js';
import type {
  CityEnv,
  Database,
  Logger,
  ModuleServerContext,
  ServerModule,
  StopBackgroundWork,
} from './module.js';
import { setUpCapabilities } from './modules/capabilities.js';
import { loadServerModules } from './modules/load.js';
import {
  type KernelNotifications,
  type NotifyWorkerOptions,
  notificationRoutes,
  notifyMigrationPlan,
  startNotifications,
  workerEnabled,
} from './notifications/index.js';
import { openItemsRoutes } from './open-items/routes.js';
import { checkRole, describeRoute } from './openapi/describe.js';
import { buildOpenApiDocument } from './openapi/document.js';
import { moduleJobs } from './scheduler/module-jobs.js';
import { sourceRoutes } from './scheduler/routes.js';
import { startScheduler } from './scheduler/scheduler.js';
import { readSetting, type SettingName } from './settings/settings.js';
import { SERVER_VERSION } from './version.js';

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
  /** The scheduler of modules' jobs: how often it looks (default 15 s) and its clock (tests). */
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

/** How long open requests may still finish when the server stops. */
const CLOSE_GRACE_MS = 3000;

function envError(field: string, message: string, hint: string): CityAppError {
  return new CityAppError({
    code: 'invalid_environment',
    title: `Invalid ${field}`,
    message,
    hint,
    field,
    status: 500,
  });
}

function positiveInt(
  env: Record<string, string | undefined>,
  name: SettingName,
): number | undefined {
  const raw = readSetting(env, name);
  if (raw === undefined) return undefined;
  const value = Number(raw);
  if (!Number.isInteger(value) || value < 0) {
    throw envError(
      name,
      `${name} must be a whole number, got "${raw}".`,
      `Set ${name} to a number such as 3000, or unset it.`,
    );
  }
  return value;
}

function selectModules(city: CityConfig, given: ServerModule[]): ServerModule[] {
  const byId = new Map<string, ServerModule>();
  for (const module of given) {
    if (byId.has(module.manifest.id)) {
      throw new CityAppError({
        code: 'duplicate_module',
        title: 'Module given twice',
        message: `Two server modules have the id "${module.manifest.id}".`,
        field: `modules.${module.manifest.id}`,
        status: 500,
      });
    }
    byId.set(module.manifest.id, module);
  }
  // Enabled ones, in the town's order; a missing one is reported by resolveModuleConfigs.
  return enabledModuleIds(city).flatMap((id) => byId.get(id) ?? []);
}

/**
 * Builds the town's server: validates the config and each module's options, opens the
 * database, applies the kernel's and the modules' migrations, seeds first-start content,
 * creates the first administrator, and composes the HTTP app (kernel routes, each module
 * under `/api/<id>`, OpenAPI, the PWA).
 *
 * ```ts
 * const server = await createCityServer(config);
 * await server.listen();
 * ```
 */
export async function createCityServer(
  input: CityConfig | CityConfigInput,
  options: CityServerOptions = {},
): Promise<CityServer> {
  const env = options.env ?? process.env;
  const log = options.log ?? consoleLogger;
  const root = resolve(options.root ?? process.cwd());
  // defineCity accepts an already defined config unchanged.
  const city = defineCity(input as CityConfigInput);
  const modules = options.modules
    ? selectModules(city, options.modules)
    : await loadServerModules(city, root);
  const { moduleConfigs } = resolveModuleConfigs(
    city,
    modules.map((m) => m.manifest),
  );
  const roles = [
    ...new Set([...KERNEL_ROLES, ...modules.flatMap((m) => m.manifest.roles.map((r) => r.id))]),
  ];
  const maxBodyBytes =
    options.maxBodyBytes ?? positiveInt(env, 'CITY_APP_MAX_BODY_BYTES') ?? DEFAULT_MAX_BODY_BYTES;
  const settings: RequestSettings = requestSettingsFromEnv(env);
  const limitRules = limitRulesFromEnv(env);
  // Checked before the database opens: a typo must not start a process that never delivers.
  const runNotifyWorker = workerEnabled(env);
  const retentionDays = feedbackRetentionDays(env);

  const ownsDatabase = !options.database;
  const db: KernelDatabase = options.database
    ? asKernelDatabase(options.database)
    : await openKernelDatabase({
        url: readSetting(env, 'DATABASE_URL'),
        dataDir: readSetting(env, 'CITY_APP_DATA_DIR') ?? join(root, '.data', 'db'),
        poolSize: positiveInt(env, 'CITY_APP_DB_POOL_SIZE'),
        log,
      });

  let notifications: KernelNotifications | undefined;
  const limits = createAbuseLimits({ db, rules: limitRules, settings, log });
  // Every mail the kernel and its modules send passes the per-recipient limit.
  const mail = kernelMail(
    env,
    limits.limitMail(() => options.mailTransport ?? transportFromEnv(env)),
  );
  const mailer: StaffMailer = createStaffMailer({ city, env, log, transport: mail.transport });
  const backgroundWork: StopBackgroundWork[] = [];
  const stopBackgroundWork = async () => {
    await Promise.all(backgroundWork.splice(0).map((stop) => stop()));
  };
  try {
    // The kernel's and notify's tables first: modules' seeds may already send.
    await runMigrations(
      db,
      [{ module: 'kernel', migrations: kernelMigrations }, notifyMigrationPlan],
      log,
    );
    notifications = await startNotifications({
      db,
      city,
      modules,
      env,
      log,
      worker: runNotifyWorker ? (options.notifyWorker ?? {}) : false,
    });
    const notify = notifications.notify;
    const requireRole =
      (role: string): MiddlewareHandler<CityEnv> =>
      async (c, next) => {
        checkRole(c, role);
        await next();
      };
    const contexts = new Map<string, ModuleServerContext>();
    for (const module of modules) {
      const id = module.manifest.id;
      const contentDir = join(root, 'content', id);
      contexts.set(id, {
        city,
        config: moduleConfigs.get(id),
        manifest: module.manifest,
        db,
        log: moduleLogger(log, id),
        ...(existsSync(contentDir) ? { contentDir } : {}),
        requireRole,
        notify: notifications.forModules,
        env,
        mail: { forgetRecipient: mail.forgetRecipient },
        limits,
      });
    }
    const plans: MigrationPlan[] = [
      ...modules.map((module) => {
        const ctx = contexts.get(module.manifest.id) as ModuleServerContext;
        return {
          module: module.manifest.id,
          migrations: module.migrations ?? [],
          ...(module.seed ? { seed: () => module.seed?.(ctx) ?? Promise.resolve() } : {}),
        };
      }),
    ];
    // The shared cores the modules use (booking, notify), once each, before the modules.
    await setUpCapabilities(db, modules, log);
    await runMigrations(db, plans, log);
    await ensureFirstAdmin(db, { city, env, log });
    await deleteExpiredSessions(db);

    const app = new Hono<KernelEnv>();
    app.onError(errorHandler(log));
    app.use('*', async (c, next) => {
      c.set('requestId', randomUUID());
      c.set('user', null);
      c.set('session', null);
      await next();
    });
    app.use('*', securityHeaders(settings));
    app.use(
      '/api/*',
      bodyLimit({
        maxSize: maxBodyBytes,
        onError: (c) => jsonError(c, payloadTooLarge(maxBodyBytes)),
      }),
      loadSession(db),
      csrfProtection({ exempt: AUTH_EXEMPT_FROM_CSRF_TOKEN, settings }),
    );
    app.get('/healthz', healthHandler(db));
    let openApi: Record<string, unknown> | undefined;
    app.get(
      '/api/openapi.json',
      describeRoute({
        summary: 'This OpenAPI document',
        tags: ['meta'],
        responses: { 200: { description: 'OpenAPI 3.1 document of every /api route' } },
      }),
      (c) => {
        openApi ??= buildOpenApiDocument(app, {
          title: `${city.branding.appName} API`,
          version: SERVER_VERSION,
          description: `The API of ${city.branding.appName}, the city app of ${city.town.name}.`,
        });
        return c.json(openApi);
      },
    );
    app.route('/api/auth', authRoutes(db, { settings, mailer, city, log }));
    app.route('/api/town', townRoutes(city, modules, { notifications: true }));
    app.route('/api/open-items', openItemsRoutes(city, modules, root));
    app.route(
      '/api/feedback',
      feedbackRoutes(
        db,
        {
          transport: mail.transport,
          from: kernelSender(city, env),
          replyTo: city.legal.feedbackEmail,
          appName: city.branding.appName,
          timezone: city.timezone,
          forgetRecipient: mail.forgetRecipient,
          log,
        },
        { limit: limits.guard('feedback') },
      ),
    );
    app.route('/api/staff', staffRoutes(db, roles, townWords(city)));
    app.route('/api/admin/sources', sourceRoutes(db));
    const links = calendarLinks(db);
    app.use('/api/notify/installations/:id', forgetLinkOfDeletedInstallation(links));
    app.route(
      '/api/notify',
      notificationRoutes(notify, requireRole('editor'), limits.guard('installations')),
    );
    const datesSources: DatesSource[] = modules.flatMap((module) =>
      module.dates
        ? [
            {
              id: module.manifest.id,
              title: module.manifest.title,
              dates: module.dates,
              ctx: contexts.get(module.manifest.id) as ModuleServerContext,
            },
          ]
        : [],
    );
    app.route(
      '/api/dates',
      datesRoutes({ city, notify, links, sources: datesSources, settings, log }),
    );
    for (const module of modules) {
      const router = module.routes?.(contexts.get(module.manifest.id) as ModuleServerContext);
      if (router) app.route(`/api/${module.manifest.id}`, router);
    }
    backgroundWork.push(
      startFeedbackRetention(db, {
        retentionDays,
        forgetRecipient: mail.forgetRecipient,
        log,
      }).stop,
    );
    for (const module of modules) {
      const stop = await module.start?.(contexts.get(module.manifest.id) as ModuleServerContext);
      if (stop) backgroundWork.push(stop);
    }
    const scheduler = await startScheduler({
      db,
      jobs: moduleJobs(modules, contexts),
      timeZone: city.timezone,
      log,
      ...options.scheduler,
    });
    backgroundWork.push(scheduler.stop);
    const webRoot =
      options.webRoot === false ? undefined : resolve(options.webRoot ?? join(root, 'dist', 'web'));
    if (webRoot && hasWebRoot(webRoot)) {
      const isAppRoute = appRouteMatcher(modules.map((m) => m.manifest));
      app.use('*', serveWeb(webRoot, { isAppRoute }));
    }
    app.notFound((c) =>
      c.json(
        {
          code: 'not_found',
          message: c.req.path.startsWith('/api/')
            ? `There is no API route ${c.req.method} ${c.req.path}. See /api/openapi.json.`
            : `Nothing at ${c.req.path}.`,
        },
        404,
      ),
    );

    const listening = new Set<ListeningServer>();
    let closed = false;
    let handlingSignals = false;
    const onSignal = (signal: NodeJS.Signals) => {
      log.info(`${signal} received: closing the server and the database`);
      void self.close().then(
        () => process.exit(0),
        (error: unknown) => {
          log.error('Closing failed', { error: String(error) });
          process.exit(1);
        },
      );
    };
    notifications.startWorker();
    const self: CityServer = {
      app: app as unknown as Hono<CityEnv>,
      db,
      config: city,
      modules,
      notify,
      async listen(listenOptions = {}) {
        const port = listenOptions.port ?? positiveInt(env, 'PORT') ?? DEFAULT_PORT;
        const host = listenOptions.host ?? readSetting(env, 'HOST') ?? DEFAULT_HOST;
        const server = await new Promise<ReturnType<typeof serve>>((resolveServer, reject) => {
          const started = serve({ fetch: app.fetch, port, hostname: host }, () =>
            resolveServer(started),
          );
          started.once('error', (error: NodeJS.ErrnoException) =>
            reject(
              error.code === 'EADDRINUSE'
                ? envError(
                    'PORT',
                    `Port ${port} on ${host} is already in use.`,
                    'Stop the other server or set PORT to a free port.',
                  )
                : error,
            ),
          );
        });
        const address = server.address() as AddressInfo;
        const shownHost =
          host === '0.0.0.0' || host === '::'
            ? 'localhost'
            : host.includes(':')
              ? `[${host}]`
              : host;
        const url = `http://${shownHost}:${address.port}`;
        log.info(`${city.branding.appName} is listening on ${url}`);
        const handle: ListeningServer = {
          url,
          close: () =>
            new Promise<void>((done) => {
              listening.delete(handle);
              const http = server as {
                closeIdleConnections?: () => void;
                closeAllConnections?: () => void;
              };
              // A client that keeps a request open must not hold the stop past the grace a
              // container gets (10 s by default before it is killed): after a few seconds its
              // connection is closed too.
              const grace = setTimeout(() => http.closeAllConnections?.(), CLOSE_GRACE_MS);
              grace.unref();
              server.close(() => {
                clearTimeout(grace);
                done();
              });
              http.closeIdleConnections?.();
            }),
        };
        if (!handlingSignals) {
          handlingSignals = true;
          process.once('SIGTERM', onSignal);
          process.once('SIGINT', onSignal);
        }
        listening.add(handle);
        return handle;
      },
      async close() {
        if (closed) return;
        closed = true;
        process.off('SIGTERM', onSignal);
        process.off('SIGINT', onSignal);
        await Promise.all([...listening].map((handle) => handle.close()));
        // Workers finish their round before the database goes away.
        await stopBackgroundWork();
        await notifications?.stop();
        await mailer.settle();
        mailer.close();
        if (ownsDatabase) await db.close();
      },
    };
    return self;
  } catch (error) {
    await stopBackgroundWork().catch(() => undefined);
    await notifications?.stop().catch(() => undefined);
    if (ownsDatabase) await db.close().catch(() => undefined);
    throw error;
  }
}
