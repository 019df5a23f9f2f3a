import { cityError, SHELL_PAGES } from '@city-app/core';
import type { Hono } from 'hono';
import type { KernelEnv } from '../http/context.js';
import { apiBodyLimit } from '../http/route-body-limits.js';
import type { ModuleServerContext, ServerModule } from '../module.js';
import { contextOf } from './modules.js';

/** One path segment: no dot, so it never meets a file of the PWA such as `/sw.js`. */
const SEGMENT = /^\/[a-z0-9][a-z0-9-]*$/;

/** The kernel's own top-level paths: its API, staff area, built files, health and pages. */
const KERNEL_PREFIXES = new Set([
  '/api',
  '/admin',
  '/assets',
  '/healthz',
  ...Object.values(SHELL_PAGES).filter((page) => SEGMENT.test(page)),
]);

/**
 * Checks every module's `rootRoutes` prefix before anything is mounted: one segment, not the
 * kernel's, not another module's nor another module's screens. A clash stops the start
 * instead of one module's routes silently shadowing another's.
 */
export function checkRootPrefixes(modules: readonly ServerModule[]): void {
  const owners = new Map<string, string>();
  for (const module of modules) owners.set(module.manifest.path, module.manifest.id);
  for (const module of modules) {
    const id = module.manifest.id;
    const prefix = module.rootRoutes?.prefix;
    if (prefix === undefined) continue;
    if (!SEGMENT.test(prefix) || KERNEL_PREFIXES.has(prefix)) {
      throw cityError('module_root_prefix_invalid', { id, prefix }, { field: `modules.${id}` });
    }
    const other = owners.get(prefix);
    if (other !== undefined && other !== id) {
      throw cityError(
        'module_root_prefix_taken',
        { id, prefix, other },
        { field: `modules.${id}` },
      );
    }
    owners.set(prefix, id);
  }
}

/**
 * Each module's routes at its own root prefix (a standard's fixed paths such as
 * `/open311/v2/…`), with the kernel's body limit. No staff session is read there: such routes
 * are for machines and strangers, and authenticate by their own means (an API key).
 */
export function mountRootRoutes(
  app: Hono<KernelEnv>,
  modules: readonly ServerModule[],
  contexts: ReadonlyMap<string, ModuleServerContext>,
  maxBodyBytes: number,
): void {
  for (const module of modules) {
    const root = module.rootRoutes;
    if (!root) continue;
    app.use(`${root.prefix}/*`, apiBodyLimit(maxBodyBytes, []));
    app.route(root.prefix, root.routes(contextOf(contexts, module)));
  }
}
