import { localDateOf, localeFromAcceptLanguage } from '@city-app/core';
import { type CityEnv, describeRoute, type ModuleServerContext, validated } from '@city-app/server';
import { Hono } from 'hono';
import { type ReportInput, reportInputSchema, submittedSchema } from '../../api/public-report.js';
import type { ReportsConfig } from '../../config.js';
import { checkInstallation } from '../follows/store.js';
import { publicOrigin } from '../notices/texts.js';
import { processPhoto } from '../photos/process.js';
import { admitReport } from '../reports/limits.js';
import { checkReport, submitReport } from '../reports/submit.js';

const tags = ['reports'];

/** `POST /api/reports`: a resident reports a defect, without an account. */
export function submitRoutes(ctx: ModuleServerContext<ReportsConfig>): Hono<CityEnv> {
  const app = new Hono<CityEnv>();
  app.post(
    '/',
    describeRoute({
      summary: 'Report a defect',
      description:
        'What (a category), where (a point, an address or both), and optionally a photo (JPEG, PNG or WebP as base64, at most 15 MB; stored re-encoded without any metadata), a description, an e-mail address for news and the device’s installation id. The category’s department gets an e-mail; nothing is public before staff review it. Limited per device and per IP address. A retry with the same `Idempotency-Key` header returns the first report instead of a second.',
      tags,
      body: reportInputSchema,
      responses: {
        201: { description: 'Stored; its number.', schema: submittedSchema },
        400: {
          description:
            'A field is wrong (`validation_failed`, `reports_category_unknown`, `reports_place_missing`, `reports_photo_unreadable`); `field` names it.',
        },
        409: { description: 'The installation is not signed up for notifications.' },
        413: { description: 'The photo is too large (`reports_photo_too_large`).' },
        415: { description: 'The photo is not JPEG, PNG or WebP (`reports_photo_type`).' },
        429: { description: 'Too many reports from this device or IP address today.' },
      },
    }),
    async (c) => {
      const input = validated<ReportInput>(c, 'body');
      checkReport(ctx.config, input);
      const installationId = input.installationId?.toLowerCase();
      if (installationId) await checkInstallation(ctx, installationId);
      const admission = await admitReport(ctx, c, installationId);
      try {
        const photo = input.photo ? await processPhoto(Buffer.from(input.photo, 'base64')) : null;
        const submitted = await submitReport(ctx, input, photo, {
          year: Number(localDateOf(new Date(), ctx.city.timezone).slice(0, 4)),
          language: input.language ?? localeFromAcceptLanguage(c.req.header('accept-language')),
          origin: publicOrigin(ctx.env, c.req.url),
          idempotencyKey: c.req.header('idempotency-key')?.slice(0, 200),
        });
        c.header('Cache-Control', 'no-store');
        return c.json(submitted, 201);
      } catch (error) {
        // Nothing was stored: the attempt does not count against the limits.
        await admission.release();
        throw error;
      }
    },
  );
  return app;
}
