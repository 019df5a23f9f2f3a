import { CityAppError, EXIT_CODES, exitCodeOf } from '@city-app/core';

/**
 * Exit codes of `city-app`, by kind of outcome: the table both command-line tools share
 * (`EXIT_CODES` of `@city-app/core`). Documented in the README, in --help and in docs/errors.md.
 */
export const EXIT = EXIT_CODES;

/** CityAppError from any copy of @city-app/core (create-city-app bundles its own). */
export function asCityAppError(error: unknown): CityAppError | undefined {
  if (error instanceof CityAppError) return error;
  const e = error as Partial<CityAppError> | undefined;
  if (e && e.name === 'CityAppError' && typeof e.code === 'string' && typeof e.title === 'string') {
    return new CityAppError(
      {
        code: e.code,
        title: e.title,
        message: e.message ?? '',
        hint: e.hint,
        field: e.field,
        issues: e.issues,
        status: e.status,
        exit: e.exit,
        details: e.details,
      },
      { cause: error },
    );
  }
  return undefined;
}

export { exitCodeOf };
