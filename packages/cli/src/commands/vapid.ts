import { createECDH, generateKeyPairSync, type KeyObject } from 'node:crypto';
import type { Locale } from '@city-app/core';
import type { CommandContext } from '../context.js';
import { speakLanguageHere } from '../project/town-language.js';

export interface VapidKeys {
  /** Uncompressed P-256 point (65 bytes, starting 0x04), base64url: the browser's applicationServerKey. */
  publicKey: string;
  /** The private scalar d (32 bytes), base64url. */
  privateKey: string;
}

/** A new VAPID key pair (RFC 8292): ECDSA on P-256, in the encoding Web Push libraries use. */
export function generateVapidKeys(): VapidKeys {
  const { publicKey, privateKey } = generateKeyPairSync('ec', { namedCurve: 'P-256' });
  return encodeVapidKeys(publicKey, privateKey);
}

function encodeVapidKeys(publicKey: KeyObject, privateKey: KeyObject): VapidKeys {
  const jwk = privateKey.export({ format: 'jwk' });
  const pub = publicKey.export({ format: 'jwk' });
  const x = Buffer.from(pub.x as string, 'base64url');
  const y = Buffer.from(pub.y as string, 'base64url');
  return {
    publicKey: Buffer.concat([Buffer.from([4]), x, y]).toString('base64url'),
    privateKey: Buffer.from(jwk.d as string, 'base64url').toString('base64url'),
  };
}

const VAPID_WORDS = {
  de: {
    heading: '# Web-Push-Schlüssel (VAPID) dieser Stadt. Halten Sie den privaten Schlüssel geheim.',
    setAll:
      '# Setzen Sie alle drei; über den Betreff (mailto: oder https:) erreichen Push-Dienste die Stadt.',
  },
  en: {
    heading: '# Web Push (VAPID) keys for this town. Keep the private key secret.',
    setAll: '# Set all three; the subject is how push services reach the town (mailto: or https:).',
  },
} as const satisfies Record<Locale, unknown>;

const VAPID_PROBLEMS = {
  de: {
    publicKey:
      'Der öffentliche Schlüssel muss ein unkomprimierter P-256-Punkt aus 65 Byte in base64url sein (beginnt mit „B“).',
    privateKey: 'Der private Schlüssel muss 32 Byte in base64url lang sein.',
    notAPair: 'Der öffentliche Schlüssel gehört nicht zum privaten.',
    invalid: 'Der private Schlüssel ist kein gültiger P-256-Schlüssel.',
  },
  en: {
    publicKey:
      'the public key must be a 65-byte uncompressed P-256 point in base64url (starting with "B").',
    privateKey: 'the private key must be 32 bytes in base64url.',
    notAPair: 'the public key does not belong to the private key.',
    invalid: 'the private key is not a valid P-256 key.',
  },
} as const satisfies Record<Locale, unknown>;

/**
 * Checks a VAPID key pair: both decode, have the right lengths, and the public key is the
 * one that belongs to the private key. Returns what is wrong, in `locale`, or nothing.
 */
export function checkVapidKeys(
  publicKey: string,
  privateKey: string,
  locale: Locale = 'en',
): string | undefined {
  const say = VAPID_PROBLEMS[locale];
  const pub = Buffer.from(publicKey, 'base64url');
  const d = Buffer.from(privateKey, 'base64url');
  if (pub.length !== 65 || pub[0] !== 4) return say.publicKey;
  if (d.length !== 32) return say.privateKey;
  try {
    // The public key that belongs to d, computed; it must be the one given.
    const ecdh = createECDH('prime256v1');
    ecdh.setPrivateKey(d);
    if (!ecdh.getPublicKey().equals(pub)) return say.notAPair;
  } catch {
    return say.invalid;
  }
  return undefined;
}

/**
 * `city-app vapid`: prints a new key pair, ready for the environment file; its comments in
 * the town's language inside a town project, else in English.
 */
export async function vapidCommand(ctx: CommandContext): Promise<VapidKeys> {
  const keys = generateVapidKeys();
  const say = VAPID_WORDS[await speakLanguageHere(ctx)];
  if (!ctx.json) {
    ctx.log(say.heading);
    ctx.log(say.setAll);
    ctx.log(`CITY_APP_VAPID_PUBLIC_KEY=${keys.publicKey}`);
    ctx.log(`CITY_APP_VAPID_PRIVATE_KEY=${keys.privateKey}`);
    ctx.log('CITY_APP_VAPID_SUBJECT=mailto:');
  }
  return keys;
}
