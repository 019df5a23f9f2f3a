import { randomBytes, scrypt, timingSafeEqual } from 'node:crypto';

/** Shortest password a staff member may choose; shared with the web screens' hints. */
export { MIN_PASSWORD_LENGTH } from '@city-app/core';

// scrypt cost N=2^15, r=8, p=1 (OWASP's recommendation); stored with the hash so it can grow.
const COST = { N: 2 ** 15, r: 8, p: 1 };
const KEY_LENGTH = 32;

function derive(
  password: string,
  salt: Buffer,
  cost: typeof COST,
  length: number,
): Promise<Buffer> {
  return new Promise((resolve, reject) =>
    scrypt(
      password.normalize('NFC'),
      salt,
      length,
      { ...cost, maxmem: 256 * cost.N * cost.r },
      (error, key) => (error ? reject(error) : resolve(key)),
    ),
  );
}

/** `scrypt$N$r$p$salt$hash` with a random per-user salt (base64url). */
export async function hashPassword(password: string): Promise<string> {
  const salt = randomBytes(16);
  const key = await derive(password, salt, COST, KEY_LENGTH);
  return [
    'scrypt',
    COST.N,
    COST.r,
    COST.p,
    salt.toString('base64url'),
    key.toString('base64url'),
  ].join('$');
}

/** True when `password` matches `stored`; compares in constant time. */
export async function verifyPassword(password: string, stored: string): Promise<boolean> {
  const [scheme, n, r, p, salt, hash] = stored.split('$');
  if (scheme !== 'scrypt' || !salt || !hash) return false;
  const cost = { N: Number(n), r: Number(r), p: Number(p) };
  if (![cost.N, cost.r, cost.p].every((v) => Number.isInteger(v) && v > 0)) return false;
  const expected = Buffer.from(hash, 'base64url');
  const actual = await derive(password, Buffer.from(salt, 'base64url'), cost, expected.length);
  return expected.length > 0 && timingSafeEqual(actual, expected);
}

/** A hash no password matches: for accounts that log in by other means (tests). */
export const UNUSABLE_PASSWORD_HASH = 'none';

/** A random password that is easy to type from a log line: 4 groups of 5 characters. */
export function generatePassword(): string {
  const alphabet = 'abcdefghijkmnpqrstuvwxyzABCDEFGHJKLMNPQRSTUVWXYZ23456789';
  const bytes = randomBytes(20);
  let out = '';
  for (let i = 0; i < 20; i++) {
    // 256 % 56 leaves a bias below 1 %, harmless for a one-time password of 116 bits.
    out += alphabet[(bytes[i] ?? 0) % alphabet.length];
    if (i % 5 === 4 && i < 19) out += '-';
  }
  return out;
}
