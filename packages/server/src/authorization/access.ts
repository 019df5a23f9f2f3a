import { hasRole } from '../auth/roles.js';
import type { RouteSecret } from '../module.js';

/** Who may call a route, as its OpenAPI operation declares it. */
export type Access =
  | { kind: 'public' }
  | { kind: 'role'; role: string }
  | { kind: 'signed-in' }
  | { kind: 'any-role' }
  | { kind: 'secret'; secret: RouteSecret };

/** The operation fields `describeRoute()` writes about access (see `openapi/document.ts`). */
export interface AccessFields {
  'x-required-role'?: string;
  'x-signed-in'?: boolean;
  'x-any-role'?: boolean;
  'x-secret'?: RouteSecret;
}

export function accessOf(op: AccessFields): Access {
  if (op['x-required-role']) return { kind: 'role', role: op['x-required-role'] };
  if (op['x-signed-in']) return op['x-any-role'] ? { kind: 'any-role' } : { kind: 'signed-in' };
  if (op['x-secret']) return { kind: 'secret', secret: op['x-secret'] };
  return { kind: 'public' };
}

export function describeAccess(access: Access): string {
  switch (access.kind) {
    case 'role':
      return `role ${access.role}`;
    case 'signed-in':
      return 'signed in';
    case 'any-role':
      return 'any staff role';
    case 'secret':
      return `secret ${access.secret.kind}`;
    default:
      return 'public';
  }
}

/** What one caller is, as far as access goes. */
export interface CallerIdentity {
  /** Staff roles of the caller's session; `undefined` for a caller without one. */
  roles?: readonly string[];
  /** Secrets the caller holds, by kind. */
  secrets?: Readonly<Record<string, string>>;
}

/**
 * What a caller must get: `allowed` (anything but 401/403), `unauthenticated` (401),
 * `forbidden` (403), or `wrong-secret` (a refusal that says "not this": 400, 401, 403, 404,
 * 410 or 429; a 2xx only where an unknown secret opens a new record).
 */
export type Expectation = 'allowed' | 'unauthenticated' | 'forbidden' | 'wrong-secret';

export function expectationFor(access: Access, caller: CallerIdentity): Expectation {
  switch (access.kind) {
    case 'role':
      if (!caller.roles) return 'unauthenticated';
      return hasRole({ roles: [...caller.roles] }, access.role) ? 'allowed' : 'forbidden';
    case 'signed-in':
      return caller.roles ? 'allowed' : 'unauthenticated';
    case 'any-role':
      if (!caller.roles) return 'unauthenticated';
      return caller.roles.length > 0 ? 'allowed' : 'forbidden';
    case 'secret':
      return caller.secrets?.[access.secret.kind] ? 'allowed' : 'wrong-secret';
    default:
      return 'allowed';
  }
}

const SECRET_REFUSALS = new Set([400, 401, 403, 404, 410, 429]);

/** Why `status` breaks `expectation`, or `undefined`. A 5xx is always wrong. */
export function statusProblem(
  expectation: Expectation,
  status: number,
  access: Access,
): string | undefined {
  if (status >= 500) return `answered ${status}`;
  switch (expectation) {
    case 'unauthenticated':
      return status === 401 ? undefined : `expected 401 without a session, got ${status}`;
    case 'forbidden':
      return status === 403 ? undefined : `expected 403 without the role, got ${status}`;
    case 'wrong-secret': {
      const opensNew = access.kind === 'secret' && access.secret.opensNew;
      if (SECRET_REFUSALS.has(status) || (opensNew && status < 300)) return undefined;
      return `expected a refusal of the wrong secret (404/403/401), got ${status}`;
    }
    default:
      return status === 401 || status === 403
        ? `refused (${status}) a caller the route admits`
        : undefined;
  }
}
