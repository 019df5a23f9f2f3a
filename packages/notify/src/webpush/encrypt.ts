/**
 * RFC 8291 message encryption for Web Push, content coding aes128gcm (RFC 8188), on
 * node:crypto alone. One record per message.
 */
import { createCipheriv, createECDH, createHmac, type ECDH, randomFillSync } from 'node:crypto';
import { MAX_PLAINTEXT_BYTES, notifyErrors } from '../errors.js';

/** The keys a browser hands out with its push subscription (`PushSubscription.toJSON().keys`). */
export interface SubscriptionKeys {
  /** The user agent's P-256 public key, uncompressed, base64url (65 bytes). */
  p256dh: string;
  /** The 16-byte authentication secret, base64url. */
  auth: string;
}

export interface EncryptOptions {
  /** Fixed salt (16 bytes); only for test vectors. Random by default. */
  salt?: Buffer;
  /** Fixed application-server key pair; only for test vectors. Fresh per message by default. */
  serverPrivateKey?: Buffer;
}

const RECORD_SIZE = 4096;
const KEY_INFO_PREFIX = Buffer.from('WebPush: info\0', 'latin1');
const CEK_INFO = Buffer.from('Content-Encoding: aes128gcm\0\x01', 'latin1');
const NONCE_INFO = Buffer.from('Content-Encoding: nonce\0\x01', 'latin1');
const ONE = Buffer.from([1]);
const LAST_RECORD_DELIMITER = 2;

let shared: ECDH | undefined;

// Salts come from a pooled CSPRNG buffer: one randomFillSync per 512 messages instead of
// one randomBytes call per message (which cost as much as the AES-GCM encryption). Every
// 16 bytes are handed out once and the whole buffer is refilled before any byte is reused.
const SALT_POOL_BYTES = 8192;
const saltPool = Buffer.allocUnsafe(SALT_POOL_BYTES);
let saltOffset = SALT_POOL_BYTES;

/** Copies 16 fresh random bytes into `target` at `at`. */
function drawSalt(target: Buffer, at: number): void {
  if (saltOffset + 16 > SALT_POOL_BYTES) {
    randomFillSync(saltPool);
    saltOffset = 0;
  }
  saltPool.copy(target, at, saltOffset, saltOffset + 16);
  saltOffset += 16;
}

function hmac(key: Buffer, ...data: Buffer[]): Buffer {
  const h = createHmac('sha256', key);
  for (const d of data) h.update(d);
  return h.digest();
}

/** Decodes and checks a subscription's keys; names the field that is wrong. */
export function decodeKeys(
  keys: SubscriptionKeys,
  prefix = '',
): { uaPublic: Buffer; authSecret: Buffer } {
  const uaPublic = Buffer.from(keys.p256dh ?? '', 'base64url');
  if (uaPublic.length !== 65 || uaPublic[0] !== 4) {
    throw notifyErrors.raise('push_key_p256dh_invalid', `${prefix}keys.p256dh`);
  }
  const authSecret = Buffer.from(keys.auth ?? '', 'base64url');
  if (authSecret.length !== 16) {
    throw notifyErrors.raise('push_key_auth_invalid', `${prefix}keys.auth`);
  }
  return { uaPublic, authSecret };
}

/**
 * Encrypts `plaintext` for one subscription. Returns the complete request body: the
 * aes128gcm header (salt, rs, keyid = the server's ephemeral public key) and one record.
 * Refuses more than 3,993 bytes of plaintext.
 */
export function encryptPayload(
  plaintext: Buffer | string,
  keys: SubscriptionKeys | { uaPublic: Buffer; authSecret: Buffer },
  options: EncryptOptions = {},
): Buffer {
  const data = typeof plaintext === 'string' ? Buffer.from(plaintext, 'utf8') : plaintext;
  if (data.length > MAX_PLAINTEXT_BYTES) throw notifyErrors.payloadTooLarge(data.length);
  const { uaPublic, authSecret } = 'uaPublic' in keys ? keys : decodeKeys(keys);

  // A fresh key pair per message (RFC 8291 §2). generateKeys() replaces the pair of the one
  // shared ECDH object, which saves constructing one per message; encryption is synchronous,
  // so no other message can interleave.
  // generateKeys() returns the new public key; asking for it again costs a conversion.
  let ecdh: ECDH;
  let asPublic: Buffer;
  if (options.serverPrivateKey) {
    ecdh = createECDH('prime256v1');
    ecdh.setPrivateKey(options.serverPrivateKey);
    asPublic = ecdh.getPublicKey();
  } else {
    shared ??= createECDH('prime256v1');
    ecdh = shared;
    asPublic = ecdh.generateKeys();
  }
  let ecdhSecret: Buffer;
  try {
    ecdhSecret = ecdh.computeSecret(uaPublic);
  } catch {
    throw notifyErrors.raise('push_key_p256dh_off_curve', 'keys.p256dh');
  }
  // The whole body at once: header (salt, rs, idlen, keyid), ciphertext with the padding
  // delimiter, tag. The salt is drawn straight into the header.
  const out = Buffer.allocUnsafe(86 + data.length + 1 + 16);
  if (options.salt) options.salt.copy(out, 0, 0, 16);
  else drawSalt(out, 0);
  const salt = out.subarray(0, 16);
  out.writeUInt32BE(RECORD_SIZE, 16);
  out[20] = 65;
  asPublic.copy(out, 21);

  // RFC 8291 §3.4: combine the ECDH secret with the auth secret, then RFC 8188 key and nonce.
  const prkKey = hmac(authSecret, ecdhSecret);
  const ikm = hmac(prkKey, KEY_INFO_PREFIX, uaPublic, asPublic, ONE);
  const prk = hmac(salt, ikm);
  const cek = hmac(prk, CEK_INFO).subarray(0, 16);
  const nonce = hmac(prk, NONCE_INFO).subarray(0, 12);

  // The plaintext and the delimiter 0x02 (last and only record, no further padding) are
  // put where their ciphertext goes and encrypted in one call: a second call cost more
  // than the copy.
  const record = out.subarray(86, 86 + data.length + 1);
  data.copy(record);
  record[data.length] = LAST_RECORD_DELIMITER;
  const cipher = createCipheriv('aes-128-gcm', cek, nonce);
  let at = 86 + cipher.update(record).copy(out, 86);
  at += cipher.final().copy(out, at);
  cipher.getAuthTag().copy(out, at);
  return out;
}
