import type { Locale } from '@city-app/core';
import type { Queryable } from '@city-app/server';
import { departmentOf, type ReportsConfig } from '../../config.js';
import { open311Error } from '../../errors/open311.js';
import { categoryTitle, text } from '../notices/texts.js';
import { iso, PUBLIC_COLUMNS, type PublicRow, photoPath } from '../reports/row.js';
import { whereClause } from '../reports/where.js';
import { open311Status } from './query.js';
import type { XmlElement } from './xml.js';

/** At most this many requests per answer, as the standard suggests. */
const MAX_REQUESTS = 1000;
/** Without a date range, the standard's default: the last 90 days. */
const DEFAULT_DAYS = 90;

export interface RequestFilter {
  ids?: string[];
  serviceCodes?: string[];
  statuses?: string[];
  start?: Date;
  end?: Date;
}

interface RequestRow extends PublicRow {
  department: string;
  status_note: string | null;
}

/** The latest public note of a report: Open311's `status_notes`. */
const COLUMNS = `${PUBLIC_COLUMNS}, r.department,
  (SELECT h.public_note FROM reports_history h
    WHERE h.report_id = r.id AND h.public_note IS NOT NULL
    ORDER BY h.created_at DESC, h.id DESC LIMIT 1) AS status_note`;

export interface RequestsView {
  config: ReportsConfig;
  locale: Locale;
  /** The town's public address, for the photo's URL. */
  origin: string;
}

/**
 * Published reports as Open311 service requests, newest first. With ids, only those (the
 * standard ignores the other filters then); otherwise by service, status and date, the last
 * 90 days when no date is given. Never contact data; the photo only once staff released it.
 */
export async function listRequests(
  db: Queryable,
  filter: RequestFilter,
  view: RequestsView,
): Promise<XmlElement[]> {
  const where = whereClause([`r.moderation = 'public'`]);
  if (filter.ids) {
    where.add(`r.public_id = ANY(${where.param(filter.ids)})`);
  } else {
    if (filter.serviceCodes) where.add(`r.category = ANY(${where.param(filter.serviceCodes)})`);
    if (filter.statuses) where.add(`r.status = ANY(${where.param(filter.statuses)})`);
    const start =
      filter.start ?? (filter.end ? undefined : new Date(Date.now() - DEFAULT_DAYS * 86_400_000));
    if (start) where.add(`r.created_at >= ${where.param(start.toISOString())}`);
    if (filter.end) where.add(`r.created_at <= ${where.param(filter.end.toISOString())}`);
  }
  const { rows } = await db.query<RequestRow>(
    `SELECT ${COLUMNS} FROM reports r WHERE ${where.sql}
      ORDER BY r.created_at DESC, r.public_id DESC LIMIT ${MAX_REQUESTS}`,
    where.params,
  );
  return rows.map((row) => toServiceRequest(row, view));
}

/** One published report as a service request; 404 for any other, so none is seen to exist. */
export async function readRequest(
  db: Queryable,
  id: string,
  view: RequestsView,
): Promise<XmlElement> {
  const [request] = await listRequests(db, { ids: [id] }, view);
  if (!request) throw open311Error('open311_request_not_found', { id: id.slice(0, 20) });
  return request;
}

function toServiceRequest(row: RequestRow, { config, locale, origin }: RequestsView): XmlElement {
  const reason = row.closing_reason
    ? text(locale, `reports.closingReason.${row.closing_reason}`)
    : null;
  return {
    service_request_id: row.public_id,
    status: open311Status(row.status),
    status_notes: row.status_note ?? reason,
    service_name: categoryTitle(config, row.category, locale),
    service_code: row.category,
    description: row.public_description,
    agency_responsible: departmentOf(config, row.department)?.name ?? row.department,
    service_notice: null,
    requested_datetime: iso(row.created_at),
    updated_datetime: iso(row.updated_at),
    expected_datetime: null,
    address: row.address,
    address_id: null,
    zipcode: null,
    lat: row.lat,
    long: row.lon,
    media_url: row.photo_public ? `${origin}${photoPath(row.public_id)}` : null,
  };
}
