import type { Queryable } from '@city-app/server';
import type { ReportMap, ReportMapQuery } from '../../api/report-map.js';
import type { ReportStatus } from '../../status/status.js';
import { whereClause } from '../reports/where.js';
import {
  CELL_PIXELS,
  cellBox,
  cellRange,
  checkArea,
  columnDegrees,
  KEPT_CELLS_MAX_ZOOM,
  rowEdges,
} from './grid.js';
import { ID_FROM_HALVES } from './kept-cells.js';

const round = (degrees: number) => Math.round(Number(degrees) * 1e7) / 1e7;

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
  checkArea(query.bbox, query.zoom);
  return query.zoom <= KEPT_CELLS_MAX_ZOOM ? keptCells(db, query) : groupedCells(db, query);
}

/** Closer in: the box's reports, grouped on each request (a screen holds a few hundred). */
async function groupedCells(db: Queryable, query: ReportMapQuery): Promise<ReportMap> {
  const { bbox, zoom } = query;
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

/**
 * Further out: the cells the database keeps (`reports_map_cells`), whole cells the box
 * touches, one row each for the status and category asked for; a cluster's box is its cell.
 * A cell that holds one report names it, and the same statement reads it by its primary key:
 * one round trip to the database, whatever the screen holds.
 */
async function keptCells(db: Queryable, query: ReportMapQuery): Promise<ReportMap> {
  const { zoom } = query;
  const range = cellRange(query.bbox, zoom);
  const cell = whereClause([
    `c.zoom = ${zoom}`,
    `c.cx BETWEEN ${range.west} AND ${range.east}`,
    `c.cy BETWEEN ${range.north} AND ${range.south}`,
    'c.count > 0',
  ]);
  // '*': the cell's row for every status or category.
  cell.add(`c.status = ${cell.param(query.status ?? '*')}`);
  cell.add(`c.category = ${cell.param(query.category ?? '*')}`);
  // A cell with one report names it: read by primary key (the XOR of one id is that id); a
  // cluster's id is NULL, which the index answers without looking.
  const { rows: cells } = await db.query<KeptCellRow>(
    `SELECT c.cx, c.cy, c.count, c.sum_lat / c.count AS lat, c.sum_lon / c.count AS lon,
            r.public_id, r.category, r.status, r.lat AS report_lat, r.lon AS report_lon
       FROM reports_map_cells c
       LEFT JOIN reports r
         ON r.id = CASE WHEN c.count = 1 THEN ${ID_FROM_HALVES('c.id_xor_high', 'c.id_xor_low')} END
      WHERE ${cell.sql} ORDER BY c.cy, c.cx`,
    cell.params,
  );
  return {
    zoom,
    cellPixels: CELL_PIXELS,
    total: cells.reduce((sum, row) => sum + row.count, 0),
    items: cells.map((row) => {
      if (row.public_id !== null)
        return {
          kind: 'report' as const,
          publicId: row.public_id,
          category: row.category,
          status: row.status,
          lat: round(row.report_lat),
          lon: round(row.report_lon),
        };
      const box = cellBox(row.cx, row.cy, zoom);
      return {
        kind: 'cluster' as const,
        count: row.count,
        lat: round(row.lat),
        lon: round(row.lon),
        bbox: {
          west: round(box.west),
          south: round(box.south),
          east: round(box.east),
          north: round(box.north),
        },
      };
    }),
  };
}

/** A kept cell, with its report when it holds one (else those columns are null). */
interface KeptCellRow {
  cx: number;
  cy: number;
  count: number;
  lat: number;
  lon: number;
  public_id: string | null;
  category: string;
  status: ReportStatus;
  report_lat: number;
  report_lon: number;
}
