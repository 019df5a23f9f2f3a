import { errors, localDateOf } from '@city-app/core';
import { type CityEnv, describeRoute, type ModuleServerContext, validated } from '@city-app/server';
import { Hono } from 'hono';
import { z } from 'zod';
import { feedImportSchema } from '../../api/feed-import.js';
import {
  type FeedSourceInput,
  feedSourceInputSchema,
  feedSourceListSchema,
  feedSourcePatchSchema,
  feedSourceSchema,
  feedSyncSchema,
} from '../../api/feed-source.js';
import { categoryOf, type EventsConfig } from '../../config.js';
import { eventError } from '../../errors/events.js';
import { feedError } from '../../errors/feeds.js';
import { feedSources, shownSource } from '../feeds/repository.js';
import { syncSource } from '../feeds/sync.js';
import { routeContext } from './context.js';
import { refusals, staffRoute } from './staff-describe.js';

const sourceParams = z.strictObject({ id: z.uuid() });
const notFound = () => errors.notFound({ de: 'Die Quelle', en: 'The source' });

/** Each category a source names must be one of the town's. */
function checkCategories(input: FeedSourceInput, config: EventsConfig): void {
  const named: [string, string][] = [
    ...(input.defaultCategory
      ? [['defaultCategory', input.defaultCategory] as [string, string]]
      : []),
    ...Object.entries(input.categoryMap).map(([word, id]): [string, string] => [
      `categoryMap.${word}`,
      id,
    ]),
  ];
  for (const [field, category] of named) {
    if (!categoryOf(config, category)) {
      throw eventError(
        'events_category_unknown',
        { category, known: config.categories.map((c) => c.id).join(', ') },
        { field },
      );
    }
  }
}

/** A calendar address or another module's dates, exactly one; the module must offer them. */
function checkKind(input: FeedSourceInput, ctx: ModuleServerContext<EventsConfig>): void {
  if ((input.url === undefined) === (input.module === undefined)) {
    throw feedError('events_source_kind', {}, { field: input.url ? 'module' : 'url' });
  }
  if (input.module === undefined) return;
  const offered = ctx.publicDates?.offered() ?? [];
  if (!offered.some((m) => m.id === input.module)) {
    throw feedError(
      'events_source_module_unknown',
      { module: input.module, known: offered.map((m) => m.id).join(', ') || '–' },
      { field: 'module' },
    );
  }
}

/** The refusal of a second source for the same address or module. */
function sameSource(input: FeedSourceInput, name: string) {
  return input.module
    ? feedError('events_source_module_exists', { module: input.module, name }, { field: 'module' })
    : feedError('events_source_exists', { url: input.url ?? '', name }, { field: 'url' });
}

/**
 * Staff's subscribed calendars under `/api/events/admin/sources`: list them with their
 * health, add and remove one, sync one now (or see what a sync would do).
 */
export function sourceRoutes(ctx: ModuleServerContext<EventsConfig>): Hono<CityEnv> {
  const route = routeContext(ctx);
  const app = new Hono<CityEnv>();
  const sourceRefusals = {
    ...refusals,
    404: { description: 'No such source (`not_found`).' },
  };

  app.get(
    '/admin/sources',
    describeRoute(
      staffRoute({
        summary: 'The subscribed calendars with their health',
        responses: { 200: { description: 'By name.', schema: feedSourceListSchema }, ...refusals },
      }),
    ),
    async (c) =>
      c.json({
        sources: (await feedSources.list(ctx.db)).map(shownSource),
        modules: ctx.publicDates?.offered() ?? [],
      }),
  );

  app.post(
    '/admin/sources',
    describeRoute(
      staffRoute({
        summary:
          'Subscribe to a calendar address, or mirror another module’s public dates; synced on schedule',
        body: feedSourceInputSchema,
        responses: {
          201: { description: 'Added.', schema: feedSourceSchema },
          409: {
            description:
              'The address or module is subscribed already (`events_source_exists`, `events_source_module_exists`).',
          },
          ...refusals,
        },
      }),
    ),
    async (c) => {
      const input = validated<FeedSourceInput>(c, 'body');
      checkKind(input, ctx);
      checkCategories(input, ctx.config);
      const existing = await feedSources.findSame(ctx.db, input);
      if (existing) throw sameSource(input, existing.name);
      try {
        return c.json(shownSource(await feedSources.create(ctx.db, input)), 201);
      } catch (error) {
        // The same source added at the same moment: the database's unique index refuses it.
        if ((error as { code?: string })?.code !== '23505') throw error;
        throw sameSource(input, input.name);
      }
    },
  );

  app.patch(
    '/admin/sources/:id',
    describeRoute(
      staffRoute({
        summary: 'Change a source: name, address, categories, or pause it (`active`)',
        params: sourceParams,
        body: feedSourcePatchSchema,
        responses: {
          200: { description: 'As changed.', schema: feedSourceSchema },
          409: { description: 'Another source has this address (`events_source_exists`).' },
          ...sourceRefusals,
        },
      }),
    ),
    async (c) => {
      const { id } = validated<{ id: string }>(c, 'params');
      const patch = validated<Partial<FeedSourceInput>>(c, 'body');
      const old = await feedSources.find(ctx.db, id);
      if (!old) throw notFound();
      // A module's source has no address to change.
      if (old.module && patch.url !== undefined) {
        throw feedError('events_source_kind', {}, { field: 'url' });
      }
      const next: FeedSourceInput = {
        name: patch.name ?? old.name,
        ...(old.module ? { module: old.module } : { url: patch.url ?? (old.url as string) }),
        defaultCategory:
          patch.defaultCategory !== undefined ? patch.defaultCategory : old.defaultCategory,
        categoryMap: patch.categoryMap ?? old.categoryMap,
        active: patch.active ?? old.active,
      };
      checkCategories(next, ctx.config);
      const other = await feedSources.findSame(ctx.db, next);
      if (other && other.id !== id) throw sameSource(next, other.name);
      const updated = await feedSources.update(ctx.db, id, next);
      if (!updated) throw notFound();
      return c.json(shownSource(updated));
    },
  );

  app.delete(
    '/admin/sources/:id',
    describeRoute(
      staffRoute({
        summary: 'Unsubscribe: the source and its coming events go, those over stay',
        params: sourceParams,
        responses: { 204: { description: 'Removed.' }, ...sourceRefusals },
      }),
    ),
    async (c) => {
      const { id } = validated<{ id: string }>(c, 'params');
      const today = localDateOf(route.now(), route.timeZone);
      const removed = await ctx.db.transaction((tx) => feedSources.remove(tx, id, today));
      if (!removed) throw notFound();
      return c.body(null, 204);
    },
  );

  app.post(
    '/admin/sources/:id/sync',
    describeRoute(
      staffRoute({
        summary: 'Sync a source now, or see what a sync would do (`dryRun`)',
        params: sourceParams,
        body: feedSyncSchema,
        responses: {
          200: { description: 'What changed, or would change.', schema: feedImportSchema },
          502: {
            description:
              'The calendar could not be fetched (`events_source_fetch_failed`); stored on the source.',
          },
          ...sourceRefusals,
        },
      }),
    ),
    async (c) => {
      const source = await feedSources.find(ctx.db, validated<{ id: string }>(c, 'params').id);
      if (!source) throw notFound();
      const { dryRun } = validated<z.output<typeof feedSyncSchema>>(c, 'body');
      const result = await syncSource(ctx, source, { dryRun, force: true });
      return c.json(result);
    },
  );
  return app;
}
