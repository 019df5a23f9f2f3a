/**
 * Screen path patterns, shared by the shell's router and the server (which answers 404 for a
 * page no screen matches): `/news`, `/news/:slug`, `/files/*` (the rest of the path as `*`).
 * Matching ignores a trailing slash and decodes each segment; a malformed escape does not match.
 */

/** Joins path parts into one absolute path: `joinPath('/news', ':slug')` is `/news/:slug`. */
export function joinPath(...parts: string[]): string {
  const joined = parts
    .flatMap((part) => part.split('/'))
    .filter(Boolean)
    .join('/');
  return `/${joined}`;
}

function segments(path: string): string[] {
  return path.split('/').filter(Boolean);
}

function decodeAll(parts: string[]): string[] | null {
  try {
    return parts.map((p) => decodeURIComponent(p));
  } catch {
    return null;
  }
}

/** The parameters of `pathname` under `pattern`, or null when it does not match. */
export function matchPath(pattern: string, pathname: string): Record<string, string> | null {
  const want = segments(pattern);
  const have = segments(pathname);
  const params: Record<string, string> = {};
  for (let i = 0; i < want.length; i++) {
    const part = want[i] as string;
    if (part === '*' && i === want.length - 1) {
      const rest = have.slice(i);
      if (!rest.length) return null;
      const decoded = decodeAll(rest);
      if (!decoded) return null;
      params['*'] = decoded.join('/');
      return params;
    }
    const actual = have[i];
    if (actual === undefined) return null;
    const decoded = decodeAll([actual]);
    if (!decoded) return null;
    if (part.startsWith(':')) params[part.slice(1)] = decoded[0] as string;
    else if (part !== decoded[0]) return null;
  }
  return want.length === have.length ? params : null;
}

/**
 * What is wrong with a screen pattern below a module's base path, or null: it is relative
 * (`''`, `kurse/:id`), its parameters are named, and `*` may only end it.
 */
export function screenPatternProblem(pattern: string): string | null {
  if (pattern.startsWith('/') || pattern.endsWith('/'))
    return `"${pattern}" must not start or end with "/" (it is relative to the module's path).`;
  const parts = pattern === '' ? [] : pattern.split('/');
  for (const [i, part] of parts.entries()) {
    if (part === '') return `"${pattern}" has an empty segment.`;
    if (part === ':') return `"${pattern}" has a parameter without a name.`;
    if (part === '*' && i !== parts.length - 1) return `"${pattern}" may only end with "*".`;
  }
  return null;
}
