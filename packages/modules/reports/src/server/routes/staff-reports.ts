import {
  type CityEnv,
  describeRoute,
  type ModuleServerContext,
  type Queryable,
  type StaffUser,
  validated,
} from '@city-app/server';
import { type Context, Hono } from 'hono';
import { publicIdParamsSchema } from '../../api/public-id.js';
import {
  type Assignment,
  assignmentSchema,
  type InboxQuery,
  inboxQuerySchema,
  type Merge,
  type Moderation,
  mergeSchema,
  moderationSchema,
  type StatusChange,
  staffReportDetailSchema,
  staffReportPageSchema,
  statusChangeSchema,
} from '../../api/staff-report.js';
import type { ReportsConfig } from '../../config.js';
import { REPORTS_ROLE } from '../../meta.js';
import { publicOrigin } from '../notices/texts.js';
import { readPhoto } from '../photos/read.js';
import { type LockedReport, lockReport } from '../staff/lock.js';
import { mergeReports } from '../staff/merge.js';
import { assign, moderate } from '../staff/moderate.js';
import { listInbox, readStaffReport } from '../staff/read.js';
import { changeStatus } from '../staff/status.js';

const tags = ['reports (staff)'];
const role = REPORTS_ROLE;
type Params = { publicId: string };
const detail = { description: 'The report as it now is.', schema: staffReportDetailSchema };
const refused = {
  400: { description: 'A field is wrong; `field` names it.' },
  404: { description: 'No such report (`reports_not_found`).' },
  409: { description: 'The report is merged into another (`reports_already_merged`).' },
};

/** The town hall's work on reports under `/api/reports/admin/reports`, for the `reports` role. */
export function staffReportRoutes(ctx: ModuleServerContext<ReportsConfig>): Hono<CityEnv> {
  const app = new Hono<CityEnv>();
  const me = (c: Context<CityEnv>) => c.get('user') as StaffUser;
  /** Locks the report, changes it in one transaction, answers with what it now is. */
  const change = async (
    c: Context<CityEnv>,
    work: (tx: Queryable, report: LockedReport) => Promise<void>,
    options: { allowMerged?: boolean } = {},
  ) => {
    const { publicId } = validated<Params>(c, 'params');
    await ctx.db.transaction(async (tx) => work(tx, await lockReport(tx, publicId, options)));
    return c.json(await readStaffReport(ctx.db, publicId));
  };

  app.get(
    '/admin/reports',
    describeRoute({
      summary: 'The inbox: reports by department, status, category, review and assignee',
      description: 'Open reports first, the oldest first; then the others.',
      tags,
      role,
      query: inboxQuerySchema,
      responses: { 200: { description: 'One page.', schema: staffReportPageSchema } },
    }),
    async (c) => c.json(await listInbox(ctx.db, validated<InboxQuery>(c, 'query'), me(c).id)),
  );

  app.get(
    '/admin/reports/:publicId',
    describeRoute({
      summary: 'One report with its whole history, internal notes too',
      tags,
      role,
      params: publicIdParamsSchema,
      responses: { 200: detail, 404: refused[404] },
    }),
    async (c) => c.json(await readStaffReport(ctx.db, validated<Params>(c, 'params').publicId)),
  );

  app.get(
    '/admin/reports/:publicId/photo',
    describeRoute({
      summary: 'A report’s photo, released or not',
      tags,
      role,
      params: publicIdParamsSchema,
      responses: {
        200: { description: 'The JPEG.', contentType: 'image/jpeg' },
        404: { description: 'The report has no photo.' },
      },
    }),
    async (c) => {
      const photo = await readPhoto(ctx.db, validated<Params>(c, 'params').publicId, 'staff');
      return c.body(new Uint8Array(photo.bytes), 200, {
        'Content-Type': photo.contentType,
        'Cache-Control': 'private, no-store',
      });
    },
  );

  app.post(
    '/admin/reports/:publicId/status',
    describeRoute({
      summary: 'Change the status, with a public and an internal note',
      description:
        'A new status or a public note goes to the reporter’s and the followers’ devices by push and to the reporter by e-mail (if given), in the same transaction. An internal note alone tells nobody.',
      tags,
      role,
      params: publicIdParamsSchema,
      body: statusChangeSchema,
      responses: { 200: detail, ...refused },
    }),
    (c) =>
      change(c, (tx, report) =>
        changeStatus(
          ctx,
          tx,
          report,
          validated<StatusChange>(c, 'body'),
          me(c),
          publicOrigin(ctx.env, c.req.url),
        ),
      ),
  );

  app.post(
    '/admin/reports/:publicId/moderation',
    describeRoute({
      summary: 'Decide what residents see: the report, its words, its photo',
      tags,
      role,
      params: publicIdParamsSchema,
      body: moderationSchema,
      responses: { 200: detail, ...refused },
    }),
    // A merged duplicate may still be published (its page points to the other) or hidden.
    (c) =>
      change(c, (tx, report) => moderate(tx, report, validated<Moderation>(c, 'body')), {
        allowMerged: true,
      }),
  );

  app.post(
    '/admin/reports/:publicId/assignment',
    describeRoute({
      summary: 'Move a report to a department, take it, give it to a colleague, or give it back',
      tags,
      role,
      params: publicIdParamsSchema,
      body: assignmentSchema,
      responses: { 200: detail, ...refused },
    }),
    (c) =>
      change(c, (tx, report) =>
        assign(tx, ctx.config, report, validated<Assignment>(c, 'body'), me(c), ctx.staff),
      ),
  );

  app.post(
    '/admin/reports/:publicId/merge',
    describeRoute({
      summary: 'Merge a duplicate into the report of the same thing',
      description:
        'The duplicate is closed as "already reported", its reporter and followers are told, and they follow the other report from then on.',
      tags,
      role,
      params: publicIdParamsSchema,
      body: mergeSchema,
      responses: { 200: detail, ...refused },
    }),
    async (c) => {
      const { publicId } = validated<Params>(c, 'params');
      await ctx.db.transaction((tx) =>
        mergeReports(
          ctx,
          tx,
          publicId,
          validated<Merge>(c, 'body'),
          me(c),
          publicOrigin(ctx.env, c.req.url),
        ),
      );
      return c.json(await readStaffReport(ctx.db, publicId));
    },
  );
  return app;
}
