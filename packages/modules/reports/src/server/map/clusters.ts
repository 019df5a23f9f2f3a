import type { Queryable } from '@city-app/server';
import type { MapReport, ReportMap, ReportMapQuery } from '../../api/report-map.js';
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

interface PublicCellReport {
  cx: number;
  cy: number;
  public_id: string;
  category: string;
  status: ReportStatus;
  lat: number;
  lon: number;
}

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
 * A cell that holds one report gets it from the reports, through the point's index.
 */
async function keptCells(db: Queryable, query: ReportMapQuery): Promise<ReportMap> {
  const { zoom } = query;
  const range = cellRange(query.bbox, zoom);
  const where = whereClause([
    `c.zoom = ${zoom}`,
    `c.cx BETWEEN ${range.west} AND ${range.east}`,
    `c.cy BETWEEN ${range.north} AND ${range.south}`,
  ]);
  // '*': the cell's row for every status or category.
  where.add(`c.status = ${where.param(query.status ?? '*')}`);
  where.add(`c.category = ${where.param(query.category ?? '*')}`);
  const { rows: cells } = await db.query<{
    cx: number;
    cy: number;
    count: number;
    lat: number;
    lon: number;
  }>(
    `SELECT c.cx, c.cy, c.count, c.sum_lat / c.count AS lat, c.sum_lon / c.count AS lon
       FROM reports_map_cells c WHERE ${where.sql}
        AND c.count > 0 ORDER BY c.cy, c.cx`,
    where.params,
  );
  const single = await reportsAlone(
    db,
    query,
    cells.filter((cell) => cell.count === 1),
  );
  return {
    zoom,
    cellPixels: CELL_PIXELS,
    total: cells.reduce((sum, cell) => sum + cell.count, 0),
    items: cells.map((cell) => {
      const report = single.get(`${cell.cx}/${cell.cy}`);
      if (report) return report;
      const box = cellBox(cell.cx, cell.cy, zoom);
      return {
        kind: 'cluster' as const,
        count: cell.count,
        lat: round(cell.lat),
        lon: round(cell.lon),
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

/** The one report of each cell that holds one, by cell. */
async function reportsAlone(
  db: Queryable,
  query: ReportMapQuery,
  cells: { cx: number; cy: number }[],
): Promise<Map<string, MapReport>> {
  const found = new Map<string, MapReport>();
  if (cells.length === 0) return found;
  const boxes = cells.map((cell) => cellBox(cell.cx, cell.cy, query.zoom));
  const where = whereClause([`r.moderation = 'public'`, 'r.merged_into IS NULL']);
  const param = (values: number[]) => where.param(values);
  const [cx, cy, west, south, east, north] = [
    param(cells.map((c) => c.cx)),
    param(cells.map((c) => c.cy)),
    param(boxes.map((b) => b.west)),
    param(boxes.map((b) => b.south)),
    param(boxes.map((b) => b.east)),
    param(boxes.map((b) => b.north)),
  ];
  if (query.status) where.add(`r.status = ${where.param(query.status)}`);
  if (query.category) where.add(`r.category = ${where.param(query.category)}`);
  // The box finds the candidates through the index; the cell's own formula (the trigger's)
  // decides a report on the edge between two cells.
  const scale = where.param(2 ** query.zoom * (256 / CELL_PIXELS));
  where.add(
    `r.lat IS NOT NULL AND point(r.lon, r.lat) <@ box(point(s.west, s.south), point(s.east, s.north))`,
  );
  where.add(`floor((r.lon + 180) / 360 * ${scale}::float8) = s.cx`);
  where.add(
    `floor((1 - ln(tan(pi() / 4 + radians(r.lat) / 2)) / pi()) / 2 * ${scale}::float8) = s.cy`,
  );
  const { rows } = await db.query<PublicCellReport>(
    `SELECT s.cx, s.cy, r.public_id, r.category, r.status, r.lat, r.lon
       FROM unnest(${cx}::int[], ${cy}::int[], ${west}::float8[], ${south}::float8[], ${east}::float8[], ${north}::float8[])
         AS s(cx, cy, west, south, east, north)
       CROSS JOIN LATERAL (SELECT r.public_id, r.category, r.status, r.lat, r.lon FROM reports r
                            WHERE ${where.sql} LIMIT 1) r`,
    where.params,
  );
  for (const row of rows)
    found.set(`${row.cx}/${row.cy}`, {
      kind: 'report',
      publicId: row.public_id,
      category: row.category,
      status: row.status,
      lat: round(row.lat),
      lon: round(row.lon),
    });
  return found;
}
