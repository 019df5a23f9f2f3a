import { afterEach, describe, expect, it } from 'vitest';
import { createTestServer, TEST_CITY, type TestServer } from '../testing.js';
import { CONTENT_SECURITY_POLICY } from './security.js';

// The maps' tiles come from the server the town configured and from nowhere else: the CSP
// names exactly its origin, and without one, none but the app's own.
let t: TestServer | undefined;
afterEach(() => t?.close());

const directives = (csp: string | null): Record<string, string[]> =>
  Object.fromEntries((csp ?? '').split('; ').map((d) => [d.split(' ')[0], d.split(' ').slice(1)]));

describe('the CSP and the town’s map tiles', () => {
  it('allows images from exactly the tile server’s origin', async () => {
    t = await createTestServer({
      city: {
        ...TEST_CITY,
        map: {
          tiles: {
            url: 'https://tiles.musterstadt.de:8443/osm/{z}/{x}/{y}{r}.png',
            attribution: '© OpenStreetMap-Mitwirkende',
          },
        },
      },
    });
    for (const path of ['/healthz', '/api/town', '/api/missing']) {
      const csp = directives((await t.request(path)).headers.get('content-security-policy'));
      expect(csp['img-src'], path).toEqual([
        "'self'",
        'data:',
        'blob:',
        'https://tiles.musterstadt.de:8443',
      ]);
      // Tiles are images: nothing else may reach the tile server.
      expect(csp['connect-src'], path).toEqual(["'self'"]);
      expect(csp['default-src'], path).toEqual(["'self'"]);
    }
  });

  it('allows no other origin when the town configured no tiles', async () => {
    t = await createTestServer();
    const res = await t.request('/healthz');
    expect(res.headers.get('content-security-policy')).toBe(CONTENT_SECURITY_POLICY);
    const all = Object.values(directives(CONTENT_SECURITY_POLICY)).flat();
    expect(all.filter((source) => /^(https?:|\*)/.test(source))).toEqual([]);
  });
});
