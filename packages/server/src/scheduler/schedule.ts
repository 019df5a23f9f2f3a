/**
 * When a scheduled job is due. `every: '5 minutes'` is due at each multiple of the interval
 * since 1970 (UTC), so every process computes the same due times; `at: '18:00'` is due when
 * the town's clocks show that time, whatever the offset is that day (daylight saving).
 */
import { addDaysToDate, instantToLocal, isTimeOfDay, localToInstant } from '@city-app/core';

const UNITS: Record<string, number> = {
  second: 1_000,
  minute: 60_000,
  hour: 3_600_000,
  day: 86_400_000,
};

/** Shortest interval the kernel runs: the scheduler looks every few seconds, not more often. */
export const MIN_INTERVAL_MS = 10_000;
/** Longest: one week; anything rarer is a wall-clock job. */
export const MAX_INTERVAL_MS = 7 * 86_400_000;

export type Schedule =
  | { kind: 'every'; ms: number }
  | { kind: 'at'; minutes: number; zone: string };

/** `'5 minutes'`, `'1 hour'`, `'30 seconds'`, `'day'` → milliseconds; throws on anything else. */
export function parseInterval(text: string): number {
  const m = /^\s*(?:(\d{1,4})\s+)?(second|minute|hour|day)s?\s*$/.exec(text);
  const ms = m ? Number(m[1] ?? 1) * (UNITS[m[2] as string] as number) : Number.NaN;
  if (!(ms >= MIN_INTERVAL_MS && ms <= MAX_INTERVAL_MS)) {
    throw new RangeError(
      `"${text}" is no interval the scheduler runs; write e.g. "5 minutes" or "1 hour" (10 seconds to 7 days).`,
    );
  }
  return ms;
}

/** Reads a job's `every` or `at` (one of them) for the town's zone. */
export function parseSchedule(
  job: { name: string; every?: string; at?: string },
  zone: string,
): Schedule {
  if ((job.every === undefined) === (job.at === undefined)) {
    throw new TypeError(`The scheduled job ${job.name} needs exactly one of "every" and "at".`);
  }
  if (job.every !== undefined) {
    try {
      return { kind: 'every', ms: parseInterval(job.every) };
    } catch (error) {
      throw new RangeError(`The scheduled job ${job.name}: ${(error as Error).message}`);
    }
  }
  const at = job.at as string;
  if (!isTimeOfDay(at)) {
    throw new RangeError(`The scheduled job ${job.name} has at: "${at}"; write a time as HH:MM.`);
  }
  const [h, min] = at.split(':').map(Number) as [number, number];
  return { kind: 'at', minutes: h * 60 + min, zone };
}

/** The latest due time at or before `now` (milliseconds). */
export function latestDue(schedule: Schedule, now: number): number {
  if (schedule.kind === 'every') return Math.floor(now / schedule.ms) * schedule.ms;
  const today = instantToLocal(now, schedule.zone).date;
  const due = localToInstant(today, schedule.minutes, schedule.zone);
  if (due <= now) return due;
  return localToInstant(addDaysToDate(today, -1), schedule.minutes, schedule.zone);
}
