import { isIP } from 'node:net';
import { isPublicAddress } from './public-address.js';

/**
 * The push services of the browsers in use: Chrome, Edge's Chromium builds on Android, Opera,
 * Samsung Internet and Brave (Firebase Cloud Messaging), Firefox (Mozilla autopush), Safari on
 * macOS and iOS (Apple), Edge on Windows (WNS). `*.` matches any subdomain.
 */
export const BROWSER_PUSH_SERVICES: readonly string[] = [
  'fcm.googleapis.com',
  'android.googleapis.com',
  'updates.push.services.mozilla.com',
  '*.push.apple.com',
  '*.notify.windows.com',
];

/** Which push endpoints a town accepts and sends to. */
export interface PushServicePolicy {
  /**
   * Hosts beyond the browsers' push services, e.g. a push service the town runs itself:
   * `push.example.org`, or `*.example.org` for its subdomains.
   */
  extraHosts?: readonly string[];
  /**
   * Accept loopback and private addresses. Only for a push service on this machine in tests;
   * a town never needs it.
   */
  allowPrivateAddresses?: boolean;
  /** Accept http:// endpoints (local benchmarks only; browsers always give https). */
  allowInsecure?: boolean;
}

/** Why an endpoint is refused, for the field error (resident) and the delivery log (staff). */
export type EndpointRefusal = 'not_https' | 'unknown_push_service' | 'non_public_address';

function hostMatches(host: string, pattern: string): boolean {
  const p = pattern.trim().toLowerCase();
  if (p.startsWith('*.')) return host.endsWith(p.slice(1));
  return host === p;
}

/**
 * Checks an endpoint's scheme and host before it is stored or used. The address behind a
 * name is checked again when connecting (publicAddressLookup), where it cannot change.
 */
export function refuseEndpoint(url: URL, policy: PushServicePolicy = {}): EndpointRefusal | null {
  const insecureOk = policy.allowInsecure === true && url.protocol === 'http:';
  if (url.protocol !== 'https:' && !insecureOk) return 'not_https';
  if (url.username || url.password) return 'unknown_push_service';
  const host = url.hostname.replace(/^\[|\]$/g, '').toLowerCase();
  if (isIP(host) && !policy.allowPrivateAddresses && !isPublicAddress(host))
    return 'non_public_address';
  const allowed = [...BROWSER_PUSH_SERVICES, ...(policy.extraHosts ?? [])];
  if (!allowed.some((pattern) => hostMatches(host, pattern))) return 'unknown_push_service';
  return null;
}

/** Reads `CITY_APP_PUSH_SERVICES`: extra push-service hosts, separated by commas or spaces. */
export function extraPushServicesFromEnv(env: Record<string, string | undefined>): string[] {
  return (env.CITY_APP_PUSH_SERVICES ?? '')
    .split(/[\s,]+/)
    .map((h) => h.trim().toLowerCase())
    .filter(Boolean);
}
