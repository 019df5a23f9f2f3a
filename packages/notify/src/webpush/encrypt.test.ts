import { createECDH, randomBytes } from 'node:crypto';
import ece from 'http_ece';
import { describe, expect, it } from 'vitest';
import { encryptPayload } from './encrypt.js';

const b64 = (s: string) => Buffer.from(s, 'base64url');

// RFC 8291, Appendix A.
const vector = {
  plaintext: 'V2hlbiBJIGdyb3cgdXAsIEkgd2FudCB0byBiZSBhIHdhdGVybWVsb24',
  asPrivate: 'yfWPiYE-n46HLnH0KqZOF1fJJU3MYrct3AELtAQ-oRw',
  uaPublic:
    'BCVxsr7N_eNgVRqvHtD0zTZsEc6-VV-JvLexhqUzORcxaOzi6-AYWXvTBHm4bjyPjs7Vd8pZGH6SRpkNtoIAiw4',
  uaPrivate: 'q1dXpw3UpT5VOmu_cf_v6ih07Aems3njxI-JWgLcM94',
  salt: 'DGv6ra1nlYgDCS1FRnbzlw',
  auth: 'BTBZMqHH6r4Tts7J_aSIgg',
  body: 'DGv6ra1nlYgDCS1FRnbzlwAAEABBBP4z9KsN6nGRTbVYI_c7VJSPQTBtkgcy27mlmlMoZIIgDll6e3vCYLocInmYWAmS6TlzAC8wEqKK6PBru3jl7A_yl95bQpu6cVPTpK4Mqgkf1CXztLVBSt2Ks3oZwbuwXPXLWyouBWLVWGNWQexSgSxsj_Qulcy4a-fN',
};

function userAgent() {
  const ua = createECDH('prime256v1');
  ua.generateKeys();
  const auth = randomBytes(16);
  return {
    ua,
    keys: { p256dh: ua.getPublicKey().toString('base64url'), auth: auth.toString('base64url') },
  };
}

describe('encryptPayload (RFC 8291)', () => {
  it('reproduces the RFC 8291 Appendix A message byte for byte', () => {
    const body = encryptPayload(
      b64(vector.plaintext),
      { p256dh: vector.uaPublic, auth: vector.auth },
      { salt: b64(vector.salt), serverPrivateKey: b64(vector.asPrivate) },
    );
    expect(body.toString('base64url')).toBe(vector.body);
  });

  it('produces what an independent implementation (http_ece) decrypts', () => {
    const { ua, keys } = userAgent();
    const text = 'Baustelle in der Lange Straße: Vollsperrung ab Montag 7 Uhr.';
    const body = encryptPayload(text, keys);
    const plain = ece.decrypt(body, {
      version: 'aes128gcm',
      privateKey: ua,
      authSecret: keys.auth,
    });
    expect(plain.toString('utf8')).toBe(text);
  });

  it('uses a fresh salt and server key for every message', () => {
    const { keys } = userAgent();
    const a = encryptPayload('same', keys);
    const b = encryptPayload('same', keys);
    expect(a.subarray(0, 16)).not.toEqual(b.subarray(0, 16));
    expect(a.subarray(21, 86)).not.toEqual(b.subarray(21, 86));
  });

  it('never hands out a salt twice, across refills of the salt pool', () => {
    const { ua, keys } = userAgent();
    const salts = new Set<string>();
    // 1,500 messages draw 24,000 bytes: the 8 KiB pool is refilled twice on the way.
    let last: Buffer = Buffer.alloc(0);
    for (let i = 0; i < 1500; i++) {
      last = encryptPayload(`Nachricht ${i}`, keys);
      salts.add(last.subarray(0, 16).toString('hex'));
    }
    expect(salts.size).toBe(1500);
    // The salt in the header is the one the keys were derived from.
    const plain = ece.decrypt(last, {
      version: 'aes128gcm',
      privateKey: ua,
      authSecret: keys.auth,
    });
    expect(plain.toString('utf8')).toBe('Nachricht 1499');
  });

  it('accepts 3,993 bytes of plaintext and refuses 3,994 with a clear error', () => {
    const { ua, keys } = userAgent();
    const body = encryptPayload(Buffer.alloc(3993, 0x61), keys);
    // The record fits the 4,096-byte record size exactly: header 86 + ciphertext 3,994 + tag 16.
    expect(body.length).toBe(86 + 3994 + 16);
    expect(
      ece.decrypt(body, { version: 'aes128gcm', privateKey: ua, authSecret: keys.auth }).length,
    ).toBe(3993);
    expect(() => encryptPayload(Buffer.alloc(3994, 0x61), keys)).toThrow(
      expect.objectContaining({
        code: 'push_payload_too_large',
        message: expect.stringMatching(/3994 bytes.*3993/),
      }),
    );
  });

  it('names the key that is malformed', () => {
    const { keys } = userAgent();
    expect(() => encryptPayload('x', { ...keys, auth: 'abc' })).toThrow(
      expect.objectContaining({ field: 'keys.auth' }),
    );
    expect(() => encryptPayload('x', { ...keys, p256dh: keys.auth })).toThrow(
      expect.objectContaining({ field: 'keys.p256dh' }),
    );
  });
});
