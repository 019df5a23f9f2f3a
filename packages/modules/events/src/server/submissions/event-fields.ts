import { CityAppError, cityError, type ErrorId, errorCatalogue } from '@city-app/core';
import { eventError, eventErrors } from '../../errors/events.js';

/**
 * The same refusal with its field inside the submission's `event` (`category` becomes
 * `event.category`), so the field named is the one the organiser sent.
 */
function withinEvent(error: unknown): unknown {
  if (!(error instanceof CityAppError) || !error.field) return error;
  const field = { field: `event.${error.field}` };
  if (error.id in eventErrors) {
    return eventError(error.id as keyof typeof eventErrors, error.params as never, field);
  }
  if (error.id in errorCatalogue)
    return cityError(error.id as ErrorId, error.params as never, field);
  return error;
}

/** Runs `work`, naming the fields of its refusals as the submission nests them. */
export async function asSubmittedEvent<T>(work: () => T | Promise<T>): Promise<T> {
  try {
    return await work();
  } catch (error) {
    throw withinEvent(error);
  }
}
