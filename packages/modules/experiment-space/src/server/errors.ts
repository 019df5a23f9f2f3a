import { BookingError } from '@city-app/booking';
import { CityAppError, type CityAppErrorData } from '@city-app/core';

/**
 * A refusal with what a person needs to fix it (free alternatives, the quota, the missing
 * briefing) in `details`; otherwise a `CityAppError`, so the kernel renders it.
 */
export class ExperimentSpaceError extends CityAppError {
  readonly details: Record<string, unknown>;

  constructor(data: CityAppErrorData & { details?: Record<string, unknown> }, cause?: unknown) {
    super(data, cause === undefined ? undefined : { cause });
    this.details = data.details ?? {};
  }

  override toJSON() {
    return {
      ...super.toJSON(),
      ...(Object.keys(this.details).length ? { details: this.details } : {}),
    };
  }
}

/** The booking core names its own fields; the API's request fields are these. */
const FIELDS: Record<string, string> = {
  personId: 'email',
  end: 'durationMinutes',
  idempotencyKey: 'Idempotency-Key',
};

/** Turns a `BookingError` into the API's error; rethrows anything else. */
export function fromBooking(error: unknown): never {
  if (error instanceof BookingError) {
    const field = error.field ? (FIELDS[error.field] ?? error.field) : undefined;
    throw new ExperimentSpaceError(
      {
        code: error.code,
        title: error.title,
        message: error.message,
        status: error.status,
        ...(field ? { field } : {}),
        ...(error.hint ? { hint: error.hint } : {}),
        details: { ...error.details },
      },
      error,
    );
  }
  throw error;
}

/** Runs a call into the booking core, translating its refusals. */
export async function booking<T>(call: () => Promise<T>): Promise<T> {
  try {
    return await call();
  } catch (error) {
    fromBooking(error);
  }
}

export function invalid(field: string, message: string, hint?: string): ExperimentSpaceError {
  return new ExperimentSpaceError({
    code: 'validation_failed',
    title: 'Invalid input',
    message,
    field,
    status: 400,
    ...(hint ? { hint } : {}),
  });
}

export function notFound(what: string): ExperimentSpaceError {
  return new ExperimentSpaceError({
    code: 'not_found',
    title: 'Not found',
    message: `${what} was not found.`,
    status: 404,
  });
}

export function refused(
  code: string,
  message: string,
  opts: { field?: string; hint?: string; status?: number; details?: Record<string, unknown> } = {},
): ExperimentSpaceError {
  return new ExperimentSpaceError({
    code,
    title: 'Not possible',
    message,
    status: opts.status ?? 422,
    ...(opts.field ? { field: opts.field } : {}),
    ...(opts.hint ? { hint: opts.hint } : {}),
    ...(opts.details ? { details: opts.details } : {}),
  });
}
