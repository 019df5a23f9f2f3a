import { SHELL_PAGES } from '@city-app/core';

/** `/news/` and `/news` are the same route; `//x` is not a route of anyone. */
function normalize(path: string): string {
  return path.length > 1 ? path.replace(/\/+$/, '') : path;
}

function within(path: string, base: string): boolean {
  return base === '/' ? false : path === base || path.startsWith(`${base}/`);
}

/**
 * Whether the app has a screen at `path`: one of the shell's pages, or a path inside a
 * module's screens (`/<module path>/…`) or its staff screens (`/admin/<module path>/…`).
 * Inside a module's path the module's own router decides; the server cannot see its
 * patterns, which live in the browser bundle.
 */
export function appRouteMatcher(modulePaths: readonly string[]): (path: string) => boolean {
  const shell = new Set<string>(Object.values(SHELL_PAGES));
  const bases = modulePaths.map(normalize).filter((base) => base.startsWith('/'));
  const adminBases = bases.map((base) => `${SHELL_PAGES.admin}${base}`);
  return (raw) => {
    const path = normalize(raw);
    if (path.includes('//')) return false;
    if (shell.has(path)) return true;
    return [...bases, ...adminBases].some((base) => within(path, base));
  };
}
