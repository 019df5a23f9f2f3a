import type { IncomingMessage } from 'node:http';
import type { Context } from 'hono';
import type { StaffSession } from '../auth/sessions.js';
import type { CityEnv } from '../module.js';

/** The kernel's own request variables, beside those every module sees (`CityEnv`). */
export interface KernelEnv {
  Variables: CityEnv['Variables'] & { session: StaffSession | null };
  Bindings: { incoming?: IncomingMessage };
}

export interface RequestSettings {
  /** Take the client address from X-Forwarded-For (behind a reverse proxy). */
  trustProxy: boolean;
}

/** Whether the browser spoke HTTPS (directly or to the reverse proxy). */
export function isHttps(c: Context, settings: RequestSettings): boolean {
  if (settings.trustProxy) {
    const proto = c.req.header('x-forwarded-proto')?.split(',')[0]?.trim();
    if (proto) return proto === 'https';
  }
  return new URL(c.req.url).protocol === 'https:';
}

/** The client's address, for the login rate limit. */
export function clientIp(c: Context, settings: RequestSettings): string {
  if (settings.trustProxy) {
    const forwarded = c.req.header('x-forwarded-for')?.split(',')[0]?.trim();
    if (forwarded) return forwarded;
  }
  const incoming = (c.env as KernelEnv['Bindings'] | undefined)?.incoming;
  return incoming?.socket?.remoteAddress ?? 'unknown';
}
