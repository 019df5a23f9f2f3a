import { readFile } from 'node:fs/promises';
import { dirname, join } from 'node:path';
import { cityError } from '@city-app/core';
import type { PackageManager, PackageSource, ProjectRecord } from 'create-city-app';

export const CONFIG_FILE = 'city.config.ts';
export const RECORD_FILE = '.city-app.json';

/** A town project as the commands see it: its folder and the files they read and edit. */
export interface Project {
  root: string;
  configText: string;
  packageJsonText: string;
  packageJson: { dependencies?: Record<string, string>; [key: string]: unknown };
  /** `.city-app.json`, when the project has one. */
  recordText?: string;
  record?: ProjectRecord;
}

async function readText(path: string): Promise<string | undefined> {
  try {
    return await readFile(path, 'utf8');
  } catch {
    return undefined;
  }
}

/** The nearest folder at or above `cwd` with a `city.config.ts`. */
export async function findProjectRoot(cwd: string): Promise<string> {
  for (let dir = cwd; ; dir = dirname(dir)) {
    if ((await readText(join(dir, CONFIG_FILE))) !== undefined) return dir;
    if (dirname(dir) === dir) break;
  }
  throw cityError('not_a_project', { file: CONFIG_FILE, cwd });
}

export async function openProject(cwd: string): Promise<Project> {
  const root = await findProjectRoot(cwd);
  const configText = (await readText(join(root, CONFIG_FILE))) as string;
  const packageJsonText = await readText(join(root, 'package.json'));
  if (packageJsonText === undefined) {
    throw cityError(
      'package_json_missing',
      { file: 'package.json', root },
      { field: 'package.json' },
    );
  }
  let packageJson: Project['packageJson'];
  try {
    packageJson = JSON.parse(packageJsonText);
  } catch (error) {
    throw cityError(
      'project_file_not_json',
      { file: 'package.json', reason: (error as Error).message },
      { field: 'package.json' },
    );
  }
  const recordText = await readText(join(root, RECORD_FILE));
  let record: ProjectRecord | undefined;
  if (recordText !== undefined) {
    try {
      record = JSON.parse(recordText);
    } catch (error) {
      throw cityError(
        'project_record_not_json',
        { file: RECORD_FILE, reason: (error as Error).message },
        { field: RECORD_FILE },
      );
    }
  }
  return {
    root,
    configText,
    packageJsonText,
    packageJson,
    ...(recordText !== undefined ? { recordText, record } : {}),
  };
}

/** Where the project's `@city-app/*` come from, read from its own package.json. */
export function packageSourceOf(project: Project): PackageSource {
  const spec = project.packageJson.dependencies?.['@city-app/core'];
  if (spec === undefined)
    return project.record?.answers.packageSource ?? { kind: 'registry', version: '0.0.0' };
  if (spec.startsWith('workspace:')) return { kind: 'workspace' };
  const link = /^link:(.*)\/packages\/core$/.exec(spec);
  if (link?.[1]) return { kind: 'link', root: link[1] };
  return { kind: 'registry', version: spec.replace(/^[\^~]/, '') };
}

export function packageManagerOf(project: Project): PackageManager {
  return project.record?.answers.packageManager ?? 'pnpm';
}
