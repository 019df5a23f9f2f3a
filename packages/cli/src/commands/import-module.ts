import { createRequire } from 'node:module';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { type CityConfig, cityError, defineCity, modulePackageName } from '@city-app/core';
import type { ServerModule } from '@city-app/server';
import type { CommandContext } from '../context.js';
import { enabledIds, loadProject, moduleEntries } from '../project/city.js';
import type { Project } from '../project/project.js';
import { townLanguage } from '../project/town-language.js';

/** A module's server part, loaded from the town project as the server loads it. */
export interface ImportingModule {
  project: Project;
  city: CityConfig;
  module: ServerModule;
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

/**
 * The enabled module `id` of the project `ctx` is in, with its importers; from here on the
 * command speaks the town's language.
 */
export async function importingModule(ctx: CommandContext, id: string): Promise<ImportingModule> {
  const { project, input } = await loadProject(ctx);
  ctx.language = townLanguage(input);
  if (!(id in moduleEntries(input)) || !enabledIds(input).includes(id)) {
    throw cityError('import_module_not_enabled', { id }, { field: `modules.${id}` });
  }
  const city = defineCity(input as Parameters<typeof defineCity>[0]);
  const pkg = modulePackageName(id, city.modules[id]);
  return { project, city, module: await loadServerModule(project.root, id, pkg) };
}
