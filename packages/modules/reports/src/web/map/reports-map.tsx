import L from 'leaflet';
import 'leaflet/dist/leaflet.css';
import './reports-map.css';
import { useEffect, useId, useRef } from 'react';
import type { ReportMap } from '../../api/report-map.js';
import { useReports } from '../parts/use-reports.js';
import { useMapTiles } from './tiles.js';

export interface MapPoint {
  lat: number;
  lon: number;
}

/** What the map shows: the area and zoom level, to ask `GET /api/reports/map` for. */
export interface MapView {
  bbox: { west: number; south: number; east: number; north: number };
  zoom: number;
}

export interface ReportsMapProps {
  /** The map's name for screen readers, e.g. "Karte der Meldungen". */
  label: string;
  center: MapPoint;
  zoom: number;
  /** The map query's items: reports and clusters. */
  markers?: ReportMap['items'];
  /** The place a resident chose, shown with a pin. */
  picked?: MapPoint | null;
  /** Set to let residents choose a place: a click, or Enter on the crosshair. */
  onPick?: (point: MapPoint) => void;
  /** After every move and zoom, and once at the start. */
  onMove?: (view: MapView) => void;
  /** A report's marker was activated. */
  onOpen?: (publicId: string) => void;
  /** A category's name in the reader's language; the id when not given. */
  categoryName?: (id: string) => string;
}

// Leaflet writes the attribution as HTML; the town's words are text.
const escapeHtml = (text: string) => text.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);

/** A marker's face: a button whose words are its accessible name; the look is in the CSS. */
function markerIcon(className: string, text: string, visible?: string): L.DivIcon {
  const face = document.createElement('span');
  face.className = 'reports-map-face';
  if (visible) {
    face.textContent = visible;
    face.setAttribute('aria-hidden', 'true');
  }
  const name = document.createElement('span');
  name.className = 'city-visually-hidden';
  name.textContent = text;
  const html = document.createElement('span');
  html.append(face, name);
  return L.divIcon({ className, html, iconSize: [36, 36], iconAnchor: [18, 18] });
}

/** Enter and Space activate a marker as they do a button. */
function onActivate(marker: L.Marker, act: () => void) {
  marker.on('click', act);
  marker.on('add', () => {
    marker.getElement()?.addEventListener('keydown', (event) => {
      if (event.key !== 'Enter' && event.key !== ' ') return;
      event.preventDefault();
      event.stopPropagation();
      act();
    });
  });
}

/**
 * The map of reports (Leaflet): published reports and clusters from the map query, each a
 * button; zoom buttons; the tile server's attribution. With `onPick` a crosshair marks the
 * centre: the arrow keys move the map under it and Enter chooses that place, so a place can
 * be chosen without a pointer. Nothing is shown, and nothing loaded from any map server,
 * when the town has configured no tiles.
 */
export default function ReportsMap(props: ReportsMapProps) {
  const { label, markers, picked, onPick } = props;
  const tiles = useMapTiles();
  // The map's words (messages/map.ts) come with the residents' screens.
  const { t } = useReports();
  const help = useId();
  const element = useRef<HTMLDivElement>(null);
  const map = useRef<L.Map | null>(null);
  const layers = useRef<{ markers: L.LayerGroup; picked: L.LayerGroup } | null>(null);
  // The latest callbacks, so the map is made once and not again on every render.
  const latest = useRef(props);
  latest.current = props;

  useEffect(() => {
    if (!tiles || !element.current) return;
    const container = element.current;
    const m = L.map(container, {
      zoomControl: false,
      attributionControl: false,
      keyboard: true,
      maxZoom: tiles.maxZoom,
      minZoom: 8,
    }).setView([latest.current.center.lat, latest.current.center.lon], latest.current.zoom);
    L.control
      .zoom({ zoomInTitle: t('reports.map.zoomIn'), zoomOutTitle: t('reports.map.zoomOut') })
      .addTo(m);
    L.control.attribution({ prefix: false }).addAttribution(escapeHtml(tiles.attribution)).addTo(m);
    L.tileLayer(tiles.url, { maxZoom: tiles.maxZoom, detectRetina: false }).addTo(m);
    // The container is what the keyboard moves: an application with a name and its help.
    container.setAttribute('role', 'application');
    container.setAttribute('aria-label', label);
    container.setAttribute('aria-describedby', help);
    const moved = () => {
      const b = m.getBounds();
      latest.current.onMove?.({
        bbox: { west: b.getWest(), south: b.getSouth(), east: b.getEast(), north: b.getNorth() },
        zoom: m.getZoom(),
      });
    };
    m.on('moveend', moved);
    m.on('click', (event: L.LeafletMouseEvent) =>
      latest.current.onPick?.({ lat: event.latlng.lat, lon: event.latlng.lng }),
    );
    container.addEventListener('keydown', (event) => {
      if (event.key !== 'Enter' || event.target !== container || !latest.current.onPick) return;
      event.preventDefault();
      const c = m.getCenter();
      latest.current.onPick({ lat: c.lat, lon: c.lng });
    });
    layers.current = { markers: L.layerGroup().addTo(m), picked: L.layerGroup().addTo(m) };
    map.current = m;
    moved();
    return () => {
      m.remove();
      map.current = null;
      layers.current = null;
    };
    // Made again only for new tiles or words; the centre and zoom are then the resident's.
  }, [tiles, t, label, help]);

  useEffect(() => {
    const group = layers.current?.markers;
    const m = map.current;
    if (!group || !m) return;
    group.clearLayers();
    for (const item of markers ?? []) {
      if (item.kind === 'cluster') {
        const marker = L.marker([item.lat, item.lon], {
          icon: markerIcon(
            'reports-map-cluster',
            t('reports.map.cluster', { count: item.count }),
            String(item.count),
          ),
        });
        const { west, south, east, north } = item.bbox;
        onActivate(marker, () =>
          m.fitBounds(
            [
              [south, west],
              [north, east],
            ],
            { maxZoom: m.getMaxZoom() },
          ),
        );
        group.addLayer(marker);
      } else {
        const category = latest.current.categoryName?.(item.category) ?? item.category;
        const marker = L.marker([item.lat, item.lon], {
          icon: markerIcon(
            `reports-map-report reports-map-report--${item.status}`,
            t('reports.map.report', {
              publicId: item.publicId,
              category,
              status: t(`reports.status.${item.status}`),
            }),
          ),
        });
        onActivate(marker, () => latest.current.onOpen?.(item.publicId));
        group.addLayer(marker);
      }
    }
  }, [markers, t]);

  useEffect(() => {
    const group = layers.current?.picked;
    if (!group) return;
    group.clearLayers();
    if (picked)
      group.addLayer(
        L.marker([picked.lat, picked.lon], {
          icon: markerIcon('reports-map-picked', t('reports.map.picked')),
          keyboard: false,
          interactive: false,
        }),
      );
  }, [picked, t]);

  if (!tiles) return null;
  return (
    <div className="reports-map">
      <p id={help} className="reports-map-help">
        {t(onPick ? 'reports.map.keyboardPick' : 'reports.map.keyboard')}
      </p>
      <div className="reports-map-frame">
        <div ref={element} className="reports-map-canvas" />
        {onPick ? <span className="reports-map-crosshair" aria-hidden="true" /> : null}
      </div>
    </div>
  );
}
