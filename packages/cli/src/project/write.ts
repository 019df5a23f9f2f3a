import { randomBytes } from 'node:crypto';
import { mkdir, readFile, rename, rm, writeFile } from 'node:fs/promises';
import { dirname, join } from 'node:path';

/** One file a command changes: its text before (undefined: new) and after. */
export interface FileChange {
  path: string;
  before: string | undefined;
  /** `undefined`: the file is deleted. */
  after: string | undefined;
}

/**
 * Writes the changed files all or nothing: every new text goes to a temporary file beside
 * its target first, then each is renamed into place; if anything fails, the files already
 * replaced get their old contents back and the temporary files are removed.
 */
export async function writeChanges(root: string, changes: readonly FileChange[]): Promise<void> {
  const tag = randomBytes(4).toString('hex');
  const temps = changes.map((c) => `${join(root, c.path)}.city-app-${tag}`);
  const replaced: FileChange[] = [];
  try {
    for (const [i, change] of changes.entries()) {
      if (change.after === undefined) continue;
      await mkdir(dirname(temps[i] as string), { recursive: true });
      await writeFile(temps[i] as string, change.after);
    }
    for (const [i, change] of changes.entries()) {
      const file = join(root, change.path);
      // The file must still be what the diff was made from.
      const current = await readFile(file, 'utf8').catch(() => undefined);
      if (current !== change.before) {
        throw new Error(
          `${change.path} changed while city-app was working; run the command again.`,
        );
      }
      if (change.after === undefined) await rm(file);
      else await rename(temps[i] as string, file);
      replaced.push(change);
    }
  } catch (error) {
    for (const change of replaced.reverse()) {
      const file = join(root, change.path);
      if (change.before === undefined) await rm(file, { force: true }).catch(() => {});
      else {
        await mkdir(dirname(file), { recursive: true }).catch(() => {});
        await writeFile(file, change.before).catch(() => {});
      }
    }
    throw error;
  } finally {
    for (const temp of temps) await rm(temp, { force: true }).catch(() => {});
  }
}
