import { lazy } from 'react';

/**
 * The map, loaded when a screen first shows it: Leaflet and its sheet (~46 KB gzipped) stay
 * out of every screen without a map. Render it inside `<Suspense>`, and only when
 * `useMapTiles()` is not null.
 */
export const LazyReportsMap = lazy(() => import('./reports-map.js'));
