import { BlockList, isIP } from 'node:net';
import { cityError } from '@city-app/core';

/**
 * Which reverse proxies the server believes. `none`: forwarded headers are ignored. `hops`:
 * this many proxies stand in front, each appending to X-Forwarded-For. `addresses`: only
 * peers inside these addresses or networks are proxies.
 */
export type ProxyTrust =
  | { kind: 'none' }
  | { kind: 'hops'; hops: number }
  | { kind: 'addresses'; list: BlockList; text: string };

const field = { field: 'CITY_APP_TRUST_PROXY' };

function family(address: string): 'ipv4' | 'ipv6' {
  return isIP(address) === 6 ? 'ipv6' : 'ipv4';
}

/**
 * Reads CITY_APP_TRUST_PROXY: unset/`false` trusts nobody; a number is a hop count (`true`
 * means one, as before); otherwise a comma list of addresses and CIDR networks.
 */
export function parseProxyTrust(raw: string | undefined): ProxyTrust {
  const value = raw?.trim() ?? '';
  if (!value || /^(0|false|no|off)$/i.test(value)) return { kind: 'none' };
  if (/^(true|yes|on)$/i.test(value)) return { kind: 'hops', hops: 1 };
  if (/^\d+$/.test(value)) {
    const hops = Number(value);
    if (hops > 10) throw cityError('invalid_trust_proxy_hops', { value }, field);
    return { kind: 'hops', hops };
  }
  const list = new BlockList();
  for (const entry of value.split(',').map((part) => part.trim())) {
    const [address = '', prefix, extra] = entry.split('/');
    if (!isIP(address) || extra !== undefined)
      throw cityError('invalid_trust_proxy_address', { value, entry }, field);
    if (prefix === undefined) {
      list.addAddress(address, family(address));
      continue;
    }
    const bits = Number(prefix);
    const max = family(address) === 'ipv6' ? 128 : 32;
    if (!/^\d+$/.test(prefix) || bits > max)
      throw cityError('invalid_trust_proxy_prefix', { value, entry }, field);
    list.addSubnet(address, bits, family(address));
  }
  return { kind: 'addresses', list, text: value };
}

function trusted(trust: ProxyTrust, address: string): boolean {
  if (trust.kind !== 'addresses' || !isIP(address)) return false;
  return trust.list.check(address, family(address));
}

/** The direct peer belongs to a proxy the operator named (any peer, with a hop count). */
export function peerIsTrusted(trust: ProxyTrust, peer: string | undefined): boolean {
  if (trust.kind === 'hops') return trust.hops > 0;
  return peer !== undefined && trusted(trust, peer);
}

/** `::ffff:192.0.2.1` and `192.0.2.1` are the same client. */
function plain(address: string): string {
  const trimmed = address.trim();
  return /^::ffff:\d+\.\d+\.\d+\.\d+$/i.test(trimmed) ? trimmed.slice(7) : trimmed;
}

/**
 * The client's address. X-Forwarded-For is read from the right, because only the entries
 * our own proxies appended are true; whatever a client wrote stands further left.
 */
export function resolveClientAddress(
  trust: ProxyTrust,
  peer: string | undefined,
  forwardedFor: string | undefined,
): string {
  const direct = peer ? plain(peer) : 'unknown';
  if (trust.kind === 'none' || !forwardedFor) return direct;
  const chain = [
    ...forwardedFor
      .split(',')
      .map(plain)
      .filter((part) => part !== ''),
    direct,
  ];
  if (trust.kind === 'hops') return chain[Math.max(0, chain.length - 1 - trust.hops)] ?? direct;
  for (let i = chain.length - 1; i > 0; i--) {
    if (!trusted(trust, chain[i] as string)) return chain[i] as string;
  }
  return chain[0] ?? direct;
}

/** The last value of a forwarded header (the one our nearest proxy set). */
export function lastForwarded(value: string | undefined): string | undefined {
  const last = value?.split(',').at(-1)?.trim();
  return last || undefined;
}
