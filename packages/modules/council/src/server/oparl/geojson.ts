export interface Point {
  latitude: number;
  longitude: number;
}

const inRange = (lat: number, lon: number) =>
  Number.isFinite(lat) && Number.isFinite(lon) && Math.abs(lat) <= 90 && Math.abs(lon) <= 180;

/**
 * The point of a Location's `geojson` (a Feature or a bare geometry; a Polygon's first corner).
 * GeoJSON says [longitude, latitude], but some systems write [latitude, longitude] (the spec's
 * own Meeting example does): in Germany the latitude (47–55) is larger than the longitude
 * (6–15), so a pair the other way round is turned.
 */
export function pointOf(geojson: unknown): Point | null {
  if (typeof geojson !== 'object' || geojson === null) return null;
  const shape = geojson as { geometry?: unknown; coordinates?: unknown };
  const geometry = (shape.geometry ?? shape) as { coordinates?: unknown };
  let coordinates = geometry.coordinates;
  // A line or polygon: the first position.
  while (Array.isArray(coordinates) && Array.isArray(coordinates[0])) coordinates = coordinates[0];
  if (!Array.isArray(coordinates) || coordinates.length < 2) return null;
  const [first, second] = coordinates.map(Number) as [number, number];
  let point = { latitude: second, longitude: first };
  const swapped = first >= 47 && first <= 56 && second >= 5 && second <= 16;
  if (swapped) point = { latitude: first, longitude: second };
  return inRange(point.latitude, point.longitude) ? point : null;
}
