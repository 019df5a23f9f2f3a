import { CityAppError } from '@city-app/core';

/** Exit codes of `city-app`, by kind of outcome. Documented in the README and in --help. */
export const EXIT = {
  ok: 0,
  /** A check found problems (config validate, doctor), or an update left conflicts. */
  problems: 1,
  /** Invalid or missing input; nothing was written. */
  invalidInput: 2,
  /** Installing the dependencies failed; the files were written. */
  installFailed: 4,
  unexpected: 70,
  cancelled: 130,
} as const;

const EXIT_BY_CODE: Record<string, number> = {
  invalid_input: EXIT.invalidInput,
  invalid_config: EXIT.problems,
  config_unreadable: EXIT.problems,
  unknown_module: EXIT.invalidInput,
  validation_failed: EXIT.invalidInput,
  not_a_project: EXIT.invalidInput,
  needs_confirmation: EXIT.invalidInput,
  module_already_added: EXIT.invalidInput,
  module_not_added: EXIT.invalidInput,
  unknown_option: EXIT.invalidInput,
  unknown_format: EXIT.invalidInput,
  module_not_installed: EXIT.invalidInput,
  migrations_pending: EXIT.problems,
  unresolved_conflicts: EXIT.problems,
  invalid_feed: EXIT.invalidInput,
  usage: EXIT.invalidInput,
  install_failed: EXIT.installFailed,
  cancelled: EXIT.cancelled,
};

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
      },
      { cause: error },
    );
  }
  return undefined;
}

export function exitCodeOf(error: CityAppError): number {
  return EXIT_BY_CODE[error.code] ?? EXIT.unexpected;
}

export function invalidInput(field: string, message: string, hint?: string): CityAppError {
  return new CityAppError({
    code: 'invalid_input',
    title: 'Invalid input',
    message,
    field,
    ...(hint ? { hint } : {}),
  });
}
