import type { Locale } from '@city-app/core';
import type { Queryable } from '@city-app/server';
import { stringify } from 'csv-stringify/sync';
import type { ReportsConfig } from '../../config.js';
import { categoryTitle, text } from '../notices/texts.js';
import { iso } from '../reports/row.js';
import { whereClause } from '../reports/where.js';

/** The most rows one export holds; a town's reports of many years fit. */
export const MAX_EXPORT_ROWS = 100_000;

const COLUMNS = [
  'publicId',
  'reportedAt',
  'category',
  'department',
  'status',
  'closingReason',
  'moderation',
  'latitude',
  'longitude',
  'address',
  'description',
  'assignee',
  'fixedAt',
  'mergedInto',
] as const;

/**
 * A spreadsheet cell that starts like a formula is written as text (a leading apostrophe):
 * a resident's words must never run in the town hall's spreadsheet.
 */
const safe = (value: string | null) => (value && /^[=+\-@\t\r]/.test(value) ? `'${value}` : value);

/**
 * The reports as CSV for the town's spreadsheets, German style (semicolons, UTF-8 with a byte
 * order mark so Excel reads umlauts). Without contact data: the export leaves the system.
 */
export async function exportCsv(
  db: Queryable,
  config: ReportsConfig,
  filter: { department?: string; from?: string; to?: string },
  locale: Locale,
): Promise<string> {
  const where = whereClause();
  if (filter.department) where.add(`r.department = ${where.param(filter.department)}`);
  if (filter.from) where.add(`r.created_at >= ${where.param(filter.from)}::date`);
  if (filter.to) where.add(`r.created_at < ${where.param(filter.to)}::date + 1`);
  const { rows } = await db.query<{
    public_id: string;
    created_at: Date | string;
    category: string;
    department: string;
    status: string;
    closing_reason: string | null;
    moderation: string;
    lat: number | null;
    lon: number | null;
    address: string | null;
    description: string | null;
    assignee_name: string | null;
    fixed_at: Date | string | null;
    merged_public_id: string | null;
  }>(
    `SELECT r.public_id, r.created_at, r.category, r.department, r.status, r.closing_reason,
            r.moderation, r.lat, r.lon, r.address, r.description, r.assignee_name, r.fixed_at,
            (SELECT m.public_id FROM reports m WHERE m.id = r.merged_into) AS merged_public_id
       FROM reports r WHERE ${where.sql} ORDER BY r.created_at, r.public_id
      LIMIT ${MAX_EXPORT_ROWS}`,
    where.params,
  );
  const department = (id: string) => config.departments.find((d) => d.id === id)?.name ?? id;
  const records = rows.map((row) => [
    row.public_id,
    iso(row.created_at),
    categoryTitle(config, row.category, locale),
    department(row.department),
    text(locale, `reports.status.${row.status}`),
    row.closing_reason ? text(locale, `reports.closingReason.${row.closing_reason}`) : '',
    text(locale, `reports.moderation.${row.moderation}`),
    row.lat ?? '',
    row.lon ?? '',
    safe(row.address) ?? '',
    safe(row.description) ?? '',
    safe(row.assignee_name) ?? '',
    row.fixed_at ? iso(row.fixed_at) : '',
    row.merged_public_id ?? '',
  ]);
  const header = COLUMNS.map((column) => text(locale, `reports.export.${column}`));
  return `\uFEFF${stringify([header, ...records], { delimiter: ';', record_delimiter: '\r\n' })}`;
}
