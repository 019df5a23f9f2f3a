import { createRequire } from 'node:module';
import { extname, join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { cityError, defineCity, modulePackageName, resolveModuleConfigs } from '@city-app/core';
import type { ImportSummary, Logger, Queryable, ServerModule } from '@city-app/server';
import type { CommandContext } from '../context.js';
import { enabledIds, loadProject, moduleEntries } from '../project/city.js';
import { townLanguage } from '../project/town-language.js';
import { decodeText } from '../text/decode.js';
import { IMPORT_MESSAGES } from './import-messages.js';
import { parseImporterOptions } from './import-options.js';
import { isWebAddress, readImportSource } from './import-source.js';
import { MODULE_CHANGE_MESSAGES } from './module-change-messages.js';

export interface ImportResult extends ImportSummary {
  module: string;
  format: string;
  file: string;
  dryRun: boolean;
}

async function loadServerModule(root: string, id: string, pkg: string): Promise<ServerModule> {
  let entry: string;
  try {
    entry = createRequire(join(root, 'package.json')).resolve(`${pkg}/server`);
  } catch {
    throw cityError('import_module_not_installed', { pkg }, { field: `modules.${id}` });
  }
  const loaded = (await import(pathToFileURL(entry).href)) as { default?: ServerModule };
  if (!loaded.default?.manifest) {
    throw cityError('import_invalid_module', { pkg });
  }
  return loaded.default;
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
  const { project, input } = await loadProject(ctx);
  ctx.language = townLanguage(input);
  const say = IMPORT_MESSAGES[ctx.language];
  if (!(id in moduleEntries(input)) || !enabledIds(input).includes(id)) {
    throw cityError('import_module_not_enabled', { id }, { field: `modules.${id}` });
  }
  const city = defineCity(input as Parameters<typeof defineCity>[0]);
  const pkg = modulePackageName(id, city.modules[id]);
  const module = await loadServerModule(project.root, id, pkg);
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
    const offered = formats.map((f) => `${f} (${importers[f]?.description})`).join(', ');
    throw cityError('unknown_format', { id, what, formats: offered }, field);
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
    };
    if (!ctx.json) {
      ctx.log(
        say.summary(source, { format: format as string, description: importer.description }, id, {
          ...summary,
          skipped: summary.skipped.length,
        }),
      );
      for (const s of summary.skipped) ctx.log(say.skipped(s.item, s.reason));
      if (options.dryRun) ctx.log(MODULE_CHANGE_MESSAGES[ctx.language].dryRun);
    }
    return result;
  } finally {
    await db.close();
  }
}
