import { existsSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import {
  CityAppError,
  type ConfigIssue,
  errors,
  modulePackageName,
  strictOptions,
  toConfigIssues,
} from '@city-app/core';
import {
  escapeJson,
  type ProjectRecord,
  packageSpecifier,
  promptFields,
  toTsLiteral,
} from 'create-city-app';
import { z } from 'zod';
import type { CommandContext } from '../context.js';
import { EXIT } from '../errors.js';
import { isBasePath, refreshedBase } from '../project/base.js';
import { loadProject, moduleEntries } from '../project/city.js';
import type { AvailableModule } from '../project/modules.js';
import {
  CONFIG_FILE,
  type Project,
  packageManagerOf,
  packageSourceOf,
  RECORD_FILE,
} from '../project/project.js';
import { type FileChange, writeChanges } from '../project/write.js';
import { unifiedDiff } from '../text/diff.js';
import {
  appendEntry,
  insertSortedEntry,
  keyLiteral,
  objectEntries,
  removeEntry,
} from '../text/object-text.js';

export interface ChangeOptions {
  yes?: boolean;
  dryRun?: boolean;
  /** `false` with --no-install. */
  install?: boolean;
}

export interface AddOptions extends ChangeOptions {
  set?: string[];
}

export interface ChangeResult {
  module: string;
  packageName: string;
  changes: { path: string; diff: string }[];
  written: boolean;
  installed: boolean;
  /** For `add`: the options written. */
  options?: Record<string, unknown>;
  /** For `remove`: where the module's data stays. */
  data?: { tables: string[]; contentFolder?: string; howToDelete: string };
  notes: string[];
}

function cannotEdit(file: string, what: string): CityAppError {
  return new CityAppError({
    code: 'invalid_input',
    title: `${file} cannot be edited safely`,
    message: `city-app could not find ${what} in ${file}.`,
    hint: `Make the change by hand, or restore the layout create-city-app wrote (${file === CONFIG_FILE ? 'export default defineCity({ …, modules: { … } })' : '"dependencies": { … }'}).`,
    field: file,
  });
}

/** Index of the `{` of the object passed to `defineCity(`. */
function cityObjectStart(text: string): number {
  const call = /defineCity\s*\(\s*\{/.exec(text);
  if (!call) throw cannotEdit(CONFIG_FILE, 'the call defineCity({ … })');
  return call.index + call[0].length - 1;
}

/** Index of the `{` of `modules: { … }` in city.config.ts, or undefined when there is none. */
function modulesObjectStart(text: string): number | undefined {
  const root = cityObjectStart(text);
  const entry = objectEntries(text, root).find((e) => e.key === 'modules');
  if (!entry) return undefined;
  if (text[entry.valueStart] !== '{') throw cannotEdit(CONFIG_FILE, 'modules as an object literal');
  return entry.valueStart;
}

function dependenciesStart(text: string): number {
  const root = text.indexOf('{');
  const entry =
    root === -1 ? undefined : objectEntries(text, root).find((e) => e.key === 'dependencies');
  if (!entry || text[entry.valueStart] !== '{')
    throw cannotEdit('package.json', '"dependencies": { … }');
  return entry.valueStart;
}

/** `city.config.ts` with `modules.<id>` added (the rest of the file byte for byte). */
export function addModuleToConfigText(
  text: string,
  id: string,
  options: Record<string, unknown>,
): string {
  const modules = modulesObjectStart(text);
  if (modules === undefined) {
    return appendEntry(text, cityObjectStart(text), 'modules', (indent) =>
      toTsLiteral({ [id]: options }, indent),
    );
  }
  return appendEntry(text, modules, keyLiteral(id), (indent) => toTsLiteral(options, indent));
}

export function removeModuleFromConfigText(text: string, id: string): string {
  const modules = modulesObjectStart(text);
  return modules === undefined ? text : removeEntry(text, modules, id);
}

export function addDependencyText(text: string, name: string, spec: string): string {
  const deps = dependenciesStart(text);
  if (objectEntries(text, deps).some((e) => e.key === name)) return text;
  return insertSortedEntry(text, deps, name, JSON.stringify(name), JSON.stringify(spec), false);
}

export function removeDependencyText(text: string, name: string): string {
  return removeEntry(text, dependenciesStart(text), name);
}

function sortedRecord(record: Record<string, string>): Record<string, string> {
  return Object.fromEntries(
    Object.entries(record).sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)),
  );
}

function recordText(record: ProjectRecord): string {
  return `${escapeJson(record, 2)}\n`;
}

/** Parses `--set perPage=20` / `--set modules.news.categories=["A","B"]` into options. */
export function parseSets(id: string, sets: readonly string[]): Record<string, unknown> {
  const options: Record<string, unknown> = {};
  for (const set of sets) {
    const eq = set.indexOf('=');
    if (eq <= 0) {
      throw new CityAppError({
        code: 'invalid_input',
        title: 'Invalid --set',
        message: `"--set ${set}" is not path=value.`,
        hint: 'Write it as --set perPage=20 (strings as they are, numbers, true/false and JSON arrays parsed).',
        field: '--set',
      });
    }
    const path = set
      .slice(0, eq)
      .replace(new RegExp(`^modules\\.${id}\\.`), '')
      .split('.');
    const raw = set.slice(eq + 1);
    let value: unknown = raw;
    try {
      value = JSON.parse(raw);
    } catch {
      // A plain string.
    }
    let target = options;
    for (const key of path.slice(0, -1)) {
      if (typeof target[key] !== 'object' || target[key] === null) target[key] = {};
      target = target[key] as Record<string, unknown>;
    }
    target[path.at(-1) as string] = value;
  }
  return options;
}

/** The defaults of a module's options, as its JSON Schema states them (plain JSON). */
function defaultOptions(module: AvailableModule): Record<string, unknown> {
  const schema = z.toJSONSchema(module.manifest.configSchema, {
    io: 'input',
    unrepresentable: 'any',
  }) as {
    properties?: Record<string, { default?: unknown }>;
  };
  const defaults: Record<string, unknown> = {};
  for (const [key, property] of Object.entries(schema.properties ?? {})) {
    if (property.default !== undefined) defaults[key] = property.default;
  }
  return defaults;
}

async function askOptions(
  ctx: CommandContext,
  module: AvailableModule,
  given: Record<string, unknown>,
): Promise<Record<string, unknown>> {
  const answers: Record<string, unknown> = {};
  if (!ctx.interactive) return answers;
  for (const field of promptFields(module.manifest.configSchema)) {
    if (field.key in given) continue;
    const name = `modules.${module.manifest.id}.${field.key}`;
    if (field.kind === 'boolean') {
      answers[field.key] = await ctx.prompt.confirm({
        name,
        message: field.message,
        default: field.default as boolean | undefined,
      });
    } else if (field.kind === 'select' && field.choices) {
      answers[field.key] = await ctx.prompt.select({
        name,
        message: field.message,
        choices: field.choices.map((c) => ({ value: c, name: c })),
        ...(field.default !== undefined ? { default: String(field.default) } : {}),
      });
    } else {
      const coerce = (v: string) => (field.kind === 'number' ? Number(v) : v);
      const text = await ctx.prompt.text({
        name,
        message: field.message,
        ...(field.default !== undefined ? { default: String(field.default) } : {}),
        validate: (v) => {
          const parsed = field.schema.safeParse(coerce(v));
          return parsed.success ? true : (parsed.error.issues[0]?.message ?? 'invalid');
        },
      });
      answers[field.key] = coerce(text);
    }
  }
  return answers;
}

export async function confirmAndWrite<
  R extends { changes: { path: string; diff: string }[]; written: boolean; installed: boolean },
>(
  ctx: CommandContext,
  project: Project,
  changes: FileChange[],
  options: ChangeOptions,
  result: R,
  verb: string,
  shown: (path: string) => boolean = () => true,
): Promise<R> {
  result.changes = changes
    .filter((c) => shown(c.path))
    .map((c) => ({ path: c.path, diff: unifiedDiff(c.path, c.before, c.after) }));
  if (!ctx.json) for (const c of result.changes) ctx.log(c.diff.trimEnd());
  if (options.dryRun) {
    if (!ctx.json) ctx.log('Dry run: nothing was written.');
    return result;
  }
  if (!options.yes) {
    if (!ctx.interactive) {
      throw new CityAppError({
        code: 'needs_confirmation',
        title: 'Confirmation needed',
        message: `Without a terminal, city-app does not ${verb} without --yes. Nothing was written.`,
        hint: 'Check the diff (--dry-run shows it) and run the command again with --yes.',
      });
    }
    const ok = await ctx.prompt.confirm({
      name: 'confirm',
      message: 'Write these changes?',
      default: true,
    });
    if (!ok) {
      throw new CityAppError({
        code: 'cancelled',
        exit: 'cancelled',
        title: 'Cancelled',
        message: 'Nothing was written.',
      });
    }
  }
  await writeChanges(project.root, changes);
  result.written = true;
  if (options.install !== false) {
    const pm = packageManagerOf(project);
    ctx.log(`Installing with ${pm} …`);
    let code: number;
    try {
      code = await ctx.exec(pm, ['install'], { cwd: project.root, quiet: ctx.json });
    } catch {
      code = -1;
    }
    if (code !== 0) {
      throw new CityAppError({
        code: 'install_failed',
        exit: 'install_failed',
        title: 'Installing the dependencies failed',
        message: `"${pm} install" ${code === -1 ? 'could not be started' : `exited with code ${code}`}. The files were written.`,
        hint: `Fix the problem shown above and run "${pm} install" in ${project.root}.`,
      });
    }
    result.installed = true;
  }
  return result;
}

/** `city-app add <module>`: its package, its options with defaults, after a diff. */
export async function addCommand(
  ctx: CommandContext,
  id: string,
  options: AddOptions,
): Promise<ChangeResult> {
  const { project, input, modules } = await loadProject(ctx);
  const configured = moduleEntries(input);
  if (id in configured) {
    const off = configured[id]?.enabled === false;
    throw new CityAppError({
      code: 'module_already_added',
      title: 'Module already added',
      message: `modules.${id} is already in city.config.ts${off ? ' (switched off)' : ''}.`,
      hint: off
        ? `Set modules.${id}.enabled to true, or remove the line enabled: false.`
        : 'Change its options in city.config.ts.',
      field: `modules.${id}`,
    });
  }
  const module = modules.find((m) => m.manifest.id === id);
  if (!module)
    throw errors.unknownModule(
      id,
      modules.map((m) => m.manifest.id),
    );

  const given = parseSets(id, options.set ?? []);
  const asked = await askOptions(ctx, module, given);
  const moduleOptions = { ...defaultOptions(module), ...asked, ...given };
  const optionsSchema = strictOptions(module.manifest.configSchema);
  const parsed = optionsSchema.safeParse(moduleOptions);
  if (!parsed.success) {
    const issues: ConfigIssue[] = toConfigIssues(parsed.error, ['modules', id], {
      schema: optionsSchema,
      input: moduleOptions,
    });
    throw new CityAppError({
      code: 'invalid_input',
      title: `The options of ${id} are not valid`,
      message: `${issues.length} problem${issues.length === 1 ? '' : 's'}; nothing was written.`,
      hint: `Fix the values named above; city-app config explain modules.${id}.<option> describes each.`,
      field: issues[0]?.field,
      issues,
    });
  }

  const source = packageSourceOf(project);
  const spec = packageSpecifier(module.folder, source);
  const changes: FileChange[] = [
    {
      path: CONFIG_FILE,
      before: project.configText,
      after: addModuleToConfigText(project.configText, id, moduleOptions),
    },
    {
      path: 'package.json',
      before: project.packageJsonText,
      after: addDependencyText(project.packageJsonText, module.packageName, spec),
    },
  ];
  if (project.record) {
    const record = structuredClone(project.record);
    record.answers.city.modules = { ...(record.answers.city.modules ?? {}), [id]: moduleOptions };
    record.packages = sortedRecord({ ...record.packages, [module.packageName]: spec });
    changes.push({ path: RECORD_FILE, before: project.recordText, after: recordText(record) });
    changes.push(...(await refreshedBase(ctx, project, record, modules)));
  }
  const result: ChangeResult = {
    module: id,
    packageName: module.packageName,
    changes: [],
    written: false,
    installed: false,
    options: moduleOptions,
    notes: [
      `Restart the server: the module's migrations run and its screens appear at ${module.manifest.path}.`,
    ],
  };
  await confirmAndWrite(
    ctx,
    project,
    changes.filter((c) => c.before !== c.after),
    options,
    result,
    'change files',
    (path) => !isBasePath(path),
  );
  if (!ctx.json && result.written) {
    ctx.log(`✔ Added ${id} (${module.packageName} ${spec}).`);
    for (const note of result.notes) ctx.log(`  ${note}`);
  }
  return result;
}

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

/** `city-app remove <module>`: the reverse of add; the module's data stays. */
export async function removeCommand(
  ctx: CommandContext,
  id: string,
  options: ChangeOptions,
): Promise<ChangeResult> {
  const { project, input, modules } = await loadProject(ctx);
  const configured = moduleEntries(input);
  if (!(id in configured)) {
    throw new CityAppError({
      code: 'module_not_added',
      title: 'Module not in the config',
      message: `city.config.ts has no modules.${id}.`,
      hint: `Configured modules: ${Object.keys(configured).join(', ') || 'none'}.`,
      field: `modules.${id}`,
    });
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
  const contentFolder = existsSync(join(project.root, 'content', id)) ? `content/${id}` : undefined;
  const sqlTables = tables.length
    ? tables.map((t) => `DROP TABLE ${t};`).join(' ')
    : `DROP TABLE <each table of ${id}>;`;
  const data = {
    tables,
    ...(contentFolder ? { contentFolder } : {}),
    howToDelete: `Back up first. Then, in the database (psql "$DATABASE_URL", or the PGlite folder .data/db): ${sqlTables} DELETE FROM city_app_migrations WHERE module = '${id}'; DELETE FROM city_app_seeds WHERE module = '${id}';`,
  };
  const result: ChangeResult = {
    module: id,
    packageName,
    changes: [],
    written: false,
    installed: false,
    data,
    notes: [],
  };
  await confirmAndWrite(
    ctx,
    project,
    changes.filter((c) => c.before !== c.after),
    options,
    result,
    'change files',
    (path) => !isBasePath(path),
  );
  if (!ctx.json) {
    if (result.written) ctx.log(`✔ Removed ${id} from the project.`);
    ctx.log(
      `Its data stays in the database${tables.length ? ` (tables ${tables.join(', ')})` : ''}${contentFolder ? ` and its starting content in ${contentFolder}/` : ''}; adding the module again finds it there.`,
    );
    ctx.log(`To delete it deliberately: ${data.howToDelete}`);
  }
  return result;
}

export { EXIT };
