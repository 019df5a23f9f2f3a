import { type CityEnv, describeRoute, type ModuleServerContext, validated } from '@city-app/server';
import { Hono, type MiddlewareHandler } from 'hono';
import {
  type ConfirmResult,
  confirmInputSchema,
  confirmResultSchema,
  type SubmissionInput,
  submissionInputSchema,
  submittedSchema,
} from '../../api/submission.js';
import type { EventsConfig } from '../../config.js';
import { confirmSubmission } from '../submissions/confirm.js';
import { publicOrigin } from '../submissions/mail.js';
import { submitEvent } from '../submissions/submit.js';
import { routeContext } from './context.js';

const tags = ['events'];

/** Each submission counts against the town's limit per address and per organiser's e-mail. */
function submissionGuard(ctx: ModuleServerContext<EventsConfig>): MiddlewareHandler<CityEnv> {
  if (!ctx.limits) return (_c, next) => next();
  return ctx.limits.guard('submissions', {
    email: (c) => validated<SubmissionInput>(c, 'body').organiser.email.trim().toLowerCase(),
  });
}

/**
 * Organisers without an account: hand an event in, then confirm it with the link mailed to
 * them. Staff check it next (`/admin/submissions`), unless the organiser is trusted.
 */
export function submissionRoutes(ctx: ModuleServerContext<EventsConfig>): Hono<CityEnv> {
  const app = new Hono<CityEnv>();
  const route = routeContext(ctx);

  app.post(
    '/submissions',
    describeRoute({
      summary: 'Submit an event as an organiser, without an account',
      description:
        'Stores the event unconfirmed and mails a confirmation link to the organiser (valid 72 hours). Limited per address and per e-mail (`CITY_APP_LIMIT_SUBMISSIONS_*`).',
      tags,
      body: submissionInputSchema,
      responses: {
        202: { description: 'Taken; the link is on its way.', schema: submittedSchema },
        400: {
          description:
            'A field is wrong (`validation_failed`, `events_category_unknown`, `events_venue_unknown`), or consent is missing (`events_submission_consent`); `field` names it.',
        },
        429: { description: 'Too many submissions from this address or e-mail.' },
      },
    }),
    submissionGuard(ctx),
    async (c) => {
      const submitted = await submitEvent(ctx, validated<SubmissionInput>(c, 'body'), {
        timeZone: route.timeZone,
        now: route.now(),
        origin: publicOrigin(ctx, c.req.url),
        appName: ctx.city.branding.appName,
      });
      c.header('Cache-Control', 'no-store');
      return c.json(submitted, 202);
    },
  );

  app.post(
    '/submissions/confirm',
    describeRoute({
      summary: 'Confirm a submitted event with the token of the mailed link',
      description:
        'The event then waits for staff (`pending`), or is published at once when its organiser is trusted.',
      tags,
      secret: { kind: 'private-link', in: 'body', name: 'token' },
      body: confirmInputSchema,
      responses: {
        200: { description: 'Confirmed.', schema: confirmResultSchema },
        400: { description: 'The token is malformed (`validation_failed`).' },
        404: { description: 'No such link (`events_submission_link_unknown`).' },
        409: { description: 'Confirmed already (`events_submission_link_used`).' },
        410: { description: 'The link is older than 72 hours (`events_submission_link_expired`).' },
      },
    }),
    async (c) => {
      const { token } = validated<{ token: string }>(c, 'body');
      const result: ConfirmResult = await confirmSubmission(ctx.db, token, route.now());
      c.header('Cache-Control', 'no-store');
      return c.json(result);
    },
  );
  return app;
}
