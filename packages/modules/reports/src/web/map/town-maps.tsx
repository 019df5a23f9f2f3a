import { useCity, useRouter } from '@city-app/web';
import { Suspense, useCallback, useRef, useState } from 'react';
import { MAP_ZOOM, type ReportMap } from '../../api/report-map.js';
import type { ListMapProps, WhereMapProps } from '../parts/map-slot.js';
import { useReports } from '../parts/use-reports.js';
import { paths } from '../paths.js';
import { LazyReportsMap } from './lazy-map.js';
import type { MapView } from './reports-map.js';
import { useMapTiles } from './tiles.js';

/** A place close enough to see the street it is on. */
const PICKED_ZOOM = 17;

/** Where the town's maps open, or null when it has no tile server or no centre set. */
export function useTownMap() {
  const tiles = useMapTiles();
  const map = useCity().city.map;
  if (!tiles || !map?.center) return null;
  return { center: map.center, zoom: map.zoom ?? 14 };
}

/**
 * The map beside the "where" step: a tap, or Enter on the crosshair, picks the place; the
 * resident's location or an earlier pick is shown with a pin. The address field stays.
 */
export function WhereMap({ point, onPick }: WhereMapProps) {
  const town = useTownMap();
  const { t } = useReports();
  if (!town) return null;
  return (
    <Suspense fallback={null}>
      <LazyReportsMap
        label={t('reports.map.whereLabel')}
        center={point ?? town.center}
        zoom={point ? PICKED_ZOOM : town.zoom}
        picked={point}
        onPick={onPick}
      />
    </Suspense>
  );
}

/**
 * The map beside the public list: the published reports of the area shown, grouped where they
 * lie close (`GET /api/reports/map`); a report's marker opens its page. The list beside it
 * names every report the map shows.
 */
export function ListMap(_props: ListMapProps) {
  const town = useTownMap();
  const { t, api } = useReports();
  const { navigate } = useRouter();
  const [markers, setMarkers] = useState<ReportMap['items']>([]);
  // Only the answer to the latest view counts; an earlier one arriving late is dropped.
  const latest = useRef(0);
  const moved = useCallback(
    ({ bbox, zoom }: MapView) => {
      const asked = ++latest.current;
      const query = new URLSearchParams({
        bbox: [bbox.west, bbox.south, bbox.east, bbox.north].map((n) => n.toFixed(5)).join(','),
        zoom: String(Math.min(MAP_ZOOM.max, Math.max(MAP_ZOOM.min, Math.round(zoom)))),
      });
      api
        .get<ReportMap>(`${paths.api}/map?${query}`)
        .then((answer) => {
          if (asked === latest.current) setMarkers(answer.items);
        })
        // The list beside the map still names every report; the map waits for the next move.
        .catch(() => undefined);
    },
    [api],
  );
  if (!town) return null;
  return (
    <Suspense fallback={null}>
      <LazyReportsMap
        label={t('reports.map.listLabel')}
        center={town.center}
        zoom={town.zoom}
        markers={markers}
        onMove={moved}
        onOpen={(publicId) => navigate(paths.detail(publicId))}
      />
    </Suspense>
  );
}
