// @vitest-environment happy-dom
import '../../../test/map-frame.js';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { categories } from '../../../test/fixtures.js';
import {
  axeViolations,
  city,
  type FakeApi,
  fakeApi,
  fakePush,
  type Rendered,
  renderApp,
  waitFor,
} from '../../../test/resident-web.js';

const TILES = {
  url: 'https://tiles.hagenow.example/{z}/{x}/{y}.png',
  attribution: '© OpenStreetMap-Mitwirkende',
  maxZoom: 19,
};
const MARKT = { lat: 53.4312, lon: 11.1875 };
const withMap = { ...city, map: { tiles: TILES, center: MARKT } };

let server: FakeApi;
let app: Rendered | undefined;
beforeEach(() => {
  server = fakeApi();
  server.answer('GET /api/reports/categories', categories);
  server.answer('GET /api/reports', { items: [], page: 1, pageSize: 20, total: 0 });
  server.answer('GET /api/reports/map', {
    zoom: 14,
    cellPixels: 60,
    items: [
      { kind: 'report', publicId: '2026-00042', category: 'strasse', status: 'new', ...MARKT },
    ],
  });
});
afterEach(() => {
  app?.unmount();
  app = undefined;
});

const mapNamed = (name: string) =>
  app?.container.querySelector(`[role="application"][aria-label="${name}"]`);
const mapQueries = () => server.sent.filter((r) => r.path.startsWith('/api/reports/map?'));

describe('the town’s maps on the residents’ screens', () => {
  it('show the reports of the area beside the public list, asked for by area and zoom', async () => {
    app = renderApp('/maengelmelder', server, fakePush(), 'de', {}, withMap);
    await waitFor(() => expect(mapNamed('Karte der Meldungen')).toBeTruthy());
    await waitFor(() => expect(mapQueries()).toHaveLength(1));
    const query = new URL(mapQueries()[0]?.path ?? '', 'http://x').searchParams;
    expect(query.get('zoom')).toBe('14');
    const [west, south, east, north] = (query.get('bbox') ?? '').split(',').map(Number);
    expect(west).toBeLessThan(MARKT.lon);
    expect(east).toBeGreaterThan(MARKT.lon);
    expect(south).toBeLessThan(MARKT.lat);
    expect(north).toBeGreaterThan(MARKT.lat);
    await waitFor(() =>
      expect(app?.container.querySelector('.reports-map-report')?.textContent).toContain(
        'Meldung 2026-00042',
      ),
    );
    expect(await axeViolations(app.container)).toEqual([]);
  });

  it('let a resident pick the place beside the address field', async () => {
    app = renderApp('/maengelmelder/melden', server, fakePush(), 'en', {}, withMap);
    await waitFor(() => expect(mapNamed('Map: choose the place of the defect')).toBeTruthy());
    expect(app.container.querySelector('#reports-address, input[type="text"]')).not.toBeNull();
  });

  it('are left out, and nothing is asked of a map server, without tiles or a centre', async () => {
    const noCentre = { ...city, map: { tiles: TILES } };
    app = renderApp('/maengelmelder', server, fakePush(), 'de', {}, noCentre);
    await waitFor(() =>
      expect(server.sent.some((r) => r.path.startsWith('/api/reports?'))).toBe(true),
    );
    expect(app.container.querySelector('[data-reports-map]')).toBeNull();
    expect(mapQueries()).toEqual([]);
    expect(document.querySelector('img[src*="tiles.hagenow.example"]')).toBeNull();
  });
});
