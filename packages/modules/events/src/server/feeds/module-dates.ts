import { createHash } from 'node:crypto';
import { addDaysToDate, instantToLocal, type PublicDate } from '@city-app/core';
import type { ModuleServerContext } from '@city-app/server';
import type { FeedImport } from '../../api/feed-import.js';
import type { EventsConfig } from '../../config.js';
import { feedError } from '../../errors/feeds.js';
import { importEvents } from '../import/import-events.js';
import type { FeedEvent } from '../import/parse/feed-event.js';
import type { TownTime } from '../import/parse/zone.js';
import { occurrenceWindow } from '../occurrences/window.js';
import { type StoredSource, sourceKey, wordsInLowerCase } from './repository.js';

const DAY_MS = 86_400_000;

function townTime(instant: string, timeZone: string): TownTime {
  const { date, minutes } = instantToLocal(Date.parse(instant), timeZone);
  return { date, minute: minutes };
}

/**
 * Another module's public date as a feed's event, in the town's wall-clock time: an all-day
 * date's exclusive end becomes its last day, as a calendar file's would.
 */
export function feedEventOf(date: PublicDate, timeZone: string): FeedEvent {
  const start: TownTime = date.allDay
    ? { date: date.start, minute: null }
    : townTime(date.start, timeZone);
  let end: TownTime | null = null;
  if (date.end) {
    end = date.allDay
      ? { date: addDaysToDate(date.end, -1), minute: null }
      : townTime(date.end, timeZone);
  }
  return {
    uid: date.id,
    summary: date.title.de,
    ...(date.title.en ? { summaryEn: date.title.en } : {}),
    description: date.description?.de ?? '',
    ...(date.description?.en ? { descriptionEn: date.description.en } : {}),
    location: date.location ?? '',
    url: date.path,
    organiser: date.organiser ?? '',
    categories: date.categories,
    cancelled: date.status === 'cancelled',
    ...(date.free !== undefined ? { free: date.free } : {}),
    start,
    end,
    rrule: null,
    exceptions: [],
  };
}

export interface ModuleSyncOptions {
  dryRun: boolean;
  force: boolean;
  now?: Date;
}

/**
 * Mirrors another module's public dates (the library's courses) into the town's events: new
 * ones added, changed ones replaced, removed ones gone (those over stay), each by its stable
 * id. The module stays their only source. Unchanged dates (the same fingerprint) import
 * nothing; null then. The caller stores a failure on the source.
 */
export async function importModuleDates(
  ctx: ModuleServerContext<EventsConfig>,
  source: StoredSource & { module: string },
  options: ModuleSyncOptions,
): Promise<{ result: FeedImport | null; hash: string }> {
  const now = options.now ?? new Date();
  const window = occurrenceWindow(now, ctx.city.timezone);
  // From yesterday: what is over stays as it was, as with a feed that drops its past.
  const range = {
    from: new Date(now.getTime() - DAY_MS),
    to: new Date(`${addDaysToDate(window.to, 1)}T00:00:00Z`),
  };
  const dates = await ctx.publicDates?.of(source.module, range);
  if (!dates) throw feedError('events_source_module_gone', { module: source.module });
  const hash = createHash('sha256').update(JSON.stringify(dates)).digest('hex');
  if (!options.force && hash === source.contentHash) return { result: null, hash };
  const result = await importEvents(
    { db: ctx.db, config: ctx.config, timeZone: ctx.city.timezone, now },
    {
      sourceId: sourceKey(source.id),
      defaultCategory: source.defaultCategory,
      categoryMap: wordsInLowerCase(source.categoryMap),
      dryRun: options.dryRun,
      // A module with no dates left has none: nothing like a feed server's empty hiccup.
      refuseEmpty: false,
      inAppLinks: true,
    },
    { events: dates.map((d) => feedEventOf(d, ctx.city.timezone)), warnings: [] },
  );
  return { result, hash };
}
