import { resolve } from 'node:path';
import {
  type ConfigIssue,
  cityError,
  citySchema,
  GERMAN_STATE_CODES,
  isLocale,
  PARSE_ONCE,
  slugify,
  strictOptions,
  toConfigIssues,
} from '@city-app/core';
import { generateProject, withBaseSnapshot } from '../engine/generate.js';
import { CHECK_MESSAGES } from '../messages/check.js';
import { RUN_MESSAGES } from '../messages/run.js';
import type { Context } from './context.js';
import { invalidInput } from './errors.js';
import { detectPackageSource, isCityAppRepository } from './package-source.js';

const FLAG_FOR_FIELD: [prefix: string, flag: string][] = [
  ['town.name', '--town'],
  ['town.state', '--state'],
  ['branding.primaryColor', '--primary-color'],
  ['locales', '--locale'],
  ['modules', '--modules'],
];

/** `town.state` → `town.state (--state)`, so a message names both the field and the flag. */
function label(field: string): string {
  const flag = FLAG_FOR_FIELD.find(
    ([prefix]) => field === prefix || field.startsWith(`${prefix}.`),
  )?.[1];
  return flag ? `${field} (${flag})` : field;
}

async function kindOf(ctx: Context, path: string): Promise<'missing' | 'file' | 'dir'> {
  try {
    return (await ctx.fs.stat(path)).isDirectory() ? 'dir' : 'file';
  } catch {
    return 'missing';
  }
}

/**
 * Step 2: every check before anything is written, all problems reported at once; then the
 * project is rendered in memory and checked against the target folder.
 */
export async function validateProject(ctx: Context): Promise<void> {
  const answers = ctx.answers;
  if (!answers) throw new Error('validateProject needs answers');
  const { city } = answers;
  const { language: locale } = ctx;
  const say = CHECK_MESSAGES[locale];
  const issues: ConfigIssue[] = [];
  const known = ctx.modules.map((m) => m.manifest.id);

  const name = city.town.name;
  const slug = city.town.slug ?? slugify(name);
  if (!name) {
    issues.push({ field: label('town.name'), message: say.emptyName, hint: say.giveName });
  } else if (!slug) {
    issues.push({
      field: label('town.name'),
      message: say.nameWithoutLetters(name),
      hint: say.nameInLetters,
    });
  }
  const state = city.town.state as string;
  if (!(GERMAN_STATE_CODES as readonly string[]).includes(state)) {
    issues.push({
      field: label('town.state'),
      message: say.notAState(state),
      hint: say.states(GERMAN_STATE_CODES),
    });
  }
  const firstLocale = city.locales?.[0];
  if (!isLocale(firstLocale)) {
    issues.push({
      field: label('locales'),
      message: say.notALanguage(String(firstLocale)),
      hint: say.languages,
    });
  }
  if (ctx.packageManager !== 'pnpm' && ctx.packageManager !== 'npm') {
    issues.push({
      field: '--package-manager',
      message: say.unsupportedPackageManager(String(ctx.packageManager)),
      hint: say.packageManagers,
    });
  }
  for (const id of Object.keys(city.modules ?? {})) {
    const info = ctx.modules.find((m) => m.manifest.id === id);
    if (!info) {
      issues.push({
        field: label(`modules.${id}`),
        message: say.noModule(id),
        hint: say.knownModules(known),
      });
      continue;
    }
    const { enabled: _enabled, package: _package, ...options } = city.modules?.[id] ?? {};
    const optionsSchema = strictOptions(info.manifest.configSchema);
    const parsed = optionsSchema.safeParse(options, PARSE_ONCE);
    if (!parsed.success)
      issues.push(
        ...toConfigIssues(parsed.error, ['modules', id], {
          schema: optionsSchema,
          input: options,
          locale,
        }).map((i) => ({
          ...i,
          field: label(i.field),
        })),
      );
  }
  const checked = issues.map((i) => i.field.replace(/ \(--[a-z-]+\)$/, ''));
  const kernelInput = { ...city, modules: {} };
  const schema = citySchema.safeParse(kernelInput, PARSE_ONCE);
  if (!schema.success) {
    for (const issue of toConfigIssues(schema.error, [], {
      schema: citySchema,
      input: kernelInput,
      locale,
    })) {
      // Name each field once: the checks above already said it better (`locales.0` included).
      const saidBetter = checked.some(
        (field) => issue.field === field || issue.field.startsWith(`${field}.`),
      );
      if (!saidBetter) issues.push({ ...issue, field: label(issue.field) });
    }
  }

  const dir = ctx.options.dir ?? slug;
  if (dir) {
    const target = resolve(ctx.cwd, dir);
    ctx.target = target;
    if (ctx.options.link !== undefined) {
      const root = resolve(ctx.cwd, ctx.options.link);
      if (!(await isCityAppRepository(root))) {
        issues.push({
          field: '--link',
          message: say.notARepository(root),
          hint: say.repositoryFolder,
        });
      }
      answers.packageSource = { kind: 'link', root };
    } else {
      const { source, outsideWorkspace } = await detectPackageSource(target, ctx.version);
      answers.packageSource = source;
      if (outsideWorkspace)
        ctx.notes.push(
          RUN_MESSAGES[locale].outsideWorkspace(outsideWorkspace.path, outsideWorkspace.root),
        );
    }
    if (answers.packageSource.kind === 'workspace' && answers.packageManager !== 'pnpm') {
      ctx.notes.push(RUN_MESSAGES[locale].workspaceUsesPnpm);
      answers.packageManager = 'pnpm';
      ctx.packageManager = 'pnpm';
    }
  }
  if (issues.length) throw invalidInput(issues);
  const target = ctx.target as string;

  const kind = await kindOf(ctx, target);
  if (kind === 'file') {
    throw cityError('target_is_file', { target }, { field: 'directory' });
  }
  const entries = kind === 'dir' ? await ctx.fs.readdir(target) : [];
  ctx.targetState = kind === 'missing' ? 'missing' : entries.length ? 'not-empty' : 'empty';
  if (ctx.targetState === 'not-empty' && !ctx.options.force) {
    const count = entries.length;
    throw cityError(
      'target_not_empty',
      {
        target,
        entries:
          count === 1
            ? { de: '1 Eintrag', en: '1 entry' }
            : { de: `${count} Einträge`, en: `${count} entries` },
      },
      { field: 'directory' },
    );
  }

  ctx.tree = withBaseSnapshot(
    generateProject(answers, { templateVersion: ctx.version, modules: ctx.modules }),
  );

  if (ctx.targetState === 'not-empty') {
    // With --force, a generated file may replace a file but never a folder, and may not
    // need a folder where a file is.
    const conflicts: ConfigIssue[] = [];
    const checked = new Map<string, 'missing' | 'file' | 'dir'>();
    const kindCached = async (path: string) => {
      let k = checked.get(path);
      if (!k) {
        k = await kindOf(ctx, resolve(target, path));
        checked.set(path, k);
      }
      return k;
    };
    for (const path of ctx.tree.paths()) {
      const segments = path.split('/');
      for (let i = 1; i < segments.length; i++) {
        const parent = segments.slice(0, i).join('/');
        if ((await kindCached(parent)) === 'file') {
          conflicts.push({
            field: parent,
            message: say.fileInTheWay(path),
            hint: say.moveFile,
          });
        }
      }
      if ((await kindCached(path)) === 'dir') {
        conflicts.push({
          field: path,
          message: say.folderInTheWay,
          hint: say.moveFolder,
        });
      }
    }
    if (conflicts.length) {
      const count = conflicts.length;
      const paths =
        count === 1
          ? { de: '1 Pfad', en: '1 path' }
          : { de: `${count} Pfade`, en: `${count} paths` };
      throw cityError('target_paths_clash', { paths, target }, { issues: conflicts });
    }
  }
}
