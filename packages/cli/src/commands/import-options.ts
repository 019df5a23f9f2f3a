import { cityError } from '@city-app/core';
import type { ImporterOption } from '@city-app/server';

/** Which importer the options are for, as the errors name it. */
interface ImporterName {
  id: string;
  format: string;
}

const known = (declared: readonly ImporterOption[]) =>
  declared.length ? declared.map((o) => `--${o.name}`).join(', ') : '—';

/**
 * The importer's own options from what follows the file (`--location "Bahnhofstraße"` or
 * `--location=…`), checked against what it declares: unknown names, values missing or not
 * in its list, and required options left out are refused before the file is read.
 */
export function parseImporterOptions(
  args: readonly string[],
  declared: readonly ImporterOption[],
  importer: ImporterName,
): Record<string, string> {
  const given: Record<string, string> = {};
  for (let i = 0; i < args.length; i++) {
    const arg = args[i] as string;
    const match = /^--([a-z][a-z0-9-]*)(?:=(.*))?$/s.exec(arg);
    const option = match ? declared.find((o) => o.name === match[1]) : undefined;
    if (!match || !option) {
      throw cityError(
        'import_option_unknown',
        { ...importer, option: arg, known: known(declared) },
        { field: arg.startsWith('--') ? (arg.split('=')[0] as string) : arg },
      );
    }
    const flag = `--${option.name}`;
    let value = match[2];
    if (value === undefined) {
      const next = args[i + 1];
      if (next !== undefined && !next.startsWith('--')) {
        value = next;
        i++;
      }
    }
    value = value?.trim();
    if (!value) {
      throw cityError(
        'import_option_missing',
        { ...importer, option: flag, description: option.description },
        { field: flag },
      );
    }
    if (option.values && !option.values.includes(value)) {
      const values = option.values.join(', ');
      throw cityError(
        'import_option_value',
        { option: flag, values, example: option.values[0] ?? '' },
        { field: flag },
      );
    }
    given[option.name] = value;
  }
  for (const option of declared) {
    if (option.required && given[option.name] === undefined) {
      const flag = `--${option.name}`;
      throw cityError(
        'import_option_missing',
        { ...importer, option: flag, description: option.description },
        { field: flag },
      );
    }
  }
  return given;
}
