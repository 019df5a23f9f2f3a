import { errors, localeFromAcceptLanguage } from '@city-app/core';
import { type CityEnv, describeRoute, type ModuleServerContext, validated } from '@city-app/server';
import { Hono } from 'hono';
import { z } from 'zod';
import { importPlanSchema } from '../../api/import-plan.js';
import { importSourceSchema } from '../../api/import-sources.js';
import type { WasteConfig } from '../../config.js';
import { WASTE_ROLE } from '../../meta.js';
import { idParams, sourceInput } from '../import/input.js';
import { findLocation } from '../import/locations.js';
import { publicSource, type SourceInput, sources } from '../import/sources/repository.js';
import { syncSource } from '../import/sources/sync.js';

const tags = ['waste'];
const notFound = () => errors.notFound({ de: 'Die Quelle', en: 'The source' });
const runInput = z.object({ dryRun: z.boolean().default(false) });
type Id = z.output<typeof idParams>;

/**
 * The addresses of calendars imported on a schedule, with their health, under
 * `/api/waste/admin/sources`; `…/:id/run` imports one now.
 */
export function sourceRoutes(ctx: ModuleServerContext<WasteConfig>): Hono<CityEnv> {
  const checkLocation = async (id: number | null) => {
    if (id !== null && !(await findLocation(ctx.db, id))) {
      throw errors.validation('locationId', {
        de: 'Diese Straße gibt es nicht.',
        en: 'There is no such street.',
      });
    }
  };
  return new Hono<CityEnv>()
    .get(
      '/admin/sources',
      describeRoute({
        summary: 'The calendar addresses and their health',
        tags,
        role: WASTE_ROLE,
        responses: {
          200: {
            description: 'By name.',
            schema: z.object({ sources: z.array(importSourceSchema) }),
          },
        },
      }),
      async (c) => c.json({ sources: (await sources.list(ctx.db)).map(publicSource) }),
    )
    .post(
      '/admin/sources',
      describeRoute({
        summary: 'Add a calendar address to import on a schedule',
        tags,
        role: WASTE_ROLE,
        body: sourceInput,
        responses: { 201: { description: 'Added.', schema: importSourceSchema } },
      }),
      async (c) => {
        const input = validated<SourceInput>(c, 'body');
        await checkLocation(input.locationId);
        return c.json(publicSource(await sources.create(ctx.db, input)), 201);
      },
    )
    .patch(
      '/admin/sources/:id',
      describeRoute({
        summary: 'Change a calendar address (name, format, address, street, active)',
        tags,
        role: WASTE_ROLE,
        params: idParams,
        body: sourceInput.partial(),
        responses: {
          200: { description: 'As changed.', schema: importSourceSchema },
          404: { description: 'No such source.' },
        },
      }),
      async (c) => {
        const { id } = validated<Id>(c, 'params');
        const patch = validated<Partial<SourceInput>>(c, 'body');
        const old = await sources.find(ctx.db, id);
        if (!old) throw notFound();
        const next: SourceInput = {
          name: patch.name ?? old.name,
          format: patch.format ?? old.format,
          url: patch.url ?? old.url,
          locationId: patch.locationId !== undefined ? patch.locationId : old.locationId,
          active: patch.active ?? old.active,
        };
        await checkLocation(next.locationId);
        const updated = await sources.update(ctx.db, id, next);
        if (!updated) throw notFound();
        return c.json(publicSource(updated));
      },
    )
    .delete(
      '/admin/sources/:id',
      describeRoute({
        summary: 'Remove a calendar address (its imported dates stay)',
        tags,
        role: WASTE_ROLE,
        params: idParams,
        responses: { 204: { description: 'Removed.' }, 404: { description: 'No such source.' } },
      }),
      async (c) => {
        if (!(await sources.remove(ctx.db, validated<Id>(c, 'params').id))) throw notFound();
        return c.body(null, 204);
      },
    )
    .post(
      '/admin/sources/:id/run',
      describeRoute({
        summary: 'Import a source now (or plan it: dryRun)',
        tags,
        role: WASTE_ROLE,
        params: idParams,
        body: runInput,
        responses: {
          200: { description: 'What changed, or would change.', schema: importPlanSchema },
          404: { description: 'No such source.' },
          502: { description: 'The calendar could not be fetched; stored on the source.' },
        },
      }),
      async (c) => {
        const source = await sources.find(ctx.db, validated<Id>(c, 'params').id);
        if (!source) throw notFound();
        const { dryRun } = validated<z.output<typeof runInput>>(c, 'body');
        const language = localeFromAcceptLanguage(c.req.header('accept-language'));
        const plan = await syncSource(ctx, source, { dryRun, force: true, language });
        return c.json(plan);
      },
    );
}
