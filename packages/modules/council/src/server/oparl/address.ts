import { isIP } from 'node:net';
import { isPublicAddress } from '@city-app/notify';
import { isLoopbackHost } from '../../address/loopback.js';
import { oparlError } from '../../errors/oparl.js';

const reasons = {
  scheme: {
    de: 'nur https, http nur auf demselben Rechner',
    en: 'https only, http only on the same machine',
  },
  internal: {
    de: 'Adresse im internen Netz, nicht erlaubt',
    en: 'address on an internal network, not allowed',
  },
};

/** Where an address may be fetched from: `loopback` ones skip the public-network guard. */
export interface CheckedAddress {
  url: URL;
  loopback: boolean;
}

/**
 * Every address the sync follows (the System's, and each `next` and list link a server sends)
 * must be https, or http on this machine; an internal address written as a number is refused
 * before any connection, a name that resolves to one is refused as it connects.
 */
export function checkAddress(text: string): CheckedAddress {
  const url = URL.canParse(text) ? new URL(text) : undefined;
  const refused = (reason: { de: string; en: string }) =>
    oparlError('council_oparl_address_refused', { url: text.slice(0, 200), reason });
  if (!url) throw refused(reasons.scheme);
  const loopback = isLoopbackHost(url.hostname);
  if (url.protocol !== 'https:' && !(url.protocol === 'http:' && loopback)) {
    throw refused(reasons.scheme);
  }
  const host = url.hostname.replace(/^\[|\]$/g, '');
  if (!loopback && isIP(host) && !isPublicAddress(host)) throw refused(reasons.internal);
  return { url, loopback };
}
