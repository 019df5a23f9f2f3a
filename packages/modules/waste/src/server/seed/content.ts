import { parseStarterYaml, readStarterFile } from '@city-app/server';
import { z } from 'zod';
import { wasteSeedError } from '../../errors/seed.js';
import { searchKey } from '../../location/search-key.js';
import { parseHouseNumbers } from '../import/parse/house-numbers.js';
import type { Rhythm } from './rhythm.js';

/** The town's starting calendar, in `content/waste/`. */
export const CALENDAR_FILE = 'calendar.yaml';
const SOURCE = `waste/${CALENDAR_FILE}`;

const name = (max: number) => z.string().trim().min(1).max(max);
const key = z.string().regex(/^[a-z0-9][a-z0-9-]{0,39}$/, 'a–z, 0–9 and hyphens, 1–40 characters');

const tourSchema = z
  .strictObject({
    id: key,
    type: z.string(),
    name: name(120),
    weekday: z.number().int().min(1).max(6),
    every: z.number().int().min(1).max(8).optional(),
    offset: z.number().int().min(0).max(7).default(0),
    month: z.number().int().min(1).max(12).optional(),
    // With `every`: weekly from the month `weeklyFrom` to the month `weeklyTo`, e.g. 6 and 9.
    weeklyFrom: z.number().int().min(1).max(12).optional(),
    weeklyTo: z.number().int().min(1).max(12).optional(),
    week: z.number().int().min(1).max(4).default(1),
  })
  .superRefine((tour, ctx) => {
    if ((tour.every === undefined) === (tour.month === undefined)) {
      ctx.addIssue({
        code: 'custom',
        path: ['every'],
        message: 'give either "every" (weeks) or "month" (once a year), not both',
      });
    } else if (tour.every !== undefined && tour.offset >= tour.every) {
      ctx.addIssue({ code: 'custom', path: ['offset'], message: 'must be less than "every"' });
    } else if ((tour.weeklyFrom === undefined) !== (tour.weeklyTo === undefined)) {
      ctx.addIssue({
        code: 'custom',
        path: ['weeklyTo'],
        message: 'give both "weeklyFrom" and "weeklyTo", or neither',
      });
    } else if (
      tour.weeklyFrom !== undefined &&
      (tour.every === undefined || (tour.weeklyTo ?? 0) < tour.weeklyFrom)
    ) {
      ctx.addIssue({
        code: 'custom',
        path: ['weeklyFrom'],
        message: 'needs "every", and must not come after "weeklyTo"',
      });
    }
  });

// The same reading of house numbers as the import's ("1-49", "2-98 gerade", "ab 20").
const houses = z
  .string()
  .max(40)
  .transform((text, ctx) => {
    const range = parseHouseNumbers(text);
    if (range) return range;
    ctx.addIssue({
      code: 'custom',
      message:
        'house numbers such as 1-49, "2-98 gerade" or "ab 20" (the first not above the last)',
    });
    return z.NEVER;
  });

const streetSchema = z.strictObject({
  name: name(120),
  district: name(80).optional(),
  houses: houses.optional(),
  parity: z.enum(['all', 'odd', 'even']).default('all'),
  collection: key,
});

const areaSchema = z.strictObject({ name: name(120), collection: key });

const calendarSchema = z.strictObject({
  tours: z.array(tourSchema).min(1).max(500),
  collections: z.record(key, z.array(key).min(1).max(20)),
  streets: z.array(streetSchema).max(5000).nullish(),
  areas: z.array(areaSchema).max(500).nullish(),
});

type TourInput = z.output<typeof tourSchema>;

export interface StartingTour {
  key: string;
  typeId: string;
  name: string;
  rhythm: Rhythm;
}

export interface StartingLocation {
  kind: 'street' | 'area';
  name: string;
  district: string | null;
  houseFrom: number | null;
  houseTo: number | null;
  parity: 'all' | 'odd' | 'even';
  /** Keys of the tours that serve it, one per waste type. */
  tours: string[];
}

export interface StartingCalendar {
  tours: StartingTour[];
  locations: StartingLocation[];
}

function rhythmOf(tour: TourInput): Rhythm {
  return tour.month !== undefined
    ? { weekday: tour.weekday, month: tour.month, week: tour.week }
    : {
        weekday: tour.weekday,
        every: tour.every ?? 1,
        offset: tour.offset,
        ...(tour.weeklyFrom && tour.weeklyTo
          ? { weekly: { from: tour.weeklyFrom, to: tour.weeklyTo } }
          : {}),
      };
}

/**
 * Reads `calendar.yaml` from the town's `content/waste/` and checks it whole: the first
 * problem stops everything and names the entry, so a town never starts with half a calendar.
 * Returns null when the town has no such file.
 */
export async function readStartingCalendar(
  dir: string,
  typeIds: readonly string[],
): Promise<StartingCalendar | null> {
  const text = await readStarterFile(dir, CALENDAR_FILE);
  return text === null ? null : parseStartingCalendar(text, typeIds);
}

export function parseStartingCalendar(text: string, typeIds: readonly string[]): StartingCalendar {
  const { tours, collections, streets, areas } = parseStarterYaml(text, {
    source: SOURCE,
    schema: calendarSchema,
    rootField: 'calendar',
    notYaml: (problem) => wasteSeedError('waste_seed_not_yaml', problem),
    invalid: (problem) => wasteSeedError('waste_seed_invalid', problem, { field: problem.field }),
  });
  const checked = checkedTours(tours, typeIds);
  checkCollections(collections, checked);
  const toursOf = (collection: string, field: string): string[] => {
    const list = collections[collection];
    if (list) return list;
    throw wasteSeedError(
      'waste_seed_unknown_collection',
      { source: SOURCE, field, collection },
      { field },
    );
  };
  const locations: StartingLocation[] = [
    ...(streets ?? []).map((street, i) => ({
      kind: 'street' as const,
      name: street.name,
      district: street.district ?? null,
      houseFrom: street.houses?.houseFrom ?? null,
      houseTo: street.houses?.houseTo ?? null,
      parity: street.parity === 'all' ? (street.houses?.parity ?? 'all') : street.parity,
      tours: toursOf(street.collection, `streets.${i}.collection`),
    })),
    ...(areas ?? []).map((area, i) => ({
      kind: 'area' as const,
      name: area.name,
      district: null,
      houseFrom: null,
      houseTo: null,
      parity: 'all' as const,
      tours: toursOf(area.collection, `areas.${i}.collection`),
    })),
  ];
  checkNoTwice(locations);
  return { tours: checked, locations };
}

/** Each collection names known tours, at most one per waste type (a location has one). */
function checkCollections(collections: Record<string, string[]>, tours: StartingTour[]): void {
  const typeOf = new Map(tours.map((t) => [t.key, t.typeId]));
  for (const [collection, list] of Object.entries(collections)) {
    const types = new Set<string>();
    for (const [i, tour] of list.entries()) {
      const field = `collections.${collection}.${i}`;
      const type = typeOf.get(tour);
      if (!type) {
        throw wasteSeedError('waste_seed_unknown_tour', { source: SOURCE, field, tour }, { field });
      }
      if (types.has(type)) {
        throw wasteSeedError(
          'waste_seed_duplicate',
          { source: SOURCE, field, name: type },
          { field },
        );
      }
      types.add(type);
    }
  }
}

function checkedTours(tours: TourInput[], typeIds: readonly string[]): StartingTour[] {
  const seen = new Set<string>();
  return tours.map((tour, i) => {
    if (!typeIds.includes(tour.type)) {
      const field = `tours.${i}.type`;
      throw wasteSeedError(
        'waste_seed_unknown_type',
        { source: SOURCE, field, type: tour.type, known: typeIds.join(', ') },
        { field },
      );
    }
    if (seen.has(tour.id)) {
      const field = `tours.${i}.id`;
      throw wasteSeedError(
        'waste_seed_duplicate',
        { source: SOURCE, field, name: tour.id },
        { field },
      );
    }
    seen.add(tour.id);
    return { key: tour.id, typeId: tour.type, name: tour.name, rhythm: rhythmOf(tour) };
  });
}

/** The same street (and house numbers) twice would be two locations residents cannot tell apart. */
function checkNoTwice(locations: StartingLocation[]): void {
  const seen = new Set<string>();
  for (const location of locations) {
    const id = [
      searchKey(location.name),
      location.district ?? '',
      location.houseFrom ?? '',
      location.houseTo ?? '',
      location.parity,
    ].join('|');
    if (seen.has(id)) {
      const field = location.kind === 'street' ? 'streets' : 'areas';
      throw wasteSeedError(
        'waste_seed_duplicate',
        { source: SOURCE, field, name: location.name },
        { field },
      );
    }
    seen.add(id);
  }
}
