/**
 * Typed refusals. Each carries a stable `code`, a message saying what happened, a hint saying
 * what to do, and `details` with what a person needs to fix it (free alternatives, the quota
 * left, the missing prerequisite). The shape matches `CityAppError` of `@city-app/core`
 * (`code`, `title`, `message`, `hint`, `field`, `status`, `toJSON()`), so the kernel renders
 * both the same way without this package depending on it.
 */

export type BookingErrorCode =
  | 'invalid_input'
  | 'not_found'
  | 'outside_opening_hours'
  | 'not_on_grid'
  | 'too_short'
  | 'too_long'
  | 'notice_too_short'
  | 'beyond_horizon'
  | 'quota_exceeded'
  | 'prerequisite_missing'
  | 'slot_taken'
  | 'too_late_to_cancel'
  | 'invalid_transition'
  | 'idempotency_conflict'
  | 'offer_expired'
  | 'series_conflicts';

/** A free slot offered instead of the one asked for. */
export interface Alternative {
  resourceId: string;
  start: string;
  end: string;
  startLocal: string;
  endLocal: string;
}

export interface BookingErrorDetails {
  alternatives?: Alternative[];
  quota?: {
    period: 'day' | 'week' | 'month';
    maxCount?: number;
    maxHours?: number;
    usedCount: number;
    usedHours: number;
    countLeft?: number;
    hoursLeft?: number;
    periodStart: string;
  };
  prerequisite?: string;
  expiredAt?: string;
  minMinutes?: number;
  maxMinutes?: number;
  granularityMinutes?: number;
  earliestStart?: string;
  latestStart?: string;
  deadline?: string;
  status?: string;
  seatsLeft?: number;
  conflicts?: unknown[];
}

const STATUS: Record<BookingErrorCode, number> = {
  invalid_input: 400,
  not_found: 404,
  outside_opening_hours: 422,
  not_on_grid: 422,
  too_short: 422,
  too_long: 422,
  notice_too_short: 422,
  beyond_horizon: 422,
  quota_exceeded: 422,
  prerequisite_missing: 422,
  slot_taken: 409,
  too_late_to_cancel: 422,
  invalid_transition: 409,
  idempotency_conflict: 409,
  offer_expired: 410,
  series_conflicts: 409,
};

export class BookingError extends Error {
  readonly code: BookingErrorCode;
  readonly title: string;
  readonly hint?: string;
  readonly field?: string;
  readonly status: number;
  readonly details: BookingErrorDetails;

  constructor(data: {
    code: BookingErrorCode;
    title: string;
    message: string;
    hint?: string;
    field?: string;
    details?: BookingErrorDetails;
    cause?: unknown;
  }) {
    super(data.message, data.cause === undefined ? undefined : { cause: data.cause });
    this.name = 'BookingError';
    this.code = data.code;
    this.title = data.title;
    this.hint = data.hint;
    this.field = data.field;
    this.status = STATUS[data.code];
    this.details = data.details ?? {};
  }

  /** The JSON body the API sends. */
  toJSON(): Record<string, unknown> {
    return {
      code: this.code,
      message: this.message,
      ...(this.field ? { field: this.field } : {}),
      ...(this.hint ? { hint: this.hint } : {}),
      ...(Object.keys(this.details).length ? { details: this.details } : {}),
    };
  }
}

export function isBookingError(value: unknown, code?: BookingErrorCode): value is BookingError {
  return value instanceof BookingError && (code === undefined || value.code === code);
}

export function invalidInput(field: string, message: string, hint?: string): BookingError {
  return new BookingError({ code: 'invalid_input', title: 'Invalid input', message, field, hint });
}

export function notFound(what: string, id: string): BookingError {
  return new BookingError({
    code: 'not_found',
    title: 'Not found',
    message: `${what} "${id}" was not found.`,
  });
}
