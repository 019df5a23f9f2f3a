import { createPublicKey, verify } from 'node:crypto';
import type { CityAppError } from '@city-app/core';
import { describe, expect, it } from 'vitest';
import { createVapid, generateVapidKeys, vapidKeysFromEnv } from './vapid.js';

function decode(header: string) {
  const m = /^vapid t=([^,]+), k=(.+)$/.exec(header);
  if (!m) throw new Error(`not a vapid header: ${header}`);
  const [h, c, s] = (m[1] as string).split('.') as [string, string, string];
  return {
    token: m[1] as string,
    k: m[2] as string,
    header: JSON.parse(Buffer.from(h, 'base64url').toString()),
    claims: JSON.parse(Buffer.from(c, 'base64url').toString()),
    signed: `${h}.${c}`,
    signature: Buffer.from(s, 'base64url'),
  };
}

describe('VAPID (RFC 8292)', () => {
  const keys = generateVapidKeys('mailto:rathaus@musterstadt.example');

  it('signs an ES256 JWT for the push service origin that the public key verifies', () => {
    let t = new Date('2026-03-29T00:00:00Z');
    const vapid = createVapid(keys, () => t);
    const jwt = decode(vapid.authorization('https://push.example.net/wpush/v2/abc?x=1'));
    expect(jwt.header).toEqual({ typ: 'JWT', alg: 'ES256' });
    expect(jwt.claims.aud).toBe('https://push.example.net');
    expect(jwt.claims.sub).toBe('mailto:rathaus@musterstadt.example');
    expect(jwt.claims.exp - t.getTime() / 1000).toBeGreaterThan(0);
    expect(jwt.claims.exp - t.getTime() / 1000).toBeLessThanOrEqual(24 * 3600);
    expect(jwt.k).toBe(keys.publicKey);
    const raw = Buffer.from(keys.publicKey, 'base64url');
    const pub = createPublicKey({
      key: {
        kty: 'EC',
        crv: 'P-256',
        x: raw.subarray(1, 33).toString('base64url'),
        y: raw.subarray(33).toString('base64url'),
      },
      format: 'jwk',
    });
    expect(
      verify(
        'sha256',
        Buffer.from(jwt.signed),
        { key: pub, dsaEncoding: 'ieee-p1363' },
        jwt.signature,
      ),
    ).toBe(true);
    t = new Date(t.getTime() + 1000);
  });

  it('reuses the token per origin and renews it well before it expires', () => {
    let t = new Date('2026-03-29T00:00:00Z');
    const vapid = createVapid(keys, () => t);
    const a = vapid.authorization('https://push.example.net/a');
    expect(vapid.authorization('https://push.example.net/b')).toBe(a);
    const other = vapid.authorization('https://updates.push.example.org/c');
    expect(decode(other).claims.aud).toBe('https://updates.push.example.org');
    t = new Date(t.getTime() + 5 * 3600_000);
    expect(vapid.authorization('https://push.example.net/a')).toBe(a);
    t = new Date(t.getTime() + 2 * 3600_000);
    const renewed = vapid.authorization('https://push.example.net/a');
    expect(renewed).not.toBe(a);
    // The old token still had hours left when it was replaced.
    expect(decode(a).claims.exp - t.getTime() / 1000).toBeGreaterThan(3600);
  });

  it('refuses a bad subject, a malformed key and keys of different pairs, naming the field', () => {
    const other = generateVapidKeys('https://musterstadt.example');
    expect(() => createVapid({ ...keys, subject: 'rathaus@musterstadt.example' })).toThrow(
      expect.objectContaining({ field: 'vapid.subject' }),
    );
    expect(() => createVapid({ ...keys, privateKey: 'abc' })).toThrow(
      expect.objectContaining({ field: 'vapid.privateKey' }),
    );
    expect(() => createVapid({ ...keys, publicKey: other.publicKey })).toThrow(
      expect.objectContaining({
        field: 'vapid.publicKey',
        message: expect.stringMatching(/does not belong/),
      }),
    );
    // The refusal is a catalogue entry, so a German reader gets it in German.
    const refusal = (() => {
      try {
        createVapid({ ...keys, publicKey: other.publicKey });
      } catch (error) {
        return error as CityAppError;
      }
    })();
    expect(refusal?.toJSON('de').message).toBe(
      'Der öffentliche VAPID-Schlüssel gehört nicht zum privaten.',
    );
  });

  it('reads all three environment variables or none', () => {
    expect(vapidKeysFromEnv({})).toBeUndefined();
    expect(
      vapidKeysFromEnv({
        CITY_APP_VAPID_PUBLIC_KEY: keys.publicKey,
        CITY_APP_VAPID_PRIVATE_KEY: keys.privateKey,
        CITY_APP_VAPID_SUBJECT: keys.subject,
      }),
    ).toEqual(keys);
    expect(() => vapidKeysFromEnv({ CITY_APP_VAPID_PUBLIC_KEY: keys.publicKey })).toThrow(
      expect.objectContaining({ field: 'CITY_APP_VAPID_PRIVATE_KEY' }),
    );
  });
});
