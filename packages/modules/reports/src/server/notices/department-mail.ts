import type { ModuleServerContext, Queryable } from '@city-app/server';
import { departmentOf, type ReportsConfig } from '../../config.js';
import { meta } from '../../meta.js';
import { categoryTitle, text } from './texts.js';

export interface NewReport {
  publicId: string;
  category: string;
  department: string;
  location: { lat: number; lon: number } | null;
  address: string | null;
  description: string | null;
  hasPhoto: boolean;
}

/**
 * Queues the e-mail that tells a department of a new report, in the report's transaction:
 * the department hears of every stored report, and of none that was not stored. Staff mail is
 * in the town's language, German.
 */
export async function mailDepartment(
  ctx: ModuleServerContext<ReportsConfig>,
  tx: Queryable,
  report: NewReport,
  origin: string,
): Promise<void> {
  const department = departmentOf(ctx.config, report.department);
  if (!department || !ctx.mail) return;
  const place = [
    report.address,
    report.location ? `${report.location.lat.toFixed(6)}, ${report.location.lon.toFixed(6)}` : null,
  ]
    .filter(Boolean)
    .join(' · ');
  const params = {
    publicId: report.publicId,
    category: categoryTitle(ctx.config, report.category, 'de'),
    department: department.name,
    place: place || text('de', 'reports.mail.department.noPlace'),
    description: report.description || text('de', 'reports.mail.department.noDescription'),
    photo: text('de', `reports.mail.department.${report.hasPhoto ? 'withPhoto' : 'noPhoto'}`),
    link: `${origin}/admin${meta.path}/${report.publicId}`,
  };
  await ctx.mail.enqueue(tx, {
    to: department.email,
    subject: text('de', 'reports.mail.department.subject', params),
    text: `${text('de', 'reports.mail.department.body', params)}\n`,
  });
}
