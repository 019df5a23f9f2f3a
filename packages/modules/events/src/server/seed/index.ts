import { localDateOf } from '@city-app/core';
import type { ModuleServerContext, Queryable } from '@city-app/server';
import { categoryOf, type EventsConfig } from '../../config.js';
import { eventRecord } from '../events/record.js';
import { createEvent } from '../events/save.js';
import { feedSources, type StoredSource } from '../feeds/repository.js';
import { syncSource } from '../feeds/sync.js';
import { createVenue } from '../venues/save.js';
import { readStartingEvents, type StartingEvents } from './content.js';

/**
 * Loads the town's starting events (`content/events/events.yaml`) into an empty calendar, each
 * venue and event marked as a sample for staff, the first dates counted from today so they
 * lie ahead. Runs once; everything in one transaction, so a problem leaves nothing behind.
 * An event of a category the town has since removed is left out, and the log says so.
 */
export async function seedEvents(
  ctx: ModuleServerContext<EventsConfig>,
  now: Date = new Date(),
): Promise<void> {
  if (!ctx.contentDir) return;
  const timeZone = ctx.city.timezone;
  const starting = await readStartingEvents(ctx.contentDir, localDateOf(now, timeZone));
  if (!starting) return;
  const seeded = await ctx.db.transaction(async (tx) => {
    const { rows } = await tx.query('SELECT 1 FROM events_events LIMIT 1');
    if (rows.length) return null;
    const venueIds = new Map<string, string>();
    for (const { key, ...venue } of starting.venues) {
      venueIds.set(key, (await createVenue(tx, venue, true)).id);
    }
    let events = 0;
    for (const { input, venue } of starting.events) {
      if (!categoryOf(ctx.config, input.category)) {
        ctx.log.warn('Starting event left out: its category is not one of the town’s', {
          title: input.title,
          category: input.category,
        });
        continue;
      }
      const venueId = venue ? venueIds.get(venue) : undefined;
      const record = eventRecord({ ...input, ...(venueId ? { venueId } : {}) }, ctx.config);
      await createEvent(tx, record, { status: 'published', sample: true }, { timeZone, now });
      events += 1;
    }
    const sources = await startingSources(tx, ctx, starting.sources);
    return { venues: venueIds.size, events, sources };
  });
  if (!seeded) return;
  ctx.log.info('Events seeded with samples', { ...seeded, sources: seeded.sources.length });
  // Parts of the app seeded before this one have their dates already: show them at once.
  for (const source of seeded.sources) {
    await syncSource(ctx, source, { dryRun: false, force: true, now }).catch((error: unknown) =>
      ctx.log.warn('A starting source could not be synced yet; the job tries again', {
        source: source.name,
        error: String(error),
      }),
    );
  }
}

/** The starting sources of parts of the app that are enabled and offer dates; others left out. */
async function startingSources(
  tx: Queryable,
  ctx: ModuleServerContext<EventsConfig>,
  sources: StartingEvents['sources'],
): Promise<StoredSource[]> {
  const offered = new Set(ctx.publicDates?.offered().map((m) => m.id));
  const made: StoredSource[] = [];
  for (const source of sources) {
    if (!offered.has(source.module)) {
      ctx.log.info('Starting source left out: that part of the app offers no dates', source);
      continue;
    }
    const category = source.defaultCategory && categoryOf(ctx.config, source.defaultCategory);
    made.push(
      await feedSources.create(tx, {
        ...source,
        defaultCategory: category ? category.id : null,
        categoryMap: {},
        active: true,
      }),
    );
  }
  return made;
}
