import { cityError } from '@city-app/core';
import type { ServerModule } from '../module.js';

/** `city-app import`'s own options: an importer's option of the same name would never arrive. */
const COMMAND_OPTIONS = new Set(['format', 'encoding', 'dry-run', 'json', 'help']);

function bothLanguages(text: { de?: string; en?: string } | undefined): boolean {
  return Boolean(text?.de?.trim() && text.en?.trim());
}

/**
 * The description and options a module's importers declare, checked where the module is
 * defined: a description in one language only, a name the command line cannot carry, one the
 * command takes itself, or one declared twice would only surprise a consultant at the first
 * import.
 */
export function checkImporterOptions(module: ServerModule<never>): void {
  const problems: string[] = [];
  for (const [format, importer] of Object.entries(module.importers ?? {})) {
    // A plain string is what importers written before said; an object must say both.
    const { description } = importer;
    if (typeof description === 'string' ? !description.trim() : !bothLanguages(description))
      problems.push(`importer ${format}: needs a description in de and en`);
    const seen = new Set<string>();
    for (const option of importer.options ?? []) {
      const where = `importer ${format}, option "${option.name}"`;
      if (!/^[a-z][a-z0-9-]{0,39}$/.test(option.name))
        problems.push(`${where}: use 1–40 lower-case letters, digits or hyphens`);
      else if (COMMAND_OPTIONS.has(option.name))
        problems.push(`${where}: city-app import takes --${option.name} itself`);
      else if (seen.has(option.name)) problems.push(`${where}: declared twice`);
      if (!bothLanguages(option.description))
        problems.push(`${where}: needs a description in de and en`);
      if (option.values && !option.values.length)
        problems.push(`${where}: values, when given, must list at least one`);
      seen.add(option.name);
    }
  }
  if (problems.length) {
    throw cityError('module_importer_options', {
      id: module.manifest.id,
      problems: problems.join('; '),
    });
  }
}
