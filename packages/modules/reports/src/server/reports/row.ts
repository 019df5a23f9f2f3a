import type { PublicReport } from '../../api/public-report.js';
import type { StaffReport } from '../../api/staff-report.js';
import type { ClosingReason, ModerationState, ReportStatus } from '../../status/status.js';

/** The columns every read selects; contact data is selected only by the staff's reads. */
export const PUBLIC_COLUMNS = `r.id, r.public_id, r.category, r.status, r.closing_reason, r.lat, r.lon,
  r.address, r.public_description, r.moderation, r.created_at, r.updated_at,
  (SELECT m.public_id FROM reports m WHERE m.id = r.merged_into) AS merged_public_id,
  (SELECT p.public FROM reports_photos p WHERE p.report_id = r.id) AS photo_public`;

export const STAFF_COLUMNS = `${PUBLIC_COLUMNS}, r.department, r.description, r.assignee_id,
  r.assignee_name, r.reporter_email, r.language,
  (SELECT count(*)::int FROM reports_followers f WHERE f.report_id = r.id) AS followers`;

export interface PublicRow {
  id: string;
  public_id: string;
  category: string;
  status: ReportStatus;
  closing_reason: ClosingReason | null;
  lat: number | null;
  lon: number | null;
  address: string | null;
  public_description: string | null;
  moderation: ModerationState;
  created_at: Date | string;
  updated_at: Date | string;
  merged_public_id: string | null;
  /** null: no photo. */
  photo_public: boolean | null;
}

export interface StaffRow extends PublicRow {
  department: string;
  description: string | null;
  assignee_id: string | null;
  assignee_name: string | null;
  reporter_email: string | null;
  language: 'de' | 'en';
  followers: number;
}

export const iso = (value: Date | string) => new Date(value).toISOString();

/** Where a report's photo is read, for residents or staff. */
export const photoPath = (publicId: string, staff = false) =>
  staff ? `/api/reports/admin/reports/${publicId}/photo` : `/api/reports/${publicId}/photo`;

/**
 * A report as residents read it. Called only for published reports; the photo only when
 * staff released it.
 */
export function toPublicReport(row: PublicRow): PublicReport {
  return {
    publicId: row.public_id,
    category: row.category,
    status: row.status,
    closingReason: row.closing_reason,
    location: row.lat === null || row.lon === null ? null : { lat: row.lat, lon: row.lon },
    address: row.address,
    description: row.public_description,
    photo: row.photo_public ? photoPath(row.public_id) : null,
    mergedInto: row.merged_public_id,
    reportedAt: iso(row.created_at),
    updatedAt: iso(row.updated_at),
  };
}

export function toStaffReport(row: StaffRow): StaffReport {
  return {
    ...toPublicReport(row),
    // Staff see the photo whether or not residents may.
    photo: row.photo_public === null ? null : photoPath(row.public_id, true),
    department: row.department,
    moderation: row.moderation,
    originalDescription: row.description,
    hasPhoto: row.photo_public !== null,
    photoPublic: row.photo_public === true,
    assignee:
      row.assignee_id && row.assignee_name
        ? { id: row.assignee_id, name: row.assignee_name }
        : null,
    reporterEmail: row.reporter_email,
    language: row.language,
    followers: row.followers,
  };
}
