import { randomBytes } from 'node:crypto';
import { existsSync } from 'node:fs';
import { mkdir, readdir, readFile, rename, rm, writeFile } from 'node:fs/promises';
import { basename, dirname, join, relative, resolve, sep } from 'node:path';
import { fileURLToPath } from 'node:url';
import { cityError, FIELDS_OF_ACTION, MODULE_ID_PATTERN } from '@city-app/core';
import type { CommandContext } from '../context.js';
import { speakTownLanguage } from '../project/town-language.js';
import { keyLiteral } from '../text/object-text.js';
import { addDependencyText } from './add.js';
import {
  STANDALONE_FILES,
  standaloneManifest,
  townModulePlace,
  townNextSteps,
} from './new-module-in-town.js';
import { NEW_MODULE_MESSAGES } from './new-module-messages.js';

export interface NewModuleOptions {
  field?: string;
  title?: string;
  dir?: string;
  dryRun?: boolean;
}

export interface NewModuleResult {
  id: string;
  packageName: string;
  folder: string;
  files: string[];
  written: boolean;
}

// The template's package.json is stored as package.json.tmpl: a nested package.json inside
// the published @city-app/cli would read as a package of its own to tools (publint, bundlers).
const TEMPLATE_MANIFEST = 'package.json.tmpl';

/** The file a template file becomes in the new module. */
function outputName(file: string): string {
  return file.replace(/\.tmpl$/, '');
}

/** templates/module: shipped inside this package, or read from the repository. */
function templatesFolder(): string {
  // From the sources (tests): the repository's templates/module. From dist/: the copy
  // shipped in the package, else the repository's (a checkout).
  const candidates = import.meta.url.endsWith('.ts')
    ? ['../../../../templates/module']
    : ['../templates/module', '../../../templates/module'];
  for (const candidate of candidates) {
    const folder = fileURLToPath(new URL(candidate, import.meta.url));
    if (existsSync(join(folder, TEMPLATE_MANIFEST))) return folder;
  }
  throw new Error('The module templates are missing from this installation of @city-app/cli.');
}

async function listFiles(dir: string, prefix = ''): Promise<string[]> {
  const files: string[] = [];
  for (const entry of await readdir(dir, { withFileTypes: true })) {
    const rel = prefix ? `${prefix}/${entry.name}` : entry.name;
    if (entry.isDirectory()) files.push(...(await listFiles(join(dir, entry.name), rel)));
    else if (entry.isFile()) files.push(rel);
  }
  return files.sort();
}

/** The city-app checkout `cwd` is in, if any. */
function repositoryRoot(cwd: string): string | undefined {
  for (let dir = cwd; ; dir = dirname(dir)) {
    if (
      existsSync(join(dir, 'packages', 'core', 'package.json')) &&
      existsSync(join(dir, 'pnpm-workspace.yaml'))
    )
      return dir;
    if (dirname(dir) === dir) return undefined;
  }
}

/**
 * `city-app new module <id>`: a module package from templates/module — manifest, options,
 * a migration, a described route, a screen and a home widget, tests and a README — that the
 * kernel serves once a town enables it. Written into a temporary folder and renamed into
 * place, so a failure leaves nothing behind.
 */
export async function newModuleCommand(
  ctx: CommandContext,
  id: string,
  options: NewModuleOptions,
): Promise<NewModuleResult> {
  const repo = repositoryRoot(ctx.cwd);
  const town = repo ? undefined : await townModulePlace(ctx.cwd, id);
  // Inside a town project its consultant reads the town's language, its refusals included.
  if (town) await speakTownLanguage(ctx, town.project.root);
  const say = NEW_MODULE_MESSAGES[ctx.language];
  if (!MODULE_ID_PATTERN.test(id)) {
    throw cityError('new_module_bad_id', { id }, { field: 'id' });
  }
  const field = options.field ?? 'administration';
  if (!(field in FIELDS_OF_ACTION)) {
    throw cityError(
      'new_module_bad_field',
      { field, known: Object.keys(FIELDS_OF_ACTION).join(', ') },
      { field: '--field' },
    );
  }
  const title = (
    options.title ?? id.replace(/-/g, ' ').replace(/^./, (c) => c.toUpperCase())
  ).trim();
  if (!title || /['"\\`{}<>]/.test(title)) {
    throw cityError('new_module_bad_title', { title }, { field: '--title' });
  }
  const folder = resolve(
    ctx.cwd,
    options.dir ?? (repo ? join(repo, 'packages', 'modules', id) : (town?.folder ?? id)),
  );
  if (existsSync(folder) && (await readdir(folder)).length > 0) {
    throw cityError('new_module_folder_taken', { folder }, { field: '--dir' });
  }
  const values: Record<string, string> = {
    id,
    key: keyLiteral(id, "'"),
    title,
    field,
    packageName: `@city-app/module-${id}`,
    table: `${id.replace(/-/g, '_')}_entries`,
    cityAppRange: town?.cityAppRange ?? 'workspace:^',
  };
  const source = templatesFolder();
  const files = await listFiles(source);
  const rendered = await Promise.all(
    files.map(async (file) => {
      const name = outputName(file);
      const text = (await readFile(join(source, file), 'utf8')).replace(
        /\{\{(\w+)\}\}/g,
        (whole, key: string) => values[key] ?? whole,
      );
      if (!town) return [name, text] as const;
      return [
        name,
        name === 'package.json' ? standaloneManifest(text) : (STANDALONE_FILES[name] ?? text),
      ] as const;
    }),
  );
  const result: NewModuleResult = {
    id,
    packageName: values.packageName as string,
    folder,
    files: files.map(outputName),
    written: false,
  };
  if (options.dryRun) {
    if (!ctx.json) {
      ctx.log(say.dryRun(files.length, folder));
      for (const file of files) ctx.log(`  ${outputName(file)}`);
    }
    return result;
  }
  const temp = join(
    dirname(folder),
    `.${basename(folder)}.city-app-${randomBytes(4).toString('hex')}`,
  );
  try {
    for (const [file, text] of rendered) {
      await mkdir(dirname(join(temp, file)), { recursive: true });
      await writeFile(join(temp, file), text);
    }
    if (existsSync(folder)) await rm(folder, { recursive: true });
    await rename(temp, folder);
  } catch (error) {
    await rm(temp, { recursive: true, force: true });
    throw error;
  }
  result.written = true;
  if (town) {
    // The town installs it from its folder, with npm and pnpm alike.
    const spec = `file:./${relative(town.project.root, folder).split(sep).join('/')}`;
    await writeFile(
      join(town.project.root, 'package.json'),
      addDependencyText(town.project.packageJsonText, values.packageName as string, spec),
    );
    if (!ctx.json) {
      ctx.log(say.created(values.packageName as string, folder, files.length));
      ctx.log(`  ${say.dependsOn(spec)}`);
      for (const step of townNextSteps(town, ctx.cwd, id)) ctx.log(`  ${step}`);
    }
    return result;
  }
  if (!ctx.json) {
    ctx.log(say.created(values.packageName as string, folder, files.length));
    ctx.log(`  ${say.next(values.packageName as string, id)}`);
  }
  return result;
}
