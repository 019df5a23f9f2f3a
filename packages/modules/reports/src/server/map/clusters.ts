import type { Queryable } from '@city-app/server';
import type { ReportMap, ReportMapQuery } from '../../api/report-map.js';
import type { ReportStatus } from '../../status/status.js';
import { whereClause } from '../reports/where.js';
import { CELL_PIXELS, checkArea, columnDegrees, rowEdges } from './grid.js';

interface CellRow {
  count: number;
  public_id: string;
  category: string;
  status: ReportStatus;
  lat: number;
  lon: number;
  south: number;
  north: number;
  west: number;
  east: number;
}

/**
 * Published reports in a bounding box, one item per grid cell: the report itself when the
 * cell holds one, else a cluster with its count, centre and the box to zoom into. The GiST
 * index finds the box's reports and the database groups them, so the answer stays as small as
 * the screen however many reports the town has. Merged duplicates are left out: their place
 * is the report they were merged into.
 */
export async function reportMap(db: Queryable, query: ReportMapQuery): Promise<ReportMap> {
  const { bbox, zoom } = query;
  checkArea(bbox, zoom);
  const where = whereClause([`r.moderation = 'public'`, 'r.merged_into IS NULL']);
  if (query.status) where.add(`r.status = ${where.param(query.status)}`);
  if (query.category) where.add(`r.category = ${where.param(query.category)}`);
  const corner = (lon: number, lat: number) => `point(${where.param(lon)}, ${where.param(lat)})`;
  where.add(
    `r.lat IS NOT NULL AND point(r.lon, r.lat) <@ box(${corner(bbox.west, bbox.south)}, ${corner(bbox.east, bbox.north)})`,
  );
  const column = `floor((r.lon + 180) / ${where.param(columnDegrees(zoom))}::float8)`;
  const row = `width_bucket(r.lat, ${where.param(rowEdges(bbox, zoom))}::float8[])`;
  const { sql: filter, params } = where;
  const { rows } = await db.query<CellRow>(
    `SELECT count(*)::int AS count, min(r.public_id) AS public_id, min(r.category) AS category,
            min(r.status) AS status, avg(r.lat) AS lat, avg(r.lon) AS lon,
            min(r.lat) AS south, max(r.lat) AS north, min(r.lon) AS west, max(r.lon) AS east
       FROM reports r WHERE ${filter}
      GROUP BY ${row}, ${column} ORDER BY ${row} DESC, ${column}`,
    params,
  );
  const round = (degrees: number) => Math.round(Number(degrees) * 1e7) / 1e7;
  return {
    zoom,
    cellPixels: CELL_PIXELS,
    total: rows.reduce((sum, cell) => sum + cell.count, 0),
    items: rows.map((cell) =>
      cell.count === 1
        ? {
            kind: 'report' as const,
            publicId: cell.public_id,
            category: cell.category,
            status: cell.status,
            lat: round(cell.lat),
            lon: round(cell.lon),
          }
        : {
            kind: 'cluster' as const,
            count: cell.count,
            lat: round(cell.lat),
            lon: round(cell.lon),
            bbox: {
              west: round(cell.west),
              south: round(cell.south),
              east: round(cell.east),
              north: round(cell.north),
            },
          },
    ),
  };
}
