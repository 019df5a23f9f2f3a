import { CityAppError } from '@city-app/core';

/**
 * The experiment space's own refusals. Refusals of the booking core are catalogue errors
 * already and pass through untouched: the core names fields as this module's API does
 * (`requestFields` in space.ts).
 */

export function invalid(field: string, message: string, hint?: string): CityAppError {
  return new CityAppError({
    code: 'validation_failed',
    title: { de: 'Ungültige Eingabe', en: 'Invalid input' },
    message,
    field,
    status: 400,
    ...(hint ? { hint } : {}),
  });
}

export function notFound(what: string): CityAppError {
  return new CityAppError({
    code: 'not_found',
    title: { de: 'Nicht gefunden', en: 'Not found' },
    message: `${what} was not found.`,
    status: 404,
  });
}

export function refused(
  code: string,
  message: string,
  opts: { field?: string; hint?: string; status?: number; details?: Record<string, unknown> } = {},
): CityAppError {
  return new CityAppError({
    code,
    title: { de: 'Nicht möglich', en: 'Not possible' },
    message,
    status: opts.status ?? 422,
    ...(opts.field ? { field: opts.field } : {}),
    ...(opts.hint ? { hint: opts.hint } : {}),
    ...(opts.details ? { details: opts.details } : {}),
  });
}
