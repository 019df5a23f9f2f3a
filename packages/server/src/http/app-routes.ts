import { joinPath, matchPath, type ScreenDeclaration, SHELL_PAGES } from '@city-app/core';

/** `/news/` and `/news` are the same route; `//x` is not a route of anyone. */
function normalize(path: string): string {
  return path.length > 1 ? path.replace(/\/+$/, '') : path;
}

function within(path: string, base: string): boolean {
  return base === '/' ? false : path === base || path.startsWith(`${base}/`);
}

/** What the server knows of a module's screens: its manifest's path and declared patterns. */
export interface ModuleScreens {
  path: string;
  screens?: ScreenDeclaration;
}

/**
 * Whether a page below `base` is a screen: one of the declared patterns, or, for a module
 * that declares none, any path there (its router decides in the browser).
 */
function screenTest(base: string, patterns: readonly string[] | undefined) {
  if (!patterns) return (path: string) => within(path, base);
  const full = patterns.map((pattern) => joinPath(base, pattern));
  return (path: string) => full.some((pattern) => matchPath(pattern, path) !== null);
}

/**
 * Whether the app has a screen at `path`: one of the shell's pages, one of a module's
 * screens (`/<module path>/…`) or one of its staff screens (`/admin/<module path>/…`), as the
 * module's manifest declares them, the same patterns the shell's router mounts.
 */
export function appRouteMatcher(modules: readonly ModuleScreens[]): (path: string) => boolean {
  const shell = new Set<string>(Object.values(SHELL_PAGES));
  const tests = modules
    .filter((module) => normalize(module.path).startsWith('/') && normalize(module.path) !== '/')
    .flatMap((module) => {
      const base = normalize(module.path);
      const declared = module.screens;
      return [
        screenTest(base, declared?.resident),
        screenTest(`${SHELL_PAGES.admin}${base}`, declared ? (declared.staff ?? []) : undefined),
      ];
    });
  return (raw) => {
    const path = normalize(raw);
    if (path.includes('//')) return false;
    if (shell.has(path)) return true;
    return tests.some((test) => test(path));
  };
}
