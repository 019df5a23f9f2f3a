import { createSign, createVerify } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { answersFor, makeProject, runCli } from '../test-support.js';
import { checkVapidKeys, generateVapidKeys } from './vapid.js';

describe('city-app vapid', () => {
  it('prints a P-256 key pair in the Web Push encoding', async () => {
    const run = await runCli(['vapid', '--json'], '/');
    expect(run.code).toBe(0);
    const { publicKey, privateKey } = run.json();
    const pub = Buffer.from(publicKey, 'base64url');
    expect(pub).toHaveLength(65);
    expect(pub[0]).toBe(4);
    expect(Buffer.from(privateKey, 'base64url')).toHaveLength(32);
    expect(checkVapidKeys(publicKey, privateKey)).toBeUndefined();
    const human = await runCli(['vapid'], '/');
    // The names the server reads.
    expect(human.stdout).toMatch(/^CITY_APP_VAPID_PUBLIC_KEY=B[\w-]{86}$/m);
    expect(human.stdout).toMatch(/^CITY_APP_VAPID_PRIVATE_KEY=[\w-]{43}$/m);
    expect(human.stdout).toMatch(/^CITY_APP_VAPID_SUBJECT=mailto:$/m);
    // Outside a town project no town's language is known.
    expect(human.stdout).toContain('# Web Push (VAPID) keys for this town.');
  });

  it("comments the keys in the town's language inside a town project", async () => {
    const town = await makeProject();
    const answers = answersFor('Boizenburg/Elbe');
    const english = await makeProject({ ...answers, city: { ...answers.city, locales: ['en'] } });
    try {
      const german = await runCli(['vapid'], town.root);
      expect(german.stdout).toContain(
        '# Web-Push-Schlüssel (VAPID) dieser Stadt. Halten Sie den privaten Schlüssel geheim.',
      );
      expect(german.stdout).toMatch(/^CITY_APP_VAPID_PUBLIC_KEY=B[\w-]{86}$/m);
      expect((await runCli(['vapid'], english.root)).stdout).toContain(
        '# Web Push (VAPID) keys for this town. Keep the private key secret.',
      );
    } finally {
      await town.cleanup();
      await english.cleanup();
    }
  });

  it('makes keys that sign and verify (ES256), and each run a new pair', async () => {
    const keys = generateVapidKeys();
    expect(generateVapidKeys().privateKey).not.toBe(keys.privateKey);
    const pub = Buffer.from(keys.publicKey, 'base64url');
    const jwk = {
      kty: 'EC',
      crv: 'P-256',
      x: pub.subarray(1, 33).toString('base64url'),
      y: pub.subarray(33).toString('base64url'),
    };
    const signature = createSign('SHA256')
      .update('claims')
      .sign({ key: { ...jwk, d: keys.privateKey }, format: 'jwk' });
    expect(
      createVerify('SHA256').update('claims').verify({ key: jwk, format: 'jwk' }, signature),
    ).toBe(true);
  });

  it('finds keys that do not belong together or are malformed', () => {
    const a = generateVapidKeys();
    const b = generateVapidKeys();
    expect(checkVapidKeys(a.publicKey, b.privateKey)).toMatch(/does not belong/);
    expect(checkVapidKeys('abc', a.privateKey)).toMatch(/65-byte/);
    expect(checkVapidKeys(a.publicKey, 'abc')).toMatch(/32 bytes/);
    expect(checkVapidKeys(a.publicKey, b.privateKey, 'de')).toBe(
      'Der öffentliche Schlüssel gehört nicht zum privaten.',
    );
  });
});
