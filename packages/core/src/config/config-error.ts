import { errors } from '../errors/catalogue.js';
import type { CityAppError, ConfigIssue } from '../errors/city-app-error.js';

/**
 * The error of an invalid config, whose stack is its list of problems. A config is loaded
 * where city-app does not catch (the server's start, `vite build`, the project's tests), and
 * those print an error's stack: the town's mistakes, not the toolkit's call frames.
 */
export function invalidConfigError(issues: ConfigIssue[]): CityAppError {
  const error = errors.invalidConfig(issues);
  error.stack = error.format();
  return error;
}
