import { readdir, readFile, stat } from 'node:fs/promises';
import { join, relative, sep } from 'node:path';
import { inspect } from 'node:util';
import { cityError } from '@city-app/core';

/** Folders that hold no file of the town's own: installed, built, data, the update's base. */
const SKIPPED = new Set(['node_modules', '.git', 'dist', '.data', '.turbo', '.city-app']);
const LARGEST_TEXT = 2 * 1024 * 1024;

/** Whether a text still holds the markers `city-app update` (or git) leaves in a conflict. */
export function hasConflictMarkers(text: string): boolean {
  return /^<{7}(?: |$)/m.test(text) && /^={7}$/m.test(text) && /^>{7}(?: |$)/m.test(text);
}

/**
 * The project's files (relative, with `/`) that still hold conflict markers, sorted. Binary
 * and very large files are left out: a merge never writes markers into those.
 */
export async function unresolvedConflicts(root: string): Promise<string[]> {
  const found: string[] = [];
  async function walk(dir: string): Promise<void> {
    for (const entry of await readdir(dir, { withFileTypes: true })) {
      const path = join(dir, entry.name);
      if (entry.isDirectory()) {
        if (!SKIPPED.has(entry.name)) await walk(path);
        continue;
      }
      if (!entry.isFile() || (await stat(path)).size > LARGEST_TEXT) continue;
      const bytes = await readFile(path);
      if (bytes.includes(0)) continue;
      if (hasConflictMarkers(bytes.toString('utf8')))
        found.push(relative(root, path).split(sep).join('/'));
    }
  }
  await walk(root);
  return found.sort();
}

/** Stops a command while conflict markers are left, naming the files. */
export async function refuseUnresolvedConflicts(root: string): Promise<void> {
  const files = await unresolvedConflicts(root);
  if (!files.length) return;
  const error = cityError('unresolved_conflicts', { files: files.join(', ') }, { field: files[0] });
  // A build prints the stack of what stops it, or (vite) the whole object as Node inspects
  // it: in both cases the list with what to do, not call frames or the catalogue's texts.
  error.stack = error.format();
  Object.defineProperty(error, inspect.custom, { value: () => error.format() });
  throw error;
}
