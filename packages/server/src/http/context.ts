import type { IncomingMessage } from 'node:http';
import { cityError } from '@city-app/core';
import type { Context } from 'hono';
import type { StaffSession } from '../auth/sessions.js';
import type { CityEnv } from '../module.js';
import {
  lastForwarded,
  type ProxyTrust,
  parseProxyTrust,
  peerIsTrusted,
  resolveClientAddress,
} from './proxy-trust.js';

/** The kernel's own request variables, beside those every module sees (`CityEnv`). */
export interface KernelEnv {
  Variables: CityEnv['Variables'] & { session: StaffSession | null };
  Bindings: { incoming?: IncomingMessage };
}

export interface RequestSettings {
  /** Which reverse proxies' X-Forwarded-* headers count (CITY_APP_TRUST_PROXY). */
  proxy: ProxyTrust;
  /** The origin residents and staff use, e.g. `https://app.hagenow.de` (CITY_APP_PUBLIC_URL). */
  publicOrigin?: string;
}

/** Reads CITY_APP_TRUST_PROXY and CITY_APP_PUBLIC_URL; throws on values that make no sense. */
export function requestSettingsFromEnv(env: Record<string, string | undefined>): RequestSettings {
  const proxy = parseProxyTrust(env.CITY_APP_TRUST_PROXY);
  const raw = env.CITY_APP_PUBLIC_URL?.trim();
  if (!raw) return { proxy };
  let url: URL | undefined;
  try {
    url = new URL(raw);
  } catch {
    url = undefined;
  }
  if (!url || (url.protocol !== 'https:' && url.protocol !== 'http:')) {
    throw cityError('invalid_public_url', { value: raw }, { field: 'CITY_APP_PUBLIC_URL' });
  }
  return { proxy, publicOrigin: url.origin };
}

function peerAddress(c: Context): string | undefined {
  const incoming = (c.env as KernelEnv['Bindings'] | undefined)?.incoming;
  return incoming?.socket?.remoteAddress;
}

/** Forwarded headers count only when the direct peer is a proxy the operator trusts. */
function fromTrustedProxy(c: Context, settings: RequestSettings): boolean {
  return peerIsTrusted(settings.proxy, peerAddress(c));
}

/** Whether the browser spoke HTTPS (directly or to a trusted reverse proxy). */
export function isHttps(c: Context, settings: RequestSettings): boolean {
  if (settings.publicOrigin) return settings.publicOrigin.startsWith('https:');
  if (fromTrustedProxy(c, settings)) {
    const proto = lastForwarded(c.req.header('x-forwarded-proto'));
    if (proto) return proto === 'https';
  }
  return c.req.url.startsWith('https:');
}

/**
 * The origin this request is meant for: the configured public origin, else what the
 * (trusted) proxy or the Host header says.
 */
export function expectedOrigin(c: Context, settings: RequestSettings): string {
  if (settings.publicOrigin) return settings.publicOrigin;
  const url = new URL(c.req.url);
  const proxied = fromTrustedProxy(c, settings);
  const host =
    (proxied ? lastForwarded(c.req.header('x-forwarded-host')) : undefined) ??
    c.req.header('host') ??
    url.host;
  const scheme = isHttps(c, settings) ? 'https' : url.protocol.replace(':', '');
  try {
    return new URL(`${scheme}://${host}`).origin;
  } catch {
    return url.origin;
  }
}

/** The client's address, for the login limits. */
export function clientIp(c: Context, settings: RequestSettings): string {
  return resolveClientAddress(settings.proxy, peerAddress(c), c.req.header('x-forwarded-for'));
}
