import { localDateOf } from '@city-app/core';
import type { ModuleServerContext } from '@city-app/server';
import { categoryOf, type EventsConfig } from '../../config.js';
import { eventRecord } from '../events/record.js';
import { createEvent } from '../events/save.js';
import { createVenue } from '../venues/save.js';
import { readStartingEvents } from './content.js';

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
    return { venues: venueIds.size, events };
  });
  if (seeded) ctx.log.info('Events seeded with samples', seeded);
}
