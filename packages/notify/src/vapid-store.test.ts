import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { pgliteDatabase, type TestDatabase } from '../test/databases.js';
import { createVapid, generateVapidKeys, resolveVapidKeys } from './index.js';

describe('resolveVapidKeys', () => {
  let t: TestDatabase;
  beforeAll(async () => {
    t = await pgliteDatabase();
  });
  afterAll(async () => {
    await t?.close();
  });

  it('generates a pair at first start, stores it, and returns the same pair afterwards', async () => {
    const first = await resolveVapidKeys(t.db, {}, 'mailto:rathaus@musterstadt.example');
    const again = await resolveVapidKeys(t.db, {}, 'mailto:other@musterstadt.example');
    expect(again).toEqual(first);
    expect(first.subject).toBe('mailto:rathaus@musterstadt.example');
    expect(() => createVapid(first)).not.toThrow();
  });

  it('prefers the environment', async () => {
    const keys = generateVapidKeys('https://musterstadt.example');
    const env = {
      CITY_APP_VAPID_PUBLIC_KEY: keys.publicKey,
      CITY_APP_VAPID_PRIVATE_KEY: keys.privateKey,
      CITY_APP_VAPID_SUBJECT: keys.subject,
    };
    expect(await resolveVapidKeys(t.db, env, 'mailto:x@musterstadt.example')).toEqual(keys);
  });
});
