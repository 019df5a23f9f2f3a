/**
 * RFC 8292 VAPID: an ES256-signed JWT per push-service origin, sent as
 * `Authorization: vapid t=<jwt>, k=<public key>`. The signing key is parsed once; each
 * origin's token is reused until it is half-way through its life.
 */

import {
  createECDH,
  createPrivateKey,
  generateKeyPairSync,
  type KeyObject,
  sign,
} from 'node:crypto';
import { cityError } from '@city-app/core';

export interface VapidKeys {
  /** Uncompressed P-256 public key, base64url (65 bytes) — what browsers get as `applicationServerKey`. */
  publicKey: string;
  /** The private scalar d, base64url (32 bytes). */
  privateKey: string;
  /** Who the push service can contact: `mailto:…` or `https://…`. */
  subject: string;
}

export interface Vapid {
  readonly publicKey: string;
  /** The Authorization header value for a push to `endpoint`. */
  authorization(endpoint: string | URL): string;
}

/** Lifetime of a token; RFC 8292 allows at most 24 hours. */
const TOKEN_LIFETIME_S = 12 * 60 * 60;
/** Renew when less than this remains, so a token never expires in flight. */
const RENEW_BEFORE_S = 6 * 60 * 60;

/** A fresh VAPID key pair (for embedded mode's first start, or `city-app` to print one). */
export function generateVapidKeys(subject: string): VapidKeys {
  const { privateKey } = generateKeyPairSync('ec', { namedCurve: 'P-256' });
  const jwk = privateKey.export({ format: 'jwk' });
  const pub = Buffer.concat([
    Buffer.from([4]),
    Buffer.from(jwk.x as string, 'base64url'),
    Buffer.from(jwk.y as string, 'base64url'),
  ]);
  return { publicKey: pub.toString('base64url'), privateKey: jwk.d as string, subject };
}

/** Reads `CITY_APP_VAPID_PUBLIC_KEY`, `CITY_APP_VAPID_PRIVATE_KEY`, `CITY_APP_VAPID_SUBJECT`; undefined when none is set. */
export function vapidKeysFromEnv(env: Record<string, string | undefined>): VapidKeys | undefined {
  const publicKey = env.CITY_APP_VAPID_PUBLIC_KEY;
  const privateKey = env.CITY_APP_VAPID_PRIVATE_KEY;
  const subject = env.CITY_APP_VAPID_SUBJECT;
  if (!publicKey && !privateKey && !subject) return undefined;
  for (const [name, value] of Object.entries({
    CITY_APP_VAPID_PUBLIC_KEY: publicKey,
    CITY_APP_VAPID_PRIVATE_KEY: privateKey,
    CITY_APP_VAPID_SUBJECT: subject,
  })) {
    if (!value) {
      throw cityError('vapid_incomplete', { name }, { field: name });
    }
  }
  return {
    publicKey: publicKey as string,
    privateKey: privateKey as string,
    subject: subject as string,
  };
}

function parseKeys(keys: VapidKeys): KeyObject {
  if (!/^(mailto:.+@.+|https:\/\/.+)$/.test(keys.subject ?? '')) {
    throw cityError('vapid_bad_subject', { subject: keys.subject }, { field: 'vapid.subject' });
  }
  const pub = Buffer.from(keys.publicKey ?? '', 'base64url');
  if (pub.length !== 65 || pub[0] !== 4) {
    throw cityError('vapid_bad_public_key', {}, { field: 'vapid.publicKey' });
  }
  const d = Buffer.from(keys.privateKey ?? '', 'base64url');
  if (d.length !== 32) {
    throw cityError('vapid_bad_private_key', {}, { field: 'vapid.privateKey' });
  }
  // The public key must belong to the private key, or every push would be refused.
  let derived: Buffer;
  try {
    const ecdh = createECDH('prime256v1');
    ecdh.setPrivateKey(d);
    derived = ecdh.getPublicKey();
  } catch {
    throw cityError('vapid_private_key_invalid', {}, { field: 'vapid.privateKey' });
  }
  if (!derived.equals(pub)) {
    throw cityError('vapid_keys_mismatch', {}, { field: 'vapid.publicKey' });
  }
  const jwk = {
    kty: 'EC',
    crv: 'P-256',
    x: pub.subarray(1, 33).toString('base64url'),
    y: pub.subarray(33).toString('base64url'),
    d: d.toString('base64url'),
  };
  return createPrivateKey({ key: jwk, format: 'jwk' });
}

const HEADER = Buffer.from(JSON.stringify({ typ: 'JWT', alg: 'ES256' })).toString('base64url');

export function createVapid(keys: VapidKeys, now: () => Date = () => new Date()): Vapid {
  const key = parseKeys(keys);
  const cache = new Map<string, { value: string; renewAt: number }>();
  return {
    publicKey: keys.publicKey,
    authorization(endpoint) {
      const origin = (typeof endpoint === 'string' ? new URL(endpoint) : endpoint).origin;
      const nowS = Math.floor(now().getTime() / 1000);
      const hit = cache.get(origin);
      if (hit && nowS < hit.renewAt) return hit.value;
      const exp = nowS + TOKEN_LIFETIME_S;
      const claims = Buffer.from(JSON.stringify({ aud: origin, exp, sub: keys.subject })).toString(
        'base64url',
      );
      const input = `${HEADER}.${claims}`;
      const signature = sign('sha256', Buffer.from(input), { key, dsaEncoding: 'ieee-p1363' });
      const value = `vapid t=${input}.${signature.toString('base64url')}, k=${keys.publicKey}`;
      cache.set(origin, { value, renewAt: exp - RENEW_BEFORE_S });
      return value;
    },
  };
}
