import type { Dirent } from 'node:fs';
import { readdir, readFile } from 'node:fs/promises';
import { join } from 'node:path';
import {
  BASE_FOLDER,
  type ProjectRecord,
  renderProject,
  CLI_VERSION as TEMPLATES_VERSION,
} from 'create-city-app';
import type { CommandContext, TemplateEngine } from '../context.js';
import type { AvailableModule } from './modules.js';
import type { Project } from './project.js';
import type { FileChange } from './write.js';

/**
 * The project's base snapshot (`.city-app/base/`): what the templates produced from the
 * recorded answers, written by create-city-app and kept current by `add`, `remove` and
 * `update`. It is the "base" of update's three-way merge.
 */
export { BASE_FOLDER };

export const isBasePath = (path: string) => path.startsWith(`${BASE_FOLDER}/`);

/** The files of a folder below the project as a relative-path → text map; undefined if absent. */
export async function readTree(
  root: string,
  folder: string,
): Promise<Map<string, string> | undefined> {
  const dir = join(root, folder);
  let entries: Dirent[];
  try {
    entries = await readdir(dir, { recursive: true, withFileTypes: true });
  } catch {
    return undefined;
  }
  const files = new Map<string, string>();
  for (const e of entries) {
    if (!e.isFile()) continue;
    const full = join(e.parentPath, e.name);
    files.set(
      full
        .slice(dir.length + 1)
        .split('\\')
        .join('/'),
      await readFile(full, 'utf8'),
    );
  }
  return files;
}

/** What the given templates make of the recorded answers, as a path → text map. */
export function renderWith(
  engine: TemplateEngine,
  record: ProjectRecord,
  modules: readonly AvailableModule[],
): Map<string, string> {
  const answers = structuredClone(record.answers);
  // A project on registry releases moves to the release of the new templates.
  if (answers.packageSource.kind === 'registry') answers.packageSource.version = engine.version;
  const tree = renderProject(answers, {
    templateVersion: engine.version,
    modules: modules.map(({ manifest, packageName, folder, starter }) => ({
      manifest,
      packageName,
      folder,
      ...(starter ? { starter } : {}),
    })),
    ...(engine.templates ? { templates: engine.templates } : {}),
  });
  return new Map(tree.entries());
}

/** The changes that turn the snapshot `old` into `next` (paths below BASE_FOLDER). */
export function snapshotChanges(
  old: ReadonlyMap<string, string> | undefined,
  next: ReadonlyMap<string, string>,
): FileChange[] {
  const changes: FileChange[] = [];
  for (const [path, text] of next) {
    const before = old?.get(path);
    if (before !== text) changes.push({ path: `${BASE_FOLDER}/${path}`, before, after: text });
  }
  for (const [path, before] of old ?? []) {
    if (!next.has(path)) changes.push({ path: `${BASE_FOLDER}/${path}`, before, after: undefined });
  }
  return changes;
}

/**
 * After `add` or `remove` changed the recorded answers: the snapshot as the project's own
 * templates render the new answers, so a later `update` does not mistake the module's
 * config and dependency for local edits. Only when the installed templates are the ones the
 * project was made with; otherwise the snapshot stays for `update` to move.
 */
export async function refreshedBase(
  ctx: CommandContext,
  project: Project,
  record: ProjectRecord,
  modules: readonly AvailableModule[],
): Promise<FileChange[]> {
  const engine = ctx.engine ?? { version: TEMPLATES_VERSION };
  if (record.templateVersion !== engine.version) return [];
  const snapshot = await readTree(project.root, BASE_FOLDER);
  if (!snapshot) return [];
  return snapshotChanges(snapshot, renderWith(engine, record, modules));
}
