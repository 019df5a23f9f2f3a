import { CityAppError, type ConfigIssue, EXIT_CODES, exitCodeOf } from '@city-app/core';

/**
 * Exit codes of create-city-app, by kind of failure: the table both command-line tools share
 * (`EXIT_CODES` of `@city-app/core`). Documented in the README, in --help and in docs/errors.md.
 */
export const EXIT = EXIT_CODES;

export { exitCodeOf };

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
