import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { type CityConfig, cityError, enabledModuleIds } from '@city-app/core';
import type { Hono, MiddlewareHandler } from 'hono';
import { staffDirectory } from '../auth/staff-directory.js';
import type { DatesSource } from '../dates/index.js';
import { publicDatesAccess } from '../dates/public-dates.js';
import type { KernelEnv } from '../http/context.js';
import { moduleLogger } from '../http/logger.js';
import type { AbuseLimits } from '../limits/index.js';
import { enqueueMail } from '../mail/outbox.js';
import type {
  CityEnv,
  Database,
  Logger,
  ModuleNotify,
  ModuleServerContext,
  ServerModule,
} from '../module.js';
import { checkRole } from '../openapi/describe.js';

/** The given modules that the town enables, in the town's order; an id given twice is refused. */
export function selectModules(city: CityConfig, given: ServerModule[]): ServerModule[] {
  const byId = new Map<string, ServerModule>();
  for (const module of given) {
    const id = module.manifest.id;
    if (byId.has(id)) throw cityError('duplicate_module', { id }, { field: `modules.${id}` });
    byId.set(id, module);
  }
  // A missing one is reported by resolveModuleConfigs.
  return enabledModuleIds(city).flatMap((id) => byId.get(id) ?? []);
}

export const requireRole =
  (role: string): MiddlewareHandler<CityEnv> =>
  async (c, next) => {
    checkRole(c, role);
    await next();
  };

/** Each module's context, by id: what its routes, jobs, seeds and dates are given. */
export function moduleContexts(options: {
  city: CityConfig;
  modules: readonly ServerModule[];
  moduleConfigs: ReadonlyMap<string, unknown>;
  root: string;
  db: Database;
  log: Logger;
  env: Record<string, string | undefined>;
  notify: ModuleNotify;
  forgetRecipient(address: string): Promise<number>;
  /** Told after a module queued mail, so it goes out in a moment rather than within a minute. */
  mailQueued(): void;
  /** The sender of the kernel's mail, for modules that name it. */
  mailFrom: string;
  limits: AbuseLimits;
}): Map<string, ModuleServerContext> {
  const { city, db, log, env, limits } = options;
  const contexts = new Map<string, ModuleServerContext>();
  for (const module of options.modules) {
    const id = module.manifest.id;
    const contentDir = join(options.root, 'content', id);
    contexts.set(id, {
      city,
      config: options.moduleConfigs.get(id),
      manifest: module.manifest,
      db,
      log: moduleLogger(log, id),
      ...(existsSync(contentDir) ? { contentDir } : {}),
      requireRole,
      notify: options.notify,
      env,
      mail: {
        forgetRecipient: options.forgetRecipient,
        async enqueue(tx, mail) {
          const queued = await enqueueMail(tx, id, mail);
          options.mailQueued();
          return queued;
        },
      },
      limits,
      staff: staffDirectory(
        db,
        module.manifest.roles.map((role) => role.id),
      ),
    });
  }
  // Each may read the others' public dates, through their own contexts.
  for (const [id, ctx] of contexts) {
    ctx.publicDates = publicDatesAccess(
      id,
      options.modules,
      (module) => contextOf(contexts, module),
      moduleLogger(log, id),
    );
  }
  return contexts;
}

/** The context of a module that `moduleContexts` made one for. */
export function contextOf(
  contexts: ReadonlyMap<string, ModuleServerContext>,
  module: ServerModule,
): ModuleServerContext {
  return contexts.get(module.manifest.id) as ModuleServerContext;
}

/** The modules that contribute to a resident's "Meine Termine". */
export function datesSources(
  modules: readonly ServerModule[],
  contexts: ReadonlyMap<string, ModuleServerContext>,
): DatesSource[] {
  return modules.flatMap((module) =>
    module.dates
      ? [
          {
            id: module.manifest.id,
            title: module.manifest.title,
            dates: module.dates,
            ctx: contextOf(contexts, module),
          },
        ]
      : [],
  );
}

/** Each module's routes under `/api/<id>`. */
export function mountModuleRoutes(
  app: Hono<KernelEnv>,
  modules: readonly ServerModule[],
  contexts: ReadonlyMap<string, ModuleServerContext>,
): void {
  for (const module of modules) {
    const router = module.routes?.(contextOf(contexts, module));
    if (router) app.route(`/api/${module.manifest.id}`, router);
  }
}
