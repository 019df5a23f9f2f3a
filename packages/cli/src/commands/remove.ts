import { createRequire } from 'node:module';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { cityError, modulePackageName } from '@city-app/core';
import type { CommandContext } from '../context.js';
import { refreshedBase } from '../project/base.js';
import { loadProject, moduleEntries } from '../project/city.js';
import { CONFIG_FILE, RECORD_FILE } from '../project/project.js';
import { moduleFilesIn } from '../project/starter.js';
import { townLanguage } from '../project/town-language.js';
import type { FileChange } from '../project/write.js';
import {
  type ChangeOptions,
  type ChangeResult,
  recordText,
  removeDependencyText,
  removeModuleFromConfigText,
  writeModuleChange,
} from './add.js';
import { moduleChangeMessages } from './module-change-messages.js';

/** The tables a module's migrations create, read from its `./server` entry when installed. */
async function moduleTables(root: string, packageName: string): Promise<string[]> {
  try {
    const require = createRequire(join(root, 'package.json'));
    const entry = require.resolve(`${packageName}/server`);
    const loaded = (await import(pathToFileURL(entry).href)) as {
      default?: { migrations?: { up: unknown }[] };
    };
    const tables = new Set<string>();
    for (const migration of loaded.default?.migrations ?? []) {
      if (typeof migration.up !== 'string') continue;
      for (const match of migration.up.matchAll(
        /create\s+table\s+(?:if\s+not\s+exists\s+)?("?[\w.]+"?)/gi,
      )) {
        tables.add((match[1] as string).replace(/"/g, ''));
      }
    }
    return [...tables];
  } catch {
    return [];
  }
}

/**
 * `city-app remove <module>`: the reverse of add. What the town has of the module stays and
 * is listed: its data in the database, its content files and its images.
 */
export async function removeCommand(
  ctx: CommandContext,
  id: string,
  options: ChangeOptions,
): Promise<ChangeResult> {
  const { project, input, modules } = await loadProject(ctx);
  // Its errors too, as the lines it prints.
  ctx.language = townLanguage(input);
  const configured = moduleEntries(input);
  if (!(id in configured)) {
    const list = Object.keys(configured).join(', ');
    throw cityError(
      'module_not_added',
      { id, configured: list || { de: 'keine', en: 'none' } },
      { field: `modules.${id}` },
    );
  }
  const packageName = modulePackageName(id, configured[id] as { package?: string });
  const changes: FileChange[] = [
    {
      path: CONFIG_FILE,
      before: project.configText,
      after: removeModuleFromConfigText(project.configText, id),
    },
    {
      path: 'package.json',
      before: project.packageJsonText,
      after: removeDependencyText(project.packageJsonText, packageName),
    },
  ];
  if (project.record) {
    const record = structuredClone(project.record);
    const { [id]: _removed, ...rest } = record.answers.city.modules ?? {};
    record.answers.city.modules = rest;
    const { [packageName]: _pkg, ...packages } = record.packages;
    record.packages = packages;
    changes.push({ path: RECORD_FILE, before: project.recordText, after: recordText(record) });
    changes.push(...(await refreshedBase(ctx, project, record, modules)));
  }
  const tables = await moduleTables(project.root, packageName);
  const files = await moduleFilesIn(project.root, id);
  const folders = [
    ...(files.content.length ? [`content/${id}/`] : []),
    ...(files.public.length ? [`public/modules/${id}/`] : []),
  ];
  const sqlTables = tables.length
    ? tables.map((t) => `DROP TABLE ${t};`).join(' ')
    : `DROP TABLE <each table of ${id}>;`;
  const say = moduleChangeMessages(input);
  const sql = `${sqlTables} DELETE FROM city_app_migrations WHERE module = '${id}'; DELETE FROM city_app_seeds WHERE module = '${id}';`;
  const data = { tables, ...files, howToDelete: say.howToDelete(sql, folders) };
  const result: ChangeResult = {
    module: id,
    packageName,
    changes: [],
    written: false,
    installed: false,
    data,
    notes: [],
  };
  await writeModuleChange(ctx, project, changes, options, result, say);
  if (!ctx.json) {
    if (result.written) ctx.log(say.removed(id));
    ctx.log(say.stays);
    ctx.log(`  • ${say.tables(tables)}`);
    if (files.content.length) ctx.log(`  • ${say.content(files.content)}`);
    if (files.public.length) ctx.log(`  • ${say.public(files.public)}`);
    ctx.log(say.again);
    ctx.log(data.howToDelete);
  }
  return result;
}
