import { CityAppError, type ConfigIssue } from '@city-app/core';

/** Exit codes of create-city-app, by kind of failure. Documented in README and --help. */
export const EXIT = {
  ok: 0,
  unexpected: 1,
  invalidInput: 2,
  targetConflict: 3,
  installFailed: 4,
  cancelled: 130,
} as const;

const EXIT_BY_CODE: Record<string, number> = {
  invalid_input: EXIT.invalidInput,
  missing_input: EXIT.invalidInput,
  invalid_config: EXIT.invalidInput,
  unknown_module: EXIT.invalidInput,
  validation_failed: EXIT.invalidInput,
  usage: EXIT.invalidInput,
  target_not_empty: EXIT.targetConflict,
  target_conflict: EXIT.targetConflict,
  install_failed: EXIT.installFailed,
  cancelled: EXIT.cancelled,
};

export function exitCodeOf(error: CityAppError): number {
  return EXIT_BY_CODE[error.code] ?? EXIT.unexpected;
}

export function invalidInput(issues: ConfigIssue[]): CityAppError {
  return new CityAppError({
    code: 'invalid_input',
    title: 'Cannot create the project',
    message: `${issues.length} problem${issues.length === 1 ? '' : 's'} found; nothing was written.`,
    hint: 'Fix the values named above and run the command again.',
    field: issues[0]?.field,
    issues,
  });
}
