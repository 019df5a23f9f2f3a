import type { Queryable } from '@city-app/server';
import type {
  NearbyList,
  NearbyQuery,
  PublicListQuery,
  PublicReportDetail,
  PublicReportPage,
} from '../../api/public-report.js';
import { reportError } from '../../errors/reports.js';
import { OPEN_STATUSES } from '../../status/status.js';
import { iso, PUBLIC_COLUMNS, type PublicRow, toPublicReport } from './row.js';
import { whereClause } from './where.js';

const METERS_PER_DEGREE = 111_320;

/** Published reports, newest first, filtered by status, category and a bounding box. */
export async function listPublicReports(
  db: Queryable,
  query: PublicListQuery,
): Promise<PublicReportPage> {
  const where = whereClause([`r.moderation = 'public'`]);
  if (query.status) where.add(`r.status = ${where.param(query.status)}`);
  if (query.category) where.add(`r.category = ${where.param(query.category)}`);
  if (query.bbox) {
    const { west, south, east, north } = query.bbox;
    // The GiST index on the point answers this without reading the other rows.
    const corner = (lon: number, lat: number) => `point(${where.param(lon)}, ${where.param(lat)})`;
    where.add(
      `r.lat IS NOT NULL AND point(r.lon, r.lat) <@ box(${corner(west, south)}, ${corner(east, north)})`,
    );
  }
  const { sql: filter, params } = where;
  const { rows: counted } = await db.query<{ total: number }>(
    `SELECT count(*)::int AS total FROM reports r WHERE ${filter}`,
    params,
  );
  const { rows } = await db.query<PublicRow>(
    `SELECT ${PUBLIC_COLUMNS} FROM reports r WHERE ${filter}
      ORDER BY r.created_at DESC, r.public_id DESC
      LIMIT ${query.pageSize} OFFSET ${(query.page - 1) * query.pageSize}`,
    params,
  );
  return {
    items: rows.map(toPublicReport),
    page: query.page,
    pageSize: query.pageSize,
    total: counted[0]?.total ?? 0,
  };
}

/** A published report with its public history; 404 for any other, so none is seen to exist. */
export async function readPublicReport(
  db: Queryable,
  publicId: string,
): Promise<PublicReportDetail> {
  const { rows } = await db.query<PublicRow>(
    `SELECT ${PUBLIC_COLUMNS} FROM reports r WHERE r.public_id = $1 AND r.moderation = 'public'`,
    [publicId],
  );
  const row = rows[0];
  if (!row) throw reportError('reports_not_found', { publicId });
  const { rows: history } = await db.query<{
    status: PublicRow['status'];
    closing_reason: PublicRow['closing_reason'];
    public_note: string | null;
    created_at: Date | string;
  }>(
    `SELECT status, closing_reason, public_note, created_at FROM reports_history
      WHERE report_id = $1 ORDER BY created_at, id`,
    [row.id],
  );
  // Entries that only hold an internal note are the staff's; residents see each change once.
  const seen = history.filter(
    (entry, i) => i === 0 || entry.public_note !== null || entry.status !== history[i - 1]?.status,
  );
  return {
    ...toPublicReport(row),
    history: seen.map((entry) => ({
      status: entry.status,
      closingReason: entry.closing_reason,
      note: entry.public_note,
      at: iso(entry.created_at),
    })),
  };
}

/**
 * Open reports in the same category within `meters` of a point, nearest first: "already
 * reported? Follow it". Reports waiting for review count too (a pothole is reported twice
 * within an hour), but show only their category, status and distance, never their words.
 */
export async function nearbyReports(
  db: Queryable,
  query: NearbyQuery,
  meters: number,
): Promise<NearbyList> {
  const dLat = meters / METERS_PER_DEGREE;
  const dLon = meters / (METERS_PER_DEGREE * Math.max(Math.cos((query.lat * Math.PI) / 180), 0.01));
  const { rows } = await db.query<{
    public_id: string;
    category: string;
    status: PublicRow['status'];
    moderation: PublicRow['moderation'];
    public_description: string | null;
    created_at: Date | string;
    distance: number;
  }>(
    `SELECT * FROM (
       SELECT r.public_id, r.category, r.status, r.moderation, r.public_description, r.created_at,
              2 * 6371000 * asin(sqrt(
                power(sin(radians(r.lat - $1) / 2), 2) +
                cos(radians($1)) * cos(radians(r.lat)) * power(sin(radians(r.lon - $2) / 2), 2)
              )) AS distance
         FROM reports r
        WHERE r.lat IS NOT NULL
          AND point(r.lon, r.lat) <@ box(point($2 - $4, $1 - $3), point($2 + $4, $1 + $3))
          AND r.category = $5 AND r.status = ANY($6) AND r.moderation <> 'hidden'
          AND r.merged_into IS NULL
     ) near
     WHERE distance <= $7 ORDER BY distance, created_at LIMIT 10`,
    [query.lat, query.lon, dLat, dLon, query.category, OPEN_STATUSES, meters],
  );
  return {
    items: rows.map((row) => ({
      publicId: row.public_id,
      category: row.category,
      status: row.status,
      distanceMeters: Math.round(Number(row.distance)),
      description: row.moderation === 'public' ? row.public_description : null,
      reportedAt: iso(row.created_at),
    })),
  };
}
