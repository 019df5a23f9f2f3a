import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { TEST_PUSH_SERVICES } from '../../test/fixtures.js';
import { type PushStub, startPushStub } from '../../test/push-stub.js';
import { createPushSender, parseRetryAfter } from './sender.js';
import { createVapid, generateVapidKeys } from './vapid.js';

describe('createPushSender against a push service that checks everything', () => {
  let stub: PushStub;
  beforeAll(async () => {
    stub = await startPushStub();
  });
  afterAll(async () => {
    await stub?.close();
  });

  it('delivers an encrypted, VAPID-signed message with TTL, Urgency and Topic', async () => {
    const vapid = createVapid(generateVapidKeys('mailto:rathaus@musterstadt.example'));
    const sender = createPushSender({ vapid, ca: stub.ca, endpoints: TEST_PUSH_SERVICES });
    const sub = stub.subscribe();
    const payload = JSON.stringify({ title: 'Stadtfest', body: 'Samstag ab 14 Uhr auf dem Markt' });
    const result = await sender.send(sub, payload, {
      ttl: 3600,
      urgency: 'high',
      topic: 'stadtfest',
    });
    expect(result.status).toBe(201);
    expect(stub.rejected).toEqual([]);
    expect(stub.received).toEqual([
      expect.objectContaining({
        subscription: sub.id,
        payload,
        ttl: 3600,
        urgency: 'high',
        topic: 'stadtfest',
      }),
    ]);
  });

  it('reports 410, 429 with Retry-After, and a refused connection', async () => {
    const vapid = createVapid(generateVapidKeys('https://musterstadt.example'));
    const sender = createPushSender({ vapid, ca: stub.ca, endpoints: TEST_PUSH_SERVICES });
    const sub = stub.subscribe();
    stub.script(sub.id, { status: 429, retryAfter: '7' });
    expect(await sender.send(sub, '{}', { ttl: 60 })).toEqual({ status: 429, retryAfter: 7 });
    stub.expire(sub.id);
    expect((await sender.send(sub, '{}', { ttl: 60 })).status).toBe(410);
    const down = await sender.send({ ...sub, endpoint: 'https://127.0.0.1:1/push/x' }, '{}', {
      ttl: 60,
    });
    expect(down.status).toBe(0);
    expect(down.error).toBeTruthy();
  });

  it('does not trust the stub without its certificate', async () => {
    const vapid = createVapid(generateVapidKeys('https://musterstadt.example'));
    const sender = createPushSender({ vapid, endpoints: TEST_PUSH_SERVICES });
    const result = await sender.send(stub.subscribe(), '{}', { ttl: 60 });
    sender.close();
    expect(result.status).toBe(0);
    expect(result.error).toMatch(/certificate/i);
  });

  it('refuses, without connecting, an endpoint its policy does not accept', async () => {
    const vapid = createVapid(generateVapidKeys('https://musterstadt.example'));
    // The default policy: the browsers' push services only, on public addresses.
    const sender = createPushSender({ vapid, ca: stub.ca });
    const before = stub.requests.length;
    const result = await sender.send(stub.subscribe(), '{}', { ttl: 60 });
    sender.close();
    expect(result).toMatchObject({ status: 0, refused: 'non_public_address' });
    expect(stub.requests.length).toBe(before);
  });

  it('checks the address behind a name when connecting, so a name that resolves to loopback is refused', async () => {
    const vapid = createVapid(generateVapidKeys('https://musterstadt.example'));
    // "localhost" is an accepted host here, as a rebinding name would be; its address is not.
    const sender = createPushSender({
      vapid,
      ca: stub.ca,
      endpoints: { extraHosts: ['localhost'] },
    });
    const sub = stub.subscribe();
    const before = stub.requests.length;
    const result = await sender.send(
      { ...sub, endpoint: sub.endpoint.replace('127.0.0.1', 'localhost') },
      '{}',
      { ttl: 60 },
    );
    sender.close();
    expect(result).toMatchObject({ status: 0, refused: 'non_public_address' });
    expect(stub.requests.length).toBe(before);
  });

  it('parses Retry-After in seconds and as an HTTP date', () => {
    expect(parseRetryAfter('120')).toBe(120);
    expect(
      parseRetryAfter(new Date(Date.UTC(2026, 0, 1, 0, 1)).toUTCString(), Date.UTC(2026, 0, 1)),
    ).toBe(60);
    expect(parseRetryAfter('soon')).toBeUndefined();
  });
});
