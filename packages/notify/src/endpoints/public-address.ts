import { lookup as dnsLookup, type LookupAddress } from 'node:dns';
import type { LookupFunction } from 'node:net';
import ipaddr from 'ipaddr.js';

/**
 * Whether `address` is an ordinary public unicast address. Everything else is refused as a
 * push target: loopback, private (RFC 1918), link-local, CGNAT, multicast, unique-local,
 * IPv4-mapped and NAT64/6to4/Teredo IPv6 (which can carry a private IPv4 address), and the
 * reserved and documentation ranges. The ranges are ipaddr.js's, the library behind
 * Express's proxy-addr.
 */
export function isPublicAddress(address: string): boolean {
  if (!ipaddr.isValid(address)) return false;
  return ipaddr.parse(address).range() === 'unicast';
}

/** The error a connection fails with when a name resolves to an address that is not public. */
export class NonPublicAddressError extends Error {
  readonly code = 'ENONPUBLIC';
  constructor(readonly host: string) {
    super(`${host} resolves to an address that is not public`);
  }
}

/**
 * A `lookup` for `net.connect`/`tls.connect` that resolves as usual and fails when any address
 * is not public. The socket connects to exactly the address checked here, so a DNS answer
 * that changes between the check at subscription time and the connection (DNS rebinding)
 * gains nothing.
 */
export const publicAddressLookup: LookupFunction = (hostname, options, callback) => {
  dnsLookup(hostname, { ...options, all: true }, (error, addresses: LookupAddress[]) => {
    if (error) return callback(error, '', 0);
    const refused = addresses.length === 0 || addresses.some((a) => !isPublicAddress(a.address));
    if (refused) return callback(new NonPublicAddressError(hostname), '', 0);
    if (options.all) return (callback as unknown as AllCallback)(null, addresses);
    const first = addresses[0] as LookupAddress;
    callback(null, first.address, first.family);
  });
};

type AllCallback = (error: NodeJS.ErrnoException | null, addresses: LookupAddress[]) => void;
