import {
  type CityAppError,
  type ConfigIssue,
  cityError,
  errors,
  type ParamValue,
  strictOptions,
  toConfigIssues,
} from '@city-app/core';
import {
  escapeJson,
  localToday,
  type ProjectAnswers,
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
import { planStarter } from '../project/starter.js';
import { townLanguage } from '../project/town-language.js';
import { type FileChange, writeChanges } from '../project/write.js';
import { unifiedDiff } from '../text/diff.js';
import {
  appendEntry,
  insertSortedEntry,
  keyLiteral,
  objectEntries,
  removeEntry,
} from '../text/object-text.js';
import {
  type ChangeWords,
  MODULE_CHANGE_MESSAGES,
  moduleChangeMessages,
} from './module-change-messages.js';

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
  /** For `add`: files of the module's starting content the project already had (kept). */
  skipped?: string[];
  /** For `remove`: what stays in the project. */
  data?: {
    tables: string[];
    /** Files in `content/<id>/`. */
    content: string[];
    /** Files in `public/modules/<id>/`. */
    public: string[];
    howToDelete: string;
  };
  notes: string[];
}

function cannotEdit(file: string, what: string): CityAppError {
  const layout =
    file === CONFIG_FILE
      ? 'export default defineCity({ …, modules: { … } })'
      : '"dependencies": { … }';
  return cityError('project_file_not_editable', { file, what, layout }, { field: file });
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

export function recordText(record: ProjectRecord): string {
  return `${escapeJson(record, 2)}\n`;
}

/** Parses `--set perPage=20` / `--set modules.news.categories=["A","B"]` into options. */
export function parseSets(id: string, sets: readonly string[]): Record<string, unknown> {
  const options: Record<string, unknown> = {};
  for (const set of sets) {
    const eq = set.indexOf('=');
    if (eq <= 0) throw cityError('invalid_set_option', { set }, { field: '--set' });
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
        language: ctx.language,
      });
    } else if (field.kind === 'select' && field.choices) {
      answers[field.key] = await ctx.prompt.select({
        name,
        message: field.message,
        choices: field.choices.map((c) => ({ value: c, name: c })),
        ...(field.default !== undefined ? { default: String(field.default) } : {}),
        language: ctx.language,
      });
    } else {
      const coerce = (v: string) => (field.kind === 'number' ? Number(v) : v);
      const text = await ctx.prompt.text({
        name,
        message: field.message,
        ...(field.default !== undefined ? { default: String(field.default) } : {}),
        language: ctx.language,
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
  /** What would be done, after "does not": e.g. `{ de: 'Dateien ändern', en: 'change files' }`. */
  verb: ParamValue,
  shown: (path: string) => boolean = () => true,
  words: ChangeWords = MODULE_CHANGE_MESSAGES.en,
): Promise<R> {
  result.changes = changes
    .filter((c) => shown(c.path))
    .map((c) => ({ path: c.path, diff: unifiedDiff(c.path, c.before, c.after) }));
  if (!ctx.json) for (const c of result.changes) ctx.log(c.diff.trimEnd());
  if (options.dryRun) {
    if (!ctx.json) ctx.log(words.dryRun);
    return result;
  }
  if (!options.yes) {
    if (!ctx.interactive) throw cityError('changes_need_confirmation', { verb });
    const ok = await ctx.prompt.confirm({
      name: 'confirm',
      message: words.confirm,
      default: true,
      language: ctx.language,
    });
    if (!ok) throw cityError('changes_cancelled');
  }
  await writeChanges(project.root, changes);
  result.written = true;
  if (options.install !== false) {
    const pm = packageManagerOf(project);
    ctx.log(words.installing(pm));
    let code: number;
    try {
      // The change adds or drops a dependency on purpose, so the lock file must follow it;
      // pnpm freezes the lock file when CI=true (a town's pipeline), npm never does.
      const args = pm === 'pnpm' ? ['install', '--no-frozen-lockfile'] : ['install'];
      code = await ctx.exec(pm, args, { cwd: project.root, quiet: ctx.json });
    } catch {
      code = -1;
    }
    if (code !== 0) {
      throw cityError('install_failed_after_write', {
        command: `${pm} install`,
        outcome:
          code === -1
            ? { de: 'ließ sich nicht starten', en: 'could not be started' }
            : { de: `endete mit Code ${code}`, en: `exited with code ${code}` },
        root: project.root,
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
  // Its errors too, as the lines it prints.
  ctx.language = townLanguage(input);
  const configured = moduleEntries(input);
  if (id in configured) {
    const off = configured[id]?.enabled === false;
    throw cityError(
      off ? 'module_switched_off' : 'module_already_added',
      { id },
      {
        field: `modules.${id}`,
      },
    );
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
      locale: ctx.language,
    });
    const problems =
      issues.length === 1
        ? { de: '1 Problem', en: '1 problem' }
        : { de: `${issues.length} Probleme`, en: `${issues.length} problems` };
    throw cityError(
      'invalid_module_options',
      { id, problems },
      { field: issues[0]?.field, issues },
    );
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
  const answers = structuredClone(project.record?.answers) ?? {
    // A project without .city-app.json: its starting content is rendered from its config.
    city: structuredClone(input) as ProjectAnswers['city'],
    packageManager: packageManagerOf(project),
    packageSource: source,
    createdOn: localToday(),
  };
  answers.city.modules = { ...(answers.city.modules ?? {}), [id]: moduleOptions };
  if (project.record) {
    const record = { ...structuredClone(project.record), answers };
    record.packages = sortedRecord({ ...record.packages, [module.packageName]: spec });
    changes.push({ path: RECORD_FILE, before: project.recordText, after: recordText(record) });
    changes.push(...(await refreshedBase(ctx, project, record, modules)));
  }
  // The module's starting content and images, from its package; the town's files stay.
  const starter = planStarter(ctx, project.root, answers, module);
  changes.push(...starter.changes);
  const say = moduleChangeMessages(input);
  const result: ChangeResult = {
    module: id,
    packageName: module.packageName,
    changes: [],
    written: false,
    installed: false,
    options: moduleOptions,
    skipped: starter.skipped,
    notes: [
      ...(starter.skipped.length ? [say.skipped(starter.skipped)] : []),
      say.restart(module.manifest.path),
    ],
  };
  await writeModuleChange(ctx, project, changes, options, result, say);
  if (!ctx.json && result.written) {
    ctx.log(say.added(id, `${module.packageName} ${spec}`));
    for (const note of result.notes) ctx.log(`  ${note}`);
  }
  return result;
}

/**
 * `add`'s and `remove`'s changes, after their diff and a confirmation: the project's files
 * (the base snapshot is written along without being shown).
 */
export function writeModuleChange(
  ctx: CommandContext,
  project: Project,
  changes: readonly FileChange[],
  options: ChangeOptions,
  result: ChangeResult,
  words: ChangeWords,
): Promise<ChangeResult> {
  return confirmAndWrite(
    ctx,
    project,
    changes.filter((c) => c.before !== c.after),
    options,
    result,
    { de: 'Dateien ändern', en: 'change files' },
    (path) => !isBasePath(path),
    words,
  );
}

export { EXIT };
