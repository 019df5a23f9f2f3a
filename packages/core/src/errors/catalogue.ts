import { CityAppError, type ConfigIssue } from './city-app-error.js';

/**
 * The errors every part of the toolkit may raise, by stable code. Modules add their own
 * codes with `new CityAppError({...})`; these are the shared ones.
 */
export const errors = {
  invalidConfig: (issues: ConfigIssue[], source = 'city config') =>
    new CityAppError({
      code: 'invalid_config',
      title: 'The town configuration is not valid',
      message: `${issues.length} problem${issues.length === 1 ? '' : 's'} in the ${source}.`,
      hint: 'Fix each field named below; `city-app config explain <path>` describes an option.',
      field: issues[0]?.field,
      issues,
      status: 400,
    }),
  validation: (field: string, message: string, hint?: string) =>
    new CityAppError({
      code: 'validation_failed',
      title: 'Invalid input',
      message,
      hint,
      field,
      status: 400,
    }),
  notFound: (what: string) =>
    new CityAppError({
      code: 'not_found',
      title: 'Not found',
      message: `${what} was not found.`,
      status: 404,
    }),
  unauthenticated: () =>
    new CityAppError({
      code: 'unauthenticated',
      title: 'Login required',
      message: 'This needs a staff login.',
      hint: 'Log in at /admin and try again.',
      status: 401,
    }),
  forbidden: (role: string) =>
    new CityAppError({
      code: 'forbidden',
      title: 'Not allowed',
      message: `This needs the role "${role}".`,
      hint: 'Ask an administrator to give your account that role.',
      status: 403,
    }),
  unknownModule: (id: string, known: readonly string[]) =>
    new CityAppError({
      code: 'unknown_module',
      title: 'Unknown module',
      message: `There is no module "${id}".`,
      hint: known.length ? `Known modules: ${known.join(', ')}.` : 'No modules are installed.',
      field: `modules.${id}`,
      status: 400,
    }),
} as const;
