// @vitest-environment happy-dom
import { act, Suspense } from 'react';
import { afterEach, describe, expect, it } from 'vitest';
import { axeViolations, city, fakeApi, fakePush, renderApp } from '../../../test/resident-web.js';
import '../../../test/map-frame.js';
import type { ReportMap } from '../../api/report-map.js';
import { LazyReportsMap } from './lazy-map.js';
import type { MapPoint, MapView, ReportsMapProps } from './reports-map.js';
import { useMapTiles } from './tiles.js';

const TILES = {
  url: 'https://tiles.hagenow.example/{z}/{x}/{y}.png',
  attribution: '© OpenStreetMap-Mitwirkende <Stadt>',
};
/** The town of the residents' tests, with the tile server or without. */
const town = (tiles: typeof TILES | null) =>
  tiles ? { ...city, map: { tiles: { ...tiles, maxZoom: 19 } } } : { ...city, map: {} };

const MARKERS: ReportMap['items'] = [
  {
    kind: 'report',
    publicId: '2026-00042',
    category: 'beleuchtung',
    status: 'in_progress',
    lat: 53.4305,
    lon: 11.2175,
  },
  {
    kind: 'cluster',
    count: 3,
    lat: 53.4312,
    lon: 11.1875,
    bbox: { west: 11.1874, south: 53.4311, east: 11.1877, north: 53.4313 },
  },
];

let unmount = () => {};
afterEach(() => unmount());

let screenProps: Partial<ReportsMapProps> = {};
/** A resident's screen: the map when the town has tiles, else the list. */
function Screen() {
  const shown = useMapTiles();
  return (
    <div>
      <h1>Karte</h1>
      {shown ? (
        <Suspense fallback={<p>Lädt …</p>}>
          <LazyReportsMap
            label="Karte der Meldungen"
            center={{ lat: 53.4312, lon: 11.1875 }}
            zoom={15}
            categoryName={(id) => (id === 'beleuchtung' ? 'Straßenbeleuchtung' : id)}
            {...screenProps}
          />
        </Suspense>
      ) : (
        <p>Liste der Meldungen</p>
      )}
    </div>
  );
}
/** The map on a screen of its own, in the whole app, as a resident's screen shows it. */
async function show(props: Partial<ReportsMapProps>, tiles: typeof TILES | null = TILES) {
  screenProps = props;
  const server = fakeApi();
  const rendered = renderApp(
    '/maengelmelder',
    server,
    fakePush(),
    'de',
    { '': Screen },
    town(tiles),
  );
  const { container } = rendered;
  unmount = rendered.unmount;
  // The screen and the map's own code load on demand.
  for (let i = 0; i < 100 && !container.querySelector('h1 + *:not(p:empty)'); i++)
    await act(() => new Promise((resolve) => setTimeout(resolve, 20)));
  for (let i = 0; i < 100 && tiles && !container.querySelector('.leaflet-container'); i++)
    await act(() => new Promise((resolve) => setTimeout(resolve, 20)));
  return { container };
}

/** A button's accessible name: its label, else its words without those hidden from it. */
const nameOf = (element: HTMLElement) => {
  const copy = element.cloneNode(true) as HTMLElement;
  for (const hidden of copy.querySelectorAll('[aria-hidden="true"]')) hidden.remove();
  return element.getAttribute('aria-label') ?? copy.textContent?.trim();
};
const buttonNamed = (container: HTMLElement, name: string) =>
  [...container.querySelectorAll<HTMLElement>('[role="button"]')].find((b) => nameOf(b) === name);

describe('the map of reports', () => {
  it('shows reports and clusters as named buttons, German zoom buttons and the attribution', async () => {
    const { container } = await show({ markers: MARKERS });
    const map = container.querySelector('[role="application"]');
    expect(map?.getAttribute('aria-label')).toBe('Karte der Meldungen');
    expect(map?.getAttribute('tabindex')).toBe('0');
    const help = document.getElementById(map?.getAttribute('aria-describedby') ?? '');
    expect(help?.textContent).toMatch(/^Mit den Pfeiltasten verschieben Sie die Karte/);
    expect(buttonNamed(container, 'Hineinzoomen')).toBeDefined();
    expect(buttonNamed(container, 'Herauszoomen')).toBeDefined();
    const report = buttonNamed(container, 'Meldung 2026-00042: Straßenbeleuchtung, In Bearbeitung');
    expect(report?.getAttribute('tabindex')).toBe('0');
    expect(buttonNamed(container, '3 Meldungen hier – hineinzoomen')).toBeDefined();
    // The town's words as text, not markup; no "Leaflet" advert.
    expect(container.querySelector('.leaflet-control-attribution')?.textContent).toBe(
      '© OpenStreetMap-Mitwirkende <Stadt>',
    );
    // Tiles come from the town's tile server and from nowhere else.
    const tiles = [...container.querySelectorAll('img')].map((img) => img.getAttribute('src'));
    expect(tiles.length).toBeGreaterThan(0);
    expect(tiles.filter((src) => !src?.startsWith('https://tiles.hagenow.example/15/'))).toEqual(
      [],
    );
    expect(await axeViolations(container)).toEqual([]);
  });

  it('opens a report with Enter and zooms into a cluster', async () => {
    const opened: string[] = [];
    const views: MapView[] = [];
    const { container } = await show({
      markers: MARKERS,
      onOpen: (id) => opened.push(id),
      onMove: (view) => views.push(view),
    });
    expect(views[0]?.zoom).toBe(15);
    const report = buttonNamed(container, 'Meldung 2026-00042: Straßenbeleuchtung, In Bearbeitung');
    act(() => {
      report?.dispatchEvent(new KeyboardEvent('keydown', { key: 'Enter', bubbles: true }));
    });
    expect(opened).toEqual(['2026-00042']);
    act(() => buttonNamed(container, '3 Meldungen hier – hineinzoomen')?.click());
    await act(() => new Promise((resolve) => setTimeout(resolve, 50)));
    expect(views.at(-1)?.zoom).toBeGreaterThan(15);
  });

  it('chooses the place under the crosshair with Enter, after the arrow keys moved the map', async () => {
    const picks: MapPoint[] = [];
    const { container } = await show({ onPick: (p) => picks.push(p) });
    const map = container.querySelector<HTMLElement>('[role="application"]');
    expect(container.querySelector('.reports-map-crosshair')).not.toBeNull();
    expect(
      document.getElementById(map?.getAttribute('aria-describedby') ?? '')?.textContent,
    ).toMatch(/die Eingabetaste wählt den Ort im Fadenkreuz/);
    act(() => map?.focus());
    for (const [key, keyCode] of [
      ['ArrowRight', 39],
      ['ArrowRight', 39],
      ['ArrowUp', 38],
    ] as const) {
      act(() => {
        map?.dispatchEvent(new KeyboardEvent('keydown', { key, keyCode, bubbles: true }));
      });
      await act(() => new Promise((resolve) => setTimeout(resolve, 400)));
    }
    act(() => {
      map?.dispatchEvent(new KeyboardEvent('keydown', { key: 'Enter', bubbles: true }));
    });
    expect(picks).toHaveLength(1);
    // East and north of the market, where the arrows moved the crosshair.
    expect(picks[0]?.lon).toBeGreaterThan(11.1875);
    expect(picks[0]?.lat).toBeGreaterThan(53.4312);
  });

  it('shows no map and asks no map server when the town has configured no tiles', async () => {
    const { container } = await show({ markers: MARKERS }, null);
    expect(container.textContent).toContain('Liste der Meldungen');
    expect(container.querySelector('.leaflet-container')).toBeNull();
    // Nothing on the page loads from another origin (tiles would be images with their address).
    const elsewhere = [...document.querySelectorAll('[src]')]
      .map((element) => new URL(element.getAttribute('src') ?? '', location.href))
      .filter((url) => url.origin !== location.origin);
    expect(elsewhere).toEqual([]);
  });
});
