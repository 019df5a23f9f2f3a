import { createTranslator, type Locale, type TransactionalDatabase } from '@city-app/core';
import type { FeedImport } from '../../api/feed-import.js';
import type { EventsConfig } from '../../config.js';
import { feedError } from '../../errors/feeds.js';
import { feedMessages } from '../../messages/feeds.js';
import { applyPlan } from './apply.js';
import { type FeedItem, feedItem, isFeedItem } from './feed-record.js';
import type { FeedEvent, FeedWarning } from './parse/feed-event.js';
import { planImport } from './plan.js';

/** Events of one source to import, and how their words map to the town's. */
export interface EventsImport {
  /** Whose events these are: `source:<id>` for a subscribed feed, `file:<name>` for the command. */
  sourceId: string;
  defaultCategory: string | null;
  categoryMap?: Readonly<Record<string, string>>;
  dryRun: boolean;
  /**
   * A subscribed feed that suddenly holds no event at all is more likely a server's hiccup
   * than every event called off: refuse it, and keep the coming events, instead of removing.
   */
  refuseEmpty?: boolean;
  /** Links may be pages of this app (`/kurse/…`): the events come from one of its modules. */
  inAppLinks?: boolean;
}

export interface ImportContext {
  db: TransactionalDatabase;
  config: Pick<EventsConfig, 'categories'>;
  timeZone: string;
  now?: Date;
}

const translators = {
  de: createTranslator('de', feedMessages),
  en: createTranslator('en', feedMessages),
};

/** A warning in both languages; a refusal carries its reason in both already. */
function words(warning: FeedWarning): { de: string; en: string } {
  const say = (locale: Locale) => {
    const params = { ...warning.params };
    if (params[`reason_${locale}`]) params.reason = params[`reason_${locale}`] as string;
    return translators[locale](`events.feeds.${warning.key}`, params);
  };
  return { de: say('de'), en: say('en') };
}

async function venuesByName(db: TransactionalDatabase): Promise<Map<string, string>> {
  const { rows } = await db.query<{ id: string; name: string }>(
    'SELECT id, name FROM events_venues',
  );
  return new Map(rows.map((r) => [r.name.toLowerCase(), r.id]));
}

/**
 * Imports one source's events into the town's calendar, keyed by their UID (and, for a date
 * overridden without its series, its RECURRENCE-ID): new events are published, changed ones
 * replaced, those gone from the source removed (or kept when over, see `planImport`). All in
 * one transaction, so a failed import leaves nothing half-written; a second import of the
 * same events finds everything unchanged and writes nothing. A dry run only counts.
 */
export async function importEvents(
  ctx: ImportContext,
  input: EventsImport,
  reading: { events: FeedEvent[]; warnings: FeedWarning[] },
): Promise<FeedImport> {
  const now = ctx.now ?? new Date();
  const mapping = {
    config: ctx.config,
    defaultCategory: input.defaultCategory,
    categoryMap: input.categoryMap ?? {},
    venues: await venuesByName(ctx.db),
    inAppLinks: input.inAppLinks ?? false,
  };
  const items: FeedItem[] = [];
  const skipped = [...reading.warnings.filter((w) => w.key.startsWith('skip.'))];
  const notes = reading.warnings.filter((w) => w.key.startsWith('note.'));
  for (const event of reading.events) {
    const item = feedItem(event, mapping);
    if (!isFeedItem(item)) skipped.push(item);
    else {
      items.push(item);
      if (item.cut) notes.push({ item: item.uid.slice(0, 120), key: 'note.cut' });
    }
  }
  const plan = await ctx.db.transaction(async (tx) => {
    // One import of a source at a time: the schedule's and staff's "sync now" take turns.
    await tx.query("SELECT pg_advisory_xact_lock(hashtext('city-app.events.source:' || $1))", [
      input.sourceId,
    ]);
    const planned = await planImport(tx, input.sourceId, items, { timeZone: ctx.timeZone, now });
    if (input.refuseEmpty && !reading.events.length && !skipped.length && planned.remove.length) {
      throw feedError('events_feed_empty', { count: planned.remove.length });
    }
    if (!input.dryRun)
      await applyPlan(tx, input.sourceId, planned, { timeZone: ctx.timeZone, now });
    return planned;
  });
  return {
    dryRun: input.dryRun,
    created: plan.create.length,
    changed: plan.change.length,
    unchanged: plan.unchanged,
    removed: plan.remove.length,
    keptPast: plan.keptPast,
    skipped: skipped.map((w) => ({ item: w.item, reason: words(w) })),
    notes: notes.map((w) => ({ item: w.item, note: words(w) })),
  };
}
