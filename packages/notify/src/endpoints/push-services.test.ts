import { describe, expect, it } from 'vitest';
import { extraPushServicesFromEnv, refuseEndpoint } from './push-services.js';

const refuse = (endpoint: string, policy?: Parameters<typeof refuseEndpoint>[1]) =>
  refuseEndpoint(new URL(endpoint), policy);

describe('refuseEndpoint', () => {
  it.each([
    'https://fcm.googleapis.com/fcm/send/cH4nG3',
    'https://updates.push.services.mozilla.com/wpush/v2/gAAAAA',
    'https://web.push.apple.com/QGuQyavXutnMH',
    'https://wns2-par02p.notify.windows.com/w/?token=BQYAAA',
  ])('accepts the browsers’ push services: %s', (endpoint) => {
    expect(refuse(endpoint)).toBeNull();
  });

  it('refuses plain http unless explicitly allowed', () => {
    expect(refuse('http://fcm.googleapis.com/fcm/send/x')).toBe('not_https');
    expect(refuse('http://fcm.googleapis.com/fcm/send/x', { allowInsecure: true })).toBeNull();
  });

  it.each([
    'https://127.0.0.1/push',
    'https://[::1]:8443/push',
    'https://10.0.0.5/push',
    'https://169.254.169.254/latest/meta-data',
    'https://[::ffff:192.168.0.1]/push',
  ])('refuses a non-public address: %s', (endpoint) => {
    expect(refuse(endpoint, { extraHosts: ['127.0.0.1', '[::1]', '10.0.0.5'] })).toBe(
      'non_public_address',
    );
  });

  it.each([
    'https://intranet.rathaus.example/push',
    'https://fcm.googleapis.com.evil.example/x',
    'https://evilpush.apple.com/x',
    'https://user:secret@fcm.googleapis.com/x',
    'https://8.8.8.8/push',
  ])('refuses a host that is no accepted push service: %s', (endpoint) => {
    expect(refuse(endpoint)).toBe('unknown_push_service');
  });

  it('accepts hosts the operator adds, exactly or with their subdomains', () => {
    const policy = { extraHosts: ['push.hagenow.example', '*.push.kreis.example'] };
    expect(refuse('https://push.hagenow.example/p/1', policy)).toBeNull();
    expect(refuse('https://a.push.kreis.example/p/1', policy)).toBeNull();
    expect(refuse('https://push.kreis.example/p/1', policy)).toBe('unknown_push_service');
    expect(refuse('https://other.hagenow.example/p/1', policy)).toBe('unknown_push_service');
  });

  it('accepts loopback only with the explicit setting for a local push service', () => {
    expect(refuse('https://127.0.0.1:8443/push/1', { extraHosts: ['127.0.0.1'] })).toBe(
      'non_public_address',
    );
    expect(
      refuse('https://127.0.0.1:8443/push/1', {
        extraHosts: ['127.0.0.1'],
        allowPrivateAddresses: true,
      }),
    ).toBeNull();
  });
});

describe('extraPushServicesFromEnv', () => {
  it('reads hosts separated by commas or spaces', () => {
    expect(
      extraPushServicesFromEnv({
        CITY_APP_PUSH_SERVICES: ' push.a.example, *.b.example  C.example',
      }),
    ).toEqual(['push.a.example', '*.b.example', 'c.example']);
    expect(extraPushServicesFromEnv({})).toEqual([]);
  });
});
