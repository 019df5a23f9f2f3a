import { errors, timeOfDay } from '@city-app/core';
import { type CityEnv, describeRoute, type ModuleServerContext, validated } from '@city-app/server';
import { Hono, type MiddlewareHandler } from 'hono';
import { z } from 'zod';
import { followStateSchema } from '../../api/follow.js';
import type { WasteConfig } from '../../config.js';
import { followError } from '../../errors/follows.js';
import {
  deleteFollows,
  type FollowRequest,
  readFollows,
  replaceFollows,
} from '../follows/store.js';

/** The anonymous id of the device's notify installation; knowing it is the proof. */
const paramsSchema = z.object({
  installationId: z
    .string()
    .regex(/^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i, 'a UUID')
    .describe('The id of this device’s notification installation (a UUID the app made).'),
});

const followBodySchema = z.strictObject({
  locationId: z.number().int().min(1).max(2_147_483_647).describe('The chosen street or district.'),
  types: z
    .array(
      z.strictObject({
        typeId: z.string().min(2).max(40),
        evening: timeOfDay().nullable().describe('Reminder the evening before, local "HH:MM".'),
        morning: timeOfDay().nullable().describe('Reminder on the morning, local "HH:MM".'),
      }),
    )
    .max(20)
    .describe('Per waste type the reminders; a type with neither is not followed.'),
  language: z.enum(['de', 'en']).default('de'),
});

const secret = { kind: 'installation', in: 'path', name: 'installationId' } as const;
const answerSchema = followStateSchema.extend({ language: z.enum(['de', 'en']) });
const tags = ['waste'];

/**
 * `/api/waste/follows/:installationId`: the reminders a device asked for — one location, per
 * waste type a time the evening before and/or on the morning. No account: the installation's
 * random id is known only to the device.
 */
export function followRoutes(ctx: ModuleServerContext<WasteConfig>): Hono<CityEnv> {
  const typeIds = () => ctx.config.types.map((t) => t.id);
  const app = new Hono<CityEnv>();
  // Writes count against the town's limit on installations' changes per address.
  const guard: MiddlewareHandler<CityEnv> = ctx.limits
    ? ctx.limits.guard('installations')
    : (_c, next) => next();

  app.put(
    '/follows/:installationId',
    describeRoute({
      summary: 'Set the reminders of this device',
      description:
        'Replaces everything this installation asked for, in one step. The installation must be signed up with notifications.',
      tags,
      secret,
      params: paramsSchema,
      body: followBodySchema,
      responses: {
        200: { description: 'What is now stored.', schema: answerSchema },
        400: { description: 'A field is wrong, or the street or a waste type is unknown.' },
        409: { description: 'The device is not signed up for notifications.' },
      },
    }),
    guard,
    async (c) => {
      const { installationId } = validated<z.output<typeof paramsSchema>>(c, 'params');
      const body = validated<FollowRequest>(c, 'body');
      const known = new Set(typeIds());
      const seen = new Set<string>();
      for (const [i, t] of body.types.entries()) {
        const field = `types.${i}.typeId`;
        if (!known.has(t.typeId)) {
          throw followError('waste_follow_unknown_type', { typeId: t.typeId }, { field });
        }
        if (seen.has(t.typeId)) {
          throw followError('waste_follow_type_twice', { typeId: t.typeId }, { field });
        }
        seen.add(t.typeId);
      }
      if (ctx.notify) {
        const [exists] = await ctx.notify.existingInstallations([installationId]);
        if (!exists) {
          throw followError('waste_follow_no_installation', {}, { field: 'installationId' });
        }
      }
      const id = installationId.toLowerCase();
      await ctx.db.transaction(async (tx) => {
        // KEY SHARE: the location cannot disappear before the follows referring to it commit.
        const location = await tx.query(
          'SELECT 1 FROM waste_locations WHERE id = $1 FOR KEY SHARE',
          [body.locationId],
        );
        if (!location.rowCount) {
          throw followError(
            'waste_follow_unknown_location',
            { locationId: body.locationId },
            { field: 'locationId' },
          );
        }
        await replaceFollows(tx, id, body);
      });
      const stored = await readFollows(ctx.db, id, typeIds());
      return c.json(stored ?? { locationId: body.locationId, types: [], language: body.language });
    },
  );

  app.get(
    '/follows/:installationId',
    describeRoute({
      summary: 'The reminders of this device',
      tags,
      secret,
      params: paramsSchema,
      responses: {
        200: { description: 'What this installation asked for.', schema: answerSchema },
        404: { description: 'It asked for no reminders.' },
      },
    }),
    async (c) => {
      const { installationId } = validated<z.output<typeof paramsSchema>>(c, 'params');
      const stored = await readFollows(ctx.db, installationId.toLowerCase(), typeIds());
      if (!stored) {
        throw errors.notFound({
          de: 'Erinnerungen für dieses Gerät',
          en: 'Reminders for this device',
        });
      }
      return c.json(stored);
    },
  );

  app.delete(
    '/follows/:installationId',
    describeRoute({
      summary: 'Turn off every reminder of this device',
      tags,
      secret,
      params: paramsSchema,
      responses: { 204: { description: 'Nothing is stored for this installation any more.' } },
    }),
    async (c) => {
      const { installationId } = validated<z.output<typeof paramsSchema>>(c, 'params');
      await deleteFollows(ctx.db, installationId.toLowerCase());
      return c.body(null, 204);
    },
  );

  return app;
}
