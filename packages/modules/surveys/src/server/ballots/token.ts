import { createHash, randomBytes } from 'node:crypto';

/** How long a binding vote's link works (never past the survey's close). */
export const CONFIRM_HOURS = 72;

/** Only the hash is kept: whoever reads the database cannot confirm with it. */
export const tokenHash = (token: string) => createHash('sha256').update(token).digest('hex');

/** A new confirmation token (32 random bytes, base64url: 43 characters) and its hash. */
export function newToken(): { token: string; hash: string } {
  const token = randomBytes(32).toString('base64url');
  return { token, hash: tokenHash(token) };
}
