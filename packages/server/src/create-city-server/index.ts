import { resolve } from 'node:path';
import {
  type CityConfig,
  type CityConfigInput,
  defineCity,
  resolveModuleConfigs,
} from '@city-app/core';
import type { Hono } from 'hono';
import { createStaffMailer, kernelSender } from '../auth/staff-mail.js';
import { consoleLogger } from '../http/logger.js';
import { createAbuseLimits } from '../limits/index.js';
import { kernelMail } from '../mail/kernel-mail.js';
import { promptMailDelivery } from '../mail/prompt-delivery.js';
import { transportFromEnv } from '../mail/transport.js';
import type { CityEnv } from '../module.js';
import { loadServerModules } from '../modules/load.js';
import { type KernelNotifications, startNotifications } from '../notifications/index.js';
import { backgroundWork, startBackgroundWork } from './background.js';
import { migrateKernel, migrateModules, openServerDatabase } from './database.js';
import { createKernelApp, serveWebAndNotFound } from './http-app.js';
import { mountKernelRoutes } from './kernel-routes.js';
import { lifecycle } from './listen.js';
import { datesSources, moduleContexts, mountModuleRoutes, selectModules } from './modules.js';
import type { CityServer, CityServerOptions } from './options.js';
import { checkRootPrefixes, mountRootRoutes } from './root-routes.js';
import { readStartSettings } from './start-settings.js';

export {
  type CityServer,
  type CityServerOptions,
  DEFAULT_HOST,
  DEFAULT_MAX_BODY_BYTES,
  DEFAULT_PORT,
  type ListeningServer,
} from './options.js';

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
  const settings = readStartSettings(env, options);
  checkRootPrefixes(modules);

  const { db, owned: ownsDatabase } = await openServerDatabase({
    given: options.database,
    env,
    root,
    log,
  });
  let notifications: KernelNotifications | undefined;
  const limits = createAbuseLimits({
    db,
    rules: settings.limitRules,
    settings: settings.request,
    log,
  });
  // Every mail the kernel and its modules send passes the per-recipient limit.
  const mail = kernelMail(
    env,
    limits.limitMail(() => options.mailTransport ?? transportFromEnv(env)),
    db,
  );
  const mailer = createStaffMailer({ city, env, log, transport: mail.transport });
  const work = backgroundWork();
  const promptMail = promptMailDelivery(db, {
    transport: mail.transport,
    from: kernelSender(city, env),
    log,
  });
  work.add(promptMail.stop);
  try {
    await migrateKernel(db, log);
    notifications = await startNotifications({
      db,
      city,
      modules,
      env,
      log,
      worker: settings.runNotifyWorker ? (options.notifyWorker ?? {}) : false,
    });
    const { notify } = notifications;
    const contexts = moduleContexts({
      city,
      modules,
      moduleConfigs,
      root,
      db,
      log,
      env,
      notify: notifications.forModules,
      forgetRecipient: mail.forgetRecipient,
      mailQueued: promptMail.nudge,
      mailFrom: kernelSender(city, env),
      limits,
    });
    await migrateModules({ db, city, modules, contexts, env, log });

    const app = createKernelApp({
      db,
      city,
      log,
      settings: settings.request,
      maxBodyBytes: settings.maxBodyBytes,
      modules,
    });
    mountKernelRoutes(app, {
      db,
      city,
      modules,
      root,
      env,
      log,
      settings: settings.request,
      mailer,
      mail,
      limits,
      notify,
      datesSources: datesSources(modules, contexts),
    });
    mountModuleRoutes(app, modules, contexts);
    mountRootRoutes(app, modules, contexts, settings.maxBodyBytes);
    await startBackgroundWork(work, {
      db,
      city,
      modules,
      contexts,
      mail,
      mailFrom: kernelSender(city, env),
      feedbackRetentionDays: settings.feedbackRetentionDays,
      log,
      scheduler: options.scheduler,
    });
    serveWebAndNotFound(app, { webRoot: options.webRoot, root, modules });

    notifications.startWorker();
    const started = notifications;
    const { listen, close } = lifecycle({
      fetch: app.fetch,
      env,
      log,
      appName: city.branding.appName,
      async shutdown() {
        // Workers finish their round before the database goes away.
        await work.stop();
        await started.stop();
        await mailer.settle();
        mailer.close();
        if (ownsDatabase) await db.close();
      },
    });
    return {
      app: app as unknown as Hono<CityEnv>,
      db,
      config: city,
      modules,
      notify,
      listen,
      close,
    };
  } catch (error) {
    await work.stop().catch(() => undefined);
    await notifications?.stop().catch(() => undefined);
    if (ownsDatabase) await db.close().catch(() => undefined);
    throw error;
  }
}
