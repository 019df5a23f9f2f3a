import { extname, join } from 'node:path';
import { cityError, localize, resolveModuleConfigs } from '@city-app/core';
import type { ImportSummary, Logger, Queryable, ServerModule } from '@city-app/server';
import type { CommandContext } from '../context.js';
import { decodeText } from '../text/decode.js';
import { IMPORT_MESSAGES } from './import-messages.js';
import { importingModule } from './import-module.js';
import { parseImporterOptions } from './import-options.js';
import { isWebAddress, readImportSource } from './import-source.js';
import { MODULE_CHANGE_MESSAGES } from './module-change-messages.js';

export interface ImportResult extends Omit<ImportSummary, 'skipped'> {
  module: string;
  format: string;
  file: string;
  dryRun: boolean;
  /** What was left out and why, in the town's language. */
  skipped: { item: string; reason: string }[];
}

/** Migrations of the module that have not run on this database. */
async function pendingMigrations(db: Queryable, id: string, module: ServerModule) {
  const applied = await db
    .query<{ id: string }>('SELECT id FROM city_app_migrations WHERE module = $1', [id])
    .then((r) => new Set(r.rows.map((row) => row.id)))
    .catch(() => new Set<string>());
  return (module.migrations ?? []).filter((m) => !applied.has(m.id));
}

/**
 * `city-app import <module> <file or address>`: runs an importer the module declares, on the
 * project's database (opened as the server opens it). Items are matched by their own keys, so a second
 * run with the same file changes nothing.
 */
export async function importCommand(
  ctx: CommandContext,
  id: string,
  /** Without one, the importer's own source (e.g. the OParl system the town configured). */
  file: string | undefined,
  options: { dryRun?: boolean; format?: string; encoding?: string },
  /** What followed the file that the command does not know: the importer's own options. */
  importerArgs: readonly string[] = [],
): Promise<ImportResult> {
  const { project, city, module } = await importingModule(ctx, id);
  const say = IMPORT_MESSAGES[ctx.language];
  const importers = module.importers ?? {};
  const formats = Object.keys(importers);
  // An address's file name ending, as a path's: …/kalender.ics picks the iCalendar importer.
  const ext = file
    ? extname(
        isWebAddress(file) && URL.canParse(file) ? new URL(file).pathname : file,
      ).toLowerCase()
    : '';
  const format =
    options.format ??
    (formats.length === 1
      ? formats[0]
      : formats.find((f) => importers[f]?.extensions?.includes(ext)));
  const importer = format ? importers[format] : undefined;
  if (!importer) {
    const field = { field: '--format' };
    if (!formats.length) throw cityError('no_importer', { id }, field);
    const what = options.format
      ? { de: `„${options.format}“`, en: `"${options.format}"` }
      : { de: `„${ext || file || '–'}“-Dateien`, en: `"${ext || file || '–'}" files` };
    const offered = (locale: 'de' | 'en') =>
      formats.map((f) => `${f} (${localize(importers[f]?.description ?? f, locale)})`).join(', ');
    throw cityError(
      'unknown_format',
      { id, what, formats: { de: offered('de'), en: offered('en') } },
      field,
    );
  }
  const given = parseImporterOptions(importerArgs, importer.options ?? [], {
    id,
    format: format as string,
  });
  // Only this module's options are checked here: the others' manifests are not loaded, and
  // the server checks them all when it prepares the database.
  const { moduleConfigs } = resolveModuleConfigs(
    { ...city, modules: { [id]: city.modules[id] ?? { enabled: true } } },
    [module.manifest],
  );
  const source = file ?? importer.defaultSource?.(moduleConfigs.get(id));
  if (!source) throw cityError('import_file_missing', { id }, { field: 'file' });
  const { name, bytes } = await readImportSource(ctx.cwd, source);
  const { text } = decodeText(bytes, options.encoding);
  // What the server reads: the process environment (it reads no .env file).
  const env = { ...ctx.env };
  const server = await import('@city-app/server');
  const url = server.readSetting(env, 'DATABASE_URL');
  const databaseOptions = url
    ? { url }
    : {
        dataDir: server.readSetting(env, 'CITY_APP_DATA_DIR') ?? join(project.root, '.data', 'db'),
      };
  let db = await server.openDatabase(databaseOptions);
  const log: Logger = {
    info: () => {},
    warn: (message) => ctx.log(`! ${message}`),
    error: (message) => ctx.log(`✖ ${message}`),
  };
  try {
    // The server owns migrations; the module's tables must be as its migrations made them.
    const pending = await pendingMigrations(db, id, module);
    if (pending.length) {
      if (options.dryRun) {
        throw cityError('migrations_pending', {
          count: pending.length,
          id,
          ids: pending.map((m) => m.id).join(', '),
        });
      }
      // Prepare the database exactly as a start of the server would (migrations of every
      // enabled module, starting content, the first administrator), then import.
      await db.close();
      ctx.log(
        say.preparing(
          pending.length,
          id,
          pending.map((m) => m.id),
        ),
      );
      try {
        const prepared = await server.createCityServer(city, {
          root: project.root,
          env: { ...env, CITY_APP_NOTIFY_WORKER: 'off' },
          webRoot: false,
          // All it says, the one-time administrator password included, reaches the user.
          log: { info: ctx.log, warn: log.warn, error: log.error },
        });
        await prepared.close();
      } finally {
        db = await server.openDatabase(databaseOptions);
      }
    }
    const summary = await importer.run(
      {
        name,
        text,
        bytes,
        ...(options.encoding ? { encoding: options.encoding } : {}),
        options: given,
        dryRun: Boolean(options.dryRun),
      },
      {
        city,
        config: moduleConfigs.get(id),
        manifest: module.manifest,
        db,
        log,
        requireRole: () => {
          throw new Error('importers do not serve requests');
        },
      },
    );
    const result: ImportResult = {
      module: id,
      format: format as string,
      file: source,
      dryRun: Boolean(options.dryRun),
      ...summary,
      skipped: summary.skipped.map((s) => ({
        item: s.item,
        reason: localize(s.reason, ctx.language),
      })),
    };
    if (!ctx.json) {
      const description = localize(importer.description, ctx.language);
      ctx.log(
        say.summary(source, description, id, { ...summary, skipped: summary.skipped.length }),
      );
      for (const s of result.skipped) ctx.log(say.skipped(s.item, s.reason));
      if (options.dryRun) ctx.log(MODULE_CHANGE_MESSAGES[ctx.language].dryRun);
    }
    return result;
  } finally {
    await db.close();
  }
}
