import { addDaysToDate } from '@city-app/core';
import { parseStarterYaml, readStarterFile } from '@city-app/server';
import { z } from 'zod';
import { type EventInput, eventInputSchema } from '../../api/event-input.js';
import { feedSourceInputSchema } from '../../api/feed-source.js';
import { type VenueInput, venueInputSchema } from '../../api/venue-input.js';
import { eventSeedError } from '../../errors/seed.js';
import { WEEKDAYS } from '../../series/repeat.js';

/** The town's starting events, in `content/events/`. */
export const EVENTS_FILE = 'events.yaml';
const SOURCE = `events/${EVENTS_FILE}`;

const key = z.string().regex(/^[a-z0-9][a-z0-9-]{0,39}$/, 'a–z, 0–9 and hyphens, 1–40 characters');

/**
 * When a starting event first takes place, counted from the first start so the samples are
 * always ahead: `SA` the next Saturday, `+12` in twelve days, `06-14` the next 14 June.
 */
const STARTS = /^(?:(MO|TU|WE|TH|FR|SA|SU)|\+(\d{1,3})|(\d{2})-(\d{2}))$/;

const startingEventSchema = eventInputSchema
  .omit({ startDate: true, endDate: true, venueId: true })
  .extend({
    starts: z.string().regex(STARTS, 'SA (next weekday), +12 (days from now) or 06-14 (next date)'),
    /** How many days after its first it ends (a three-day festival: 2). */
    lastsDays: z.number().int().min(0).max(60).optional(),
    venue: key.optional(),
  });

/** Another part of the app whose public dates are mirrored (the library's courses). */
const startingSourceSchema = feedSourceInputSchema.pick({
  name: true,
  module: true,
  defaultCategory: true,
});

const fileSchema = z.strictObject({
  venues: z.array(venueInputSchema.extend({ key })).max(200).nullish(),
  events: z.array(startingEventSchema).max(1000).nullish(),
  sources: z
    .array(startingSourceSchema.required({ module: true }))
    .max(20)
    .nullish(),
});

/** A starting event with its first date worked out; `venue` is a key under `venues`. */
export interface StartingEvent {
  input: Omit<EventInput, 'venueId'>;
  venue: string | null;
}

export interface StartingEvents {
  venues: (VenueInput & { key: string })[];
  events: StartingEvent[];
  sources: { name: string; module: string; defaultCategory: string | null }[];
}

/** The first day `starts` names, on or after `today`'s next day. */
export function firstDay(starts: string, today: string): string {
  const [, weekday, days, month, day] = STARTS.exec(starts) ?? [];
  if (days) return addDaysToDate(today, Number(days));
  if (weekday) {
    const current = (new Date(`${today}T00:00:00Z`).getUTCDay() + 6) % 7;
    const wanted = WEEKDAYS.indexOf(weekday as (typeof WEEKDAYS)[number]);
    return addDaysToDate(today, ((wanted - current + 6) % 7) + 1);
  }
  const year = Number(today.slice(0, 4));
  const thisYear = `${year}-${month}-${day}`;
  return thisYear > today ? thisYear : `${year + 1}-${month}-${day}`;
}

/** A series without an end in the file runs a year from its first date. */
const SAMPLE_SERIES_DAYS = 364;

export function parseStartingEvents(text: string, today: string): StartingEvents {
  const file = parseStarterYaml(text, {
    source: SOURCE,
    schema: fileSchema,
    rootField: 'events',
    notYaml: (problem) => eventSeedError('events_seed_not_yaml', problem),
    invalid: (problem) => eventSeedError('events_seed_invalid', problem, { field: problem.field }),
  });
  const venues = file.venues ?? [];
  const keys = new Set(venues.map((v) => v.key));
  const events = (file.events ?? []).map(({ starts, venue, lastsDays, ...input }, i) => {
    if (venue && !keys.has(venue)) {
      const field = `events.${i}.venue`;
      throw eventSeedError(
        'events_seed_unknown_venue',
        { source: SOURCE, field, venue },
        { field },
      );
    }
    const startDate = firstDay(starts, today);
    const repeat =
      input.repeat && !input.repeat.until && !input.repeat.count
        ? { ...input.repeat, until: addDaysToDate(startDate, SAMPLE_SERIES_DAYS) }
        : input.repeat;
    const endDate = lastsDays ? addDaysToDate(startDate, lastsDays) : undefined;
    return {
      input: {
        ...input,
        startDate,
        ...(repeat ? { repeat } : {}),
        ...(endDate ? { endDate } : {}),
      },
      venue: venue ?? null,
    };
  });
  return { venues, events, sources: file.sources ?? [] };
}

/** Reads `events.yaml` from the town's `content/events/`; null when the town has none. */
export async function readStartingEvents(
  dir: string,
  today: string,
): Promise<StartingEvents | null> {
  const text = await readStarterFile(dir, EVENTS_FILE);
  return text === null ? null : parseStartingEvents(text, today);
}
