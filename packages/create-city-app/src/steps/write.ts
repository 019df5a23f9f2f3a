import { basename, dirname, join } from 'node:path';
import type { FsTree } from '../engine/fs-tree.js';
import { BASE_FOLDER } from '../engine/generate.js';
import { RUN_MESSAGES } from '../messages/run.js';
import type { Context, FileSystem } from './context.js';

/**
 * Unique enough for a temporary folder beside the target: process id, time and a random part.
 * Not node:crypto, whose loading alone costs a noticeable share of a run's start-up.
 */
function uniqueSuffix(): string {
  return `${process.pid.toString(36)}${Date.now().toString(36)}${Math.random().toString(36).slice(2, 8)}`;
}

async function exists(fs: FileSystem, path: string): Promise<boolean> {
  try {
    await fs.stat(path);
    return true;
  } catch {
    return false;
  }
}

/**
 * Writes every file of the tree below `root`, the folders first. The files are written side
 * by side: creating a file is mostly waiting for the disk, and a project has about 50 of them
 * (one after the other took a fifth of a run). Settles only when every write has ended, so a
 * cleanup after a failure never races a write still under way.
 */
async function writeFiles(fs: FileSystem, root: string, tree: FsTree): Promise<void> {
  const entries = tree.entries().map(([path, contents]) => [join(root, path), contents] as const);
  for (const folder of new Set(entries.map(([file]) => dirname(file)))) {
    await fs.mkdir(folder, { recursive: true });
  }
  const writes = await Promise.allSettled(
    entries.map(([file, contents]) => fs.writeFile(file, contents)),
  );
  const failed = writes.find((write) => write.status === 'rejected');
  if (failed) throw failed.reason;
}

/**
 * Writes a project into a folder that does not exist or is empty, atomically: into a
 * temporary sibling folder first, renamed into place at the end. On any failure the
 * temporary folder, and any parent folders this created, are removed again.
 */
export async function writeNewProject(fs: FileSystem, target: string, tree: FsTree): Promise<void> {
  const parent = dirname(target);
  const createdParent = await fs.mkdir(parent, { recursive: true });
  const temp = join(parent, `.${basename(target)}.create-city-app-${uniqueSuffix()}`);
  let removedEmptyTarget = false;
  try {
    await fs.mkdir(temp, { recursive: true });
    await writeFiles(fs, temp, tree);
    if (await exists(fs, target)) {
      // An empty folder: replace it (rename onto a folder is not portable).
      await fs.rmdir(target);
      removedEmptyTarget = true;
    }
    await fs.rename(temp, target);
  } catch (error) {
    await fs.rm(temp, { recursive: true, force: true }).catch(() => {});
    if (removedEmptyTarget) await fs.mkdir(target, { recursive: true }).catch(() => {});
    if (createdParent) await fs.rm(createdParent, { recursive: true, force: true }).catch(() => {});
    throw error;
  }
}

/**
 * `--force` into a folder with other files: writes the generated files one by one, keeping
 * the old contents of each replaced file, and puts everything back as it was on failure.
 * Files that are not generated are never touched.
 */
export async function writeIntoFolder(fs: FileSystem, target: string, tree: FsTree): Promise<void> {
  const previous = new Map<string, Uint8Array | null>();
  const createdFolders: string[] = [];
  try {
    for (const [path, contents] of tree.entries()) {
      const file = join(target, path);
      const folder = dirname(file);
      if (!(await exists(fs, folder))) {
        const first = await fs.mkdir(folder, { recursive: true });
        if (first) createdFolders.push(first);
      }
      previous.set(file, (await exists(fs, file)) ? await fs.readFile(file) : null);
      await fs.writeFile(file, contents);
    }
  } catch (error) {
    for (const [file, old] of [...previous].reverse()) {
      if (old === null) await fs.unlink(file).catch(() => {});
      else await fs.writeFile(file, old).catch(() => {});
    }
    for (const folder of createdFolders.reverse()) {
      await fs.rm(folder, { recursive: true, force: true }).catch(() => {});
    }
    throw error;
  }
}

/** Step 3: write the tree, or with --dry-run list what would be written. */
export async function writeProject(ctx: Context): Promise<void> {
  const { tree, target } = ctx;
  if (!tree || !target) throw new Error('writeProject needs a rendered tree');
  if (ctx.options.dryRun) {
    const say = RUN_MESSAGES[ctx.language];
    const entries = tree.entries();
    const base = entries.filter(([path]) => path.startsWith(`${BASE_FOLDER}/`));
    const sizes = entries
      .filter(([path]) => !path.startsWith(`${BASE_FOLDER}/`))
      .map(([path, text]) => [path, Buffer.byteLength(text)] as const);
    const width = Math.max(...sizes.map(([path]) => path.length));
    ctx.log(say.dryRunWrite(tree.size, target));
    for (const [path, size] of sizes)
      ctx.log(`  ${path.padEnd(width)}  ${say.size(size).padStart(8)}`);
    // The snapshot repeats every file; one line says it is there and why.
    if (base.length) ctx.log(`  ${say.dryRunBase(BASE_FOLDER, base.length)}`);
    return;
  }
  if (ctx.targetState === 'not-empty') await writeIntoFolder(ctx.fs, target, tree);
  else await writeNewProject(ctx.fs, target, tree);
}
