import { type CityEnv, describeRoute, type ModuleServerContext, validated } from '@city-app/server';
import { Hono } from 'hono';
import { type Redaction, redactionSchema } from '../../api/photo-redaction.js';
import { publicIdParamsSchema } from '../../api/public-id.js';
import { staffReportDetailSchema } from '../../api/staff-report.js';
import type { ReportsConfig } from '../../config.js';
import { staffError } from '../../errors/staff.js';
import { REPORTS_ROLE } from '../../meta.js';
import { pixelate } from '../photos/pixelate.js';
import { lockReport } from '../staff/lock.js';
import { readStaffReport } from '../staff/read.js';

type Params = { publicId: string };

/** Staff make parts of a report's photo unrecognisable before it is released. */
export function staffPhotoRoutes(ctx: ModuleServerContext<ReportsConfig>): Hono<CityEnv> {
  const app = new Hono<CityEnv>();

  app.post(
    '/admin/reports/:publicId/photo/redaction',
    describeRoute({
      summary: 'Pixelate parts of the photo (a face, a number plate)',
      description:
        'Each area (as fractions of the photo’s width and height) becomes coarse blocks; the photo is stored anew without metadata and the original is not kept.',
      tags: ['reports (staff)'],
      role: REPORTS_ROLE,
      params: publicIdParamsSchema,
      body: redactionSchema,
      responses: {
        200: { description: 'The report as it now is.', schema: staffReportDetailSchema },
        404: { description: 'No such report, or no photo (`reports_photo_none`).' },
      },
    }),
    async (c) => {
      const { publicId } = validated<Params>(c, 'params');
      const { regions } = validated<Redaction>(c, 'body');
      await ctx.db.transaction(async (tx) => {
        const report = await lockReport(tx, publicId, { allowMerged: true });
        const { rows } = await tx.query<{ bytes: Uint8Array }>(
          'SELECT bytes FROM reports_photos WHERE report_id = $1',
          [report.id],
        );
        const photo = rows[0];
        if (!photo) throw staffError('reports_photo_none', { publicId });
        await tx.query('UPDATE reports_photos SET bytes = $2 WHERE report_id = $1', [
          report.id,
          await pixelate(photo.bytes, regions),
        ]);
      });
      return c.json(await readStaffReport(ctx.db, publicId));
    },
  );

  return app;
}
