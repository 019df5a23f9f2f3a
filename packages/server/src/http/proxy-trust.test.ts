import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { parseProxyTrust, peerIsTrusted, resolveClientAddress } from './proxy-trust.js';

describe('parseProxyTrust', () => {
  it('reads nothing, a hop count or a list of addresses and networks', () => {
    expect(parseProxyTrust(undefined)).toEqual({ kind: 'none' });
    expect(parseProxyTrust('false')).toEqual({ kind: 'none' });
    expect(parseProxyTrust('true')).toEqual({ kind: 'hops', hops: 1 });
    expect(parseProxyTrust('2')).toEqual({ kind: 'hops', hops: 2 });
    const list = parseProxyTrust('127.0.0.1, 10.0.0.0/8, ::1');
    expect(list.kind).toBe('addresses');
    expect(peerIsTrusted(list, '10.1.2.3')).toBe(true);
    expect(peerIsTrusted(list, '::1')).toBe(true);
    expect(peerIsTrusted(list, '192.0.2.1')).toBe(false);
  });

  it('refuses what it does not understand, naming the variable', () => {
    for (const bad of ['nginx', '10.0.0.0/33', '10.0.0.1/8/1', '99']) {
      expect(() => parseProxyTrust(bad)).toThrow(
        expect.objectContaining({ field: 'CITY_APP_TRUST_PROXY' }),
      );
    }
  });
});

describe('resolveClientAddress', () => {
  it('ignores X-Forwarded-For without trust', () => {
    expect(resolveClientAddress({ kind: 'none' }, '203.0.113.9', '1.2.3.4')).toBe('203.0.113.9');
  });

  it('reads from the right: a client cannot push its own entry past one proxy', () => {
    const oneHop = parseProxyTrust('1');
    // The client wrote "1.2.3.4"; the proxy appended the real address.
    expect(resolveClientAddress(oneHop, '127.0.0.1', '1.2.3.4, 198.51.100.7')).toBe('198.51.100.7');
    expect(
      resolveClientAddress(parseProxyTrust('2'), '10.0.0.2', '1.2.3.4, 198.51.100.7, 10.0.0.1'),
    ).toBe('198.51.100.7');
  });

  it('skips trusted proxies from the right and stops at the first stranger', () => {
    const trust = parseProxyTrust('10.0.0.0/8');
    expect(resolveClientAddress(trust, '10.0.0.2', '1.2.3.4, 198.51.100.7, 10.0.0.1')).toBe(
      '198.51.100.7',
    );
    // A peer that is no trusted proxy is the client, whatever it writes.
    expect(resolveClientAddress(trust, '203.0.113.5', '10.0.0.1')).toBe('203.0.113.5');
    expect(resolveClientAddress(trust, '::ffff:10.0.0.2', '198.51.100.7')).toBe('198.51.100.7');
  });

  it('never answers with an address the client wrote left of what the proxies appended', () => {
    const address = fc.ipV4();
    fc.assert(
      fc.property(fc.array(address, { maxLength: 5 }), address, (forged, real) => {
        const trust = parseProxyTrust('10.0.0.0/8');
        const header = [...forged, real].join(', ');
        const client = resolveClientAddress(trust, '10.0.0.1', header);
        return real.startsWith('10.') ? true : client === real;
      }),
    );
  });
});
