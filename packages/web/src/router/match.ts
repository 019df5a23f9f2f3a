import { joinPath, matchPath, SHELL_PAGES, type ShellPage } from '@city-app/core';
import type { WebModule, WebRoute } from '../module.js';

// Path patterns are core's, so the server matches the same screens as the router.
// The shell's pages are declared in core, so the server answers exactly the app's routes.
export { joinPath, matchPath, SHELL_PAGES, type ShellPage };

export type RouteTarget =
  | { kind: 'shell'; page: ShellPage }
  | { kind: 'module'; module: WebModule; route: WebRoute }
  | { kind: 'admin'; module: WebModule; route: WebRoute; role: string };

export interface RouteEntry {
  pattern: string;
  target: RouteTarget;
}

export type RouteMatch = RouteEntry & { params: Record<string, string> };

/** Static segments beat parameters, parameters beat the catch-all; then longer wins. */
function specificity(pattern: string): number[] {
  return pattern
    .split('/')
    .filter(Boolean)
    .map((part) => (part === '*' ? 0 : part.startsWith(':') ? 1 : 2));
}

function compareSpecificity(a: string, b: string): number {
  const sa = specificity(a);
  const sb = specificity(b);
  for (let i = 0; i < Math.max(sa.length, sb.length); i++) {
    const x = sa[i] ?? -1;
    const y = sb[i] ?? -1;
    if (x !== y) return y - x;
  }
  return 0;
}

/**
 * All routes of the app: the shell's pages first (a module cannot take over `/impressum`),
 * then each module's screens under its path and its staff screens under `/admin<path>`.
 */
export function buildRouteTable(modules: readonly WebModule[]): RouteEntry[] {
  const shell: RouteEntry[] = Object.entries(SHELL_PAGES).map(([page, pattern]) => ({
    pattern,
    target: { kind: 'shell', page: page as ShellPage },
  }));
  const moduleRoutes: RouteEntry[] = [];
  for (const module of modules) {
    for (const route of module.routes) {
      moduleRoutes.push({
        pattern: joinPath(module.manifest.path, route.path),
        target: { kind: 'module', module, route },
      });
    }
    for (const route of module.admin?.routes ?? []) {
      moduleRoutes.push({
        pattern: joinPath(SHELL_PAGES.admin, module.manifest.path, route.path),
        target: { kind: 'admin', module, route, role: module.admin?.role ?? 'admin' },
      });
    }
  }
  // A stable sort keeps the town's module order among equally specific patterns.
  moduleRoutes.sort((a, b) => compareSpecificity(a.pattern, b.pattern));
  return [...shell, ...moduleRoutes];
}

export function resolveRoute(table: readonly RouteEntry[], pathname: string): RouteMatch | null {
  for (const entry of table) {
    const params = matchPath(entry.pattern, pathname);
    if (params) return { ...entry, params };
  }
  return null;
}

/** Whether a staff member may open a module's staff screens: its role, or `admin`. */
export function mayAccess(user: { roles: readonly string[] } | null, role: string): boolean {
  return !!user && (user.roles.includes('admin') || user.roles.includes(role));
}
