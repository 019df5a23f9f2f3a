/**
 * When an event takes place, as staff and feeds say it: in the town's wall-clock time, so a
 * weekly 19:00 rehearsal stays at 19:00 across both clock changes.
 */
export interface Schedule {
  /** The first day (local), `YYYY-MM-DD`. */
  startsOn: string;
  /** Minutes after local midnight; `null` for an all-day event. */
  startMinute: number | null;
  /** How many days after its start day an occurrence ends (a three-day town festival: 2). */
  endsAfterDays: number;
  /** Minutes after local midnight of the last day (1440: at midnight); `null`: open end. */
  endMinute: number | null;
  /** The RFC 5545 RRULE of a series; `null` for one date. */
  rrule: string | null;
}

/** One date of a series taken out or moved, named by the date the rule gives it. */
export interface ScheduleException {
  originalDate: string;
  kind: 'cancelled' | 'moved';
  movedTo?: string | null;
  movedStartMinute?: number | null;
  movedEndMinute?: number | null;
}

/** One date an event takes place on, as residents see it. */
export interface Occurrence {
  /** The date the rule gives it (its key, also for a moved one). */
  originalDate: string;
  /** The local day it starts on (after a move: the new day). */
  localDate: string;
  startsAt: Date;
  endsAt: Date | null;
  allDay: boolean;
  status: 'scheduled' | 'cancelled' | 'moved';
}
