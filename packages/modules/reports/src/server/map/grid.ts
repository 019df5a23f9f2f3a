import { MAP_ZOOM } from '../../api/report-map.js';
import { mapError } from '../../errors/map.js';

/**
 * The map's grid: Web-Mercator pixels (256 per tile, as every tile server counts them) cut
 * into square cells of `CELL_PIXELS`. Cells are counted from the world's corner, not from the
 * area asked for, so a cluster stays where it is while the map is moved.
 */
export const CELL_PIXELS = 60;
const TILE_PIXELS = 256;
/** A screen of 4K, with room: more cells than this is a crawl of the town, not a map. */
export const MAX_AREA_PIXELS = 4096;
/** Web Mercator ends here; the poles are at infinity. */
const MAX_LATITUDE = 85.051_128_78;

export interface Box {
  west: number;
  south: number;
  east: number;
  north: number;
}

export const worldPixels = (zoom: number) => TILE_PIXELS * 2 ** zoom;

export const pixelX = (lon: number, zoom: number) => ((lon + 180) / 360) * worldPixels(zoom);

export function pixelY(lat: number, zoom: number): number {
  const phi = (Math.max(-MAX_LATITUDE, Math.min(MAX_LATITUDE, lat)) * Math.PI) / 180;
  return ((1 - Math.log(Math.tan(Math.PI / 4 + phi / 2)) / Math.PI) / 2) * worldPixels(zoom);
}

/** The latitude of a pixel row: the inverse of `pixelY`. */
export function latitudeOf(y: number, zoom: number): number {
  const n = Math.PI * (1 - (2 * y) / worldPixels(zoom));
  return (Math.atan(Math.sinh(n)) * 180) / Math.PI;
}

/** Refuses a zoom outside the map's range and an area larger than a screen at that zoom. */
export function checkArea(bbox: Box, zoom: number): void {
  if (zoom < MAP_ZOOM.min || zoom > MAP_ZOOM.max)
    throw mapError('reports_map_zoom', { zoom, ...MAP_ZOOM }, { field: 'zoom' });
  const width = Math.ceil(pixelX(bbox.east, zoom) - pixelX(bbox.west, zoom));
  const height = Math.ceil(pixelY(bbox.south, zoom) - pixelY(bbox.north, zoom));
  if (width > MAX_AREA_PIXELS || height > MAX_AREA_PIXELS)
    throw mapError(
      'reports_map_area_too_large',
      { zoom, max: MAX_AREA_PIXELS, width, height },
      { field: 'bbox' },
    );
}

/**
 * The latitudes where the grid's rows begin inside the box, south to north: the SQL puts each
 * report in its row with `width_bucket` on these, a binary search instead of a logarithm and
 * a tangent per report.
 */
export function rowEdges(bbox: Box, zoom: number): number[] {
  const first = Math.floor(pixelY(bbox.north, zoom) / CELL_PIXELS);
  const last = Math.floor(pixelY(bbox.south, zoom) / CELL_PIXELS);
  const edges: number[] = [];
  // A row's southern edge is the top of the row below it.
  for (let row = last; row >= first; row--) edges.push(latitudeOf((row + 1) * CELL_PIXELS, zoom));
  return edges;
}

/** The width of a column in degrees of longitude (columns are even in longitude). */
export const columnDegrees = (zoom: number) => (360 * CELL_PIXELS) / worldPixels(zoom);

/** Up to this zoom the cells are kept by the database (`reports_map_cells`, the migration's 8..15). */
export const KEPT_CELLS_MAX_ZOOM = 15;

/** The grid's columns and rows that the box touches, whole. */
export function cellRange(bbox: Box, zoom: number) {
  return {
    west: Math.floor(pixelX(bbox.west, zoom) / CELL_PIXELS),
    east: Math.floor(pixelX(bbox.east, zoom) / CELL_PIXELS),
    north: Math.floor(pixelY(bbox.north, zoom) / CELL_PIXELS),
    south: Math.floor(pixelY(bbox.south, zoom) / CELL_PIXELS),
  };
}

/** A cell's box in degrees. */
export function cellBox(column: number, row: number, zoom: number): Box {
  const degrees = columnDegrees(zoom);
  return {
    west: column * degrees - 180,
    east: (column + 1) * degrees - 180,
    north: latitudeOf(row * CELL_PIXELS, zoom),
    south: latitudeOf((row + 1) * CELL_PIXELS, zoom),
  };
}
