import { errors } from '@city-app/core';
import { type CityEnv, describeRoute, type ModuleServerContext, validated } from '@city-app/server';
import { Hono } from 'hono';
import { z } from 'zod';
import { organiserListSchema, organiserSchema } from '../../api/submission.js';
import type { EventsConfig } from '../../config.js';
import {
  deleteOrganiser,
  listOrganisers,
  readOrganiser,
  setTrusted,
} from '../submissions/organisers.js';
import { refusals, staffRoute } from './staff-describe.js';

const organiserParams = z.strictObject({ id: z.uuid() });
const notFound = () => errors.notFound({ de: 'Der Veranstalter', en: 'The organiser' });

/** Staff see who submits events and trust an organiser (published without a check) or not. */
export function organiserRoutes(ctx: ModuleServerContext<EventsConfig>): Hono<CityEnv> {
  const app = new Hono<CityEnv>();

  app.get(
    '/admin/organisers',
    describeRoute(
      staffRoute({
        summary: 'Organisers who submitted events, by name',
        responses: {
          200: { description: 'Every organiser with an e-mail.', schema: organiserListSchema },
          ...refusals,
        },
      }),
    ),
    async (c) => c.json({ items: await listOrganisers(ctx.db) }),
  );

  for (const [action, trusted] of [
    ['trust', true],
    ['distrust', false],
  ] as const) {
    app.post(
      `/admin/organisers/:id/${action}`,
      describeRoute(
        staffRoute({
          summary: trusted
            ? 'Trust an organiser: their confirmed submissions publish at once'
            : 'Withdraw the trust: their submissions are checked again',
          params: organiserParams,
          responses: {
            200: { description: 'The organiser as now stored.', schema: organiserSchema },
            ...refusals,
          },
        }),
      ),
      async (c) => {
        const { id } = validated<{ id: string }>(c, 'params');
        if (!(await setTrusted(ctx.db, id, trusted))) throw notFound();
        return c.json(await readOrganiser(ctx.db, id));
      },
    );
  }
  app.delete(
    '/admin/organisers/:id',
    describeRoute(
      staffRoute({
        summary: 'Forget an organiser who withdrew their consent',
        description:
          'Deletes the organiser, their events not yet published, and the stored copies of mail to them. Published events stay with the name written on them.',
        params: organiserParams,
        responses: { 204: { description: 'Forgotten.' }, ...refusals },
      }),
    ),
    async (c) => {
      const { id } = validated<{ id: string }>(c, 'params');
      const deleted = await deleteOrganiser(ctx.db, id);
      if (!deleted) throw notFound();
      if (deleted.email) await ctx.mail?.forgetRecipient(deleted.email);
      return c.body(null, 204);
    },
  );
  return app;
}
