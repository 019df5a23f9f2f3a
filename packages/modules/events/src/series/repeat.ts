import { errors, localDate } from '@city-app/core';
import { z } from 'zod';

export const WEEKDAYS = ['MO', 'TU', 'WE', 'TH', 'FR', 'SA', 'SU'] as const;
export type Weekday = (typeof WEEKDAYS)[number];

/** How many dates one series may have at most; a weekly market for ten years has 522. */
export const MAX_SERIES_COUNT = 4000;
/** A series ends within this many years of its first date. */
export const MAX_SERIES_YEARS = 10;

const weekday = z.enum(WEEKDAYS);
const end = {
  /** The last day a date may fall on (local date), or… */
  until: localDate().optional(),
  /** …how many dates in all. Without either the series runs ten years. */
  count: z.number().int().min(1).max(MAX_SERIES_COUNT).optional(),
};

/**
 * How staff say an event repeats — every n days; weekly on some weekdays; monthly on a day of
 * the month or on "the second Saturday" (`week` -1: the last) — until a date or a number of
 * times. Stored as an iCalendar RRULE, so imported rules and the form's rules are one thing.
 */
export const repeatSchema = z.discriminatedUnion('frequency', [
  z.strictObject({
    frequency: z.literal('daily'),
    interval: z.number().int().min(1).max(365).default(1),
    ...end,
  }),
  z.strictObject({
    frequency: z.literal('weekly'),
    interval: z.number().int().min(1).max(52).default(1),
    weekdays: z.array(weekday).min(1).max(7),
    ...end,
  }),
  z.strictObject({
    frequency: z.literal('monthly'),
    interval: z.number().int().min(1).max(12).default(1),
    monthDay: z.number().int().min(1).max(31).optional(),
    week: z.union([z.literal(-1), z.number().int().min(1).max(4)]).optional(),
    weekday: weekday.optional(),
    ...end,
  }),
]);

export type Repeat = z.output<typeof repeatSchema>;

/**
 * What the schema cannot say in both languages: a series ends by a date or a count, not both;
 * a monthly one falls on a day of the month or on a weekday of a week.
 */
export function checkRepeat(repeat: Repeat, field = 'repeat'): void {
  if (repeat.until && repeat.count) {
    throw errors.validation(`${field}.count`, {
      de: 'Geben Sie entweder ein Enddatum oder eine Anzahl an, nicht beides.',
      en: 'Give either an end date or a number of dates, not both.',
    });
  }
  if (
    repeat.frequency === 'monthly' &&
    (repeat.monthDay !== undefined) === (repeat.week !== undefined && repeat.weekday !== undefined)
  ) {
    throw errors.validation(`${field}.monthDay`, {
      de: 'Wählen Sie einen Tag im Monat oder einen Wochentag (zum Beispiel den 2. Samstag).',
      en: 'Choose a day of the month or a weekday (for example the 2nd Saturday).',
    });
  }
}

const FREQUENCIES = { daily: 'DAILY', weekly: 'WEEKLY', monthly: 'MONTHLY' } as const;

/** The RRULE of a repeat; `allDay` writes UNTIL as a date, as RFC 5545 asks for DATE starts. */
export function toRRule(repeat: Repeat, allDay: boolean): string {
  const parts = [`FREQ=${FREQUENCIES[repeat.frequency]}`];
  if (repeat.interval > 1) parts.push(`INTERVAL=${repeat.interval}`);
  if (repeat.frequency === 'weekly') {
    parts.push(`BYDAY=${WEEKDAYS.filter((d) => repeat.weekdays.includes(d)).join(',')}`);
  }
  if (repeat.frequency === 'monthly') {
    if (repeat.monthDay !== undefined) parts.push(`BYMONTHDAY=${repeat.monthDay}`);
    else parts.push(`BYDAY=${repeat.week}${repeat.weekday}`);
  }
  if (repeat.until) {
    const day = repeat.until.replaceAll('-', '');
    parts.push(`UNTIL=${allDay ? day : `${day}T235959`}`);
  }
  if (repeat.count) parts.push(`COUNT=${repeat.count}`);
  return parts.join(';');
}

function ruleParts(rrule: string): Map<string, string> | undefined {
  const parts = new Map<string, string>();
  for (const part of rrule.split(';')) {
    const [key, value, ...rest] = part.split('=');
    if (!key || value === undefined || rest.length || parts.has(key)) return undefined;
    parts.set(key.toUpperCase(), value.toUpperCase());
  }
  return parts;
}

/**
 * The repeat a rule says, when the staff form can show it; `undefined` for rules only an
 * import writes (yearly, several monthly days, BYSETPOS …), which staff then see as text.
 */
export function fromRRule(rrule: string): Repeat | undefined {
  const parts = ruleParts(rrule);
  if (!parts) return undefined;
  const known = new Set(['FREQ', 'INTERVAL', 'BYDAY', 'BYMONTHDAY', 'UNTIL', 'COUNT', 'WKST']);
  if ([...parts.keys()].some((k) => !known.has(k))) return undefined;
  const frequency = Object.entries(FREQUENCIES).find(([, f]) => f === parts.get('FREQ'))?.[0];
  const until = parts.get('UNTIL')?.match(/^(\d{4})(\d{2})(\d{2})/);
  const candidate: Record<string, unknown> = {
    frequency,
    interval: parts.has('INTERVAL') ? Number(parts.get('INTERVAL')) : 1,
    ...(until ? { until: `${until[1]}-${until[2]}-${until[3]}` } : {}),
    ...(parts.has('COUNT') ? { count: Number(parts.get('COUNT')) } : {}),
  };
  const byDay = parts.get('BYDAY');
  if (frequency === 'weekly') candidate.weekdays = byDay?.split(',') ?? [];
  if (frequency === 'monthly') {
    const nth = byDay?.match(/^(-1|[1-4])(MO|TU|WE|TH|FR|SA|SU)$/);
    if (nth) {
      candidate.week = Number(nth[1]);
      candidate.weekday = nth[2];
    } else if (parts.has('BYMONTHDAY') && !byDay) {
      candidate.monthDay = Number(parts.get('BYMONTHDAY'));
    }
  } else if (byDay && frequency !== 'weekly') return undefined;
  const parsed = repeatSchema.safeParse(candidate);
  if (!parsed.success) return undefined;
  try {
    checkRepeat(parsed.data);
    return parsed.data;
  } catch {
    return undefined;
  }
}
