import { defineModule } from '@city-app/core';
import { reportsConfigSchema } from './config.js';
import { meta } from './meta.js';

/**
 * The reports module's manifest: what the kernel, the CLI and the web shell know about it
 * without loading its server code.
 */
const manifest = defineModule({ ...meta, configSchema: reportsConfigSchema });

export default manifest;

export type { PublicReport, PublicReportPage, ReportInput } from './api/public-report.js';
export type { StaffReport, StaffReportPage } from './api/staff-report.js';
export { type Category, DEFAULT_CATEGORIES, REPORT_ICONS } from './categories/category.js';
export { type ReportsConfig, reportsConfigSchema } from './config.js';
export { DEFAULT_DEPARTMENTS, type Department } from './departments/department.js';
export { meta, REPORTS_ROLE } from './meta.js';
export {
  CLOSING_REASONS,
  type ClosingReason,
  MODERATION_STATES,
  type ModerationState,
  REPORT_STATUSES,
  type ReportStatus,
} from './status/status.js';
