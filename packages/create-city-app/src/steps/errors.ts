import {
  type CityAppError,
  type ConfigIssue,
  cityError,
  EXIT_CODES,
  exitCodeOf,
} from '@city-app/core';

/**
 * Exit codes of create-city-app, by kind of failure: the table both command-line tools share
 * (`EXIT_CODES` of `@city-app/core`). Documented in the README, in --help and in docs/errors.md.
 */
export const EXIT = EXIT_CODES;

export { exitCodeOf };

export function invalidInput(issues: ConfigIssue[]): CityAppError {
  const problems =
    issues.length === 1
      ? { de: '1 Problem', en: '1 problem' }
      : { de: `${issues.length} Probleme`, en: `${issues.length} problems` };
  return cityError('invalid_answers', { problems }, { field: issues[0]?.field, issues });
}
