import { cityError } from '@city-app/core';
import { editError } from '../../errors/edits.js';

/** The ids of the town's waste types, from its config. */
export type TypeIds = readonly string[];

/** Refuses a waste type the town does not collect, naming the field it came in. */
export function checkType(types: TypeIds, typeId: string, field: string): void {
  if (!types.includes(typeId)) {
    throw editError('waste_type_unknown', { typeId, known: types.join(', ') }, { field });
  }
}

export function isUniqueViolation(error: unknown): boolean {
  return (error as { code?: unknown })?.code === '23505';
}

/** 404 for a tour, naming `field` when its id came in a body (`tourId`) rather than the path. */
export const tourNotFound = (field?: string) =>
  cityError(
    'not_found',
    { what: { de: 'Die Tour', en: 'The tour' } },
    field ? { field } : undefined,
  );
