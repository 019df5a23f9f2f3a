import { cityError, localize } from '@city-app/core';
import type { CommandContext } from '../context.js';
import { IMPORT_MESSAGES } from './import-messages.js';
import { importingModule } from './import-module.js';

/** One importer as `city-app import <module> --list` shows it, in the town's language. */
export interface ImporterListing {
  format: string;
  description: string;
  extensions: string[];
  options: { name: string; description: string; required: boolean; values?: string[] }[];
  /** It reads the source the town configured when the command names no file. */
  ownSource: boolean;
}

/**
 * `city-app import <module> --list`: what the module's importers read, the file endings
 * each is picked by and the options each takes, so a consultant need not guess.
 */
export async function listImporters(
  ctx: CommandContext,
  id: string,
): Promise<{ module: string; importers: ImporterListing[] }> {
  const { module } = await importingModule(ctx, id);
  const say = IMPORT_MESSAGES[ctx.language];
  if (!Object.keys(module.importers ?? {}).length) throw cityError('no_importer', { id });
  const importers = Object.entries(module.importers ?? {}).map(
    ([format, importer]): ImporterListing => ({
      format,
      description: localize(importer.description, ctx.language),
      extensions: importer.extensions ?? [],
      options: (importer.options ?? []).map((o) => ({
        name: o.name,
        description: localize(o.description, ctx.language),
        required: Boolean(o.required),
        ...(o.values ? { values: o.values } : {}),
      })),
      ownSource: Boolean(importer.defaultSource),
    }),
  );
  if (!ctx.json) {
    ctx.log(say.importersOf(id));
    for (const importer of importers) {
      ctx.log(`  ${importer.format}: ${importer.description}`);
      // Among several, --format picks one whatever the file's ending.
      const pick = importers.length > 1 ? `; --format ${importer.format}` : '';
      ctx.log(`    ${say.extensions(importer.extensions)}${pick}`);
      if (importer.ownSource) ctx.log(`    ${say.ownSource}`);
      for (const option of importer.options) {
        ctx.log(
          `    ${say.option(option.name, option.required, option.values)}: ${option.description}`,
        );
      }
    }
    ctx.log(say.howTo(id));
  }
  return { module: id, importers };
}
