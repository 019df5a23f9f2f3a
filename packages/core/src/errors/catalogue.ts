import type { ConfigIssue } from './city-app-error.js';
import { cityError } from './registry.js';
import type { ParamValue } from './template.js';

/** Shorthands for the catalogue's most used entries. */
export const errors = {
  invalidConfig: (
    issues: ConfigIssue[],
    source: ParamValue = { de: 'der Stadtkonfiguration', en: 'city config' },
  ) =>
    cityError(
      'invalid_config',
      {
        problems:
          issues.length === 1
            ? { de: '1 Problem', en: '1 problem' }
            : { de: `${issues.length} Probleme`, en: `${issues.length} problems` },
        source,
      },
      { field: issues[0]?.field, issues },
    ),
  validation: (field: string, problem: ParamValue, help?: ParamValue) =>
    help === undefined
      ? cityError('validation_failed', { problem }, { field })
      : cityError('validation_failed_with_hint', { problem, help }, { field }),
  notFound: (what: ParamValue) => cityError('not_found', { what }),
  unauthenticated: () => cityError('unauthenticated'),
  forbidden: (role: string) => cityError('forbidden', { role }),
  unknownModule: (id: string, known: readonly string[]) =>
    known.length
      ? cityError('unknown_module', { id, known: known.join(', ') }, { field: `modules.${id}` })
      : cityError('unknown_module_none_installed', { id }, { field: `modules.${id}` }),
} as const;
