import { mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { inspect } from 'node:util';
import { afterEach, describe, expect, it } from 'vitest';
import { hasConflictMarkers, refuseUnresolvedConflicts, unresolvedConflicts } from './conflicts.js';

const CONFLICT = '<<<<<<< ours\na\n||||||| base\nb\n=======\nc\n>>>>>>> theirs\n';

describe('conflict markers', () => {
  let root: string | undefined;
  afterEach(() => (root ? rm(root, { recursive: true, force: true }) : undefined));

  it('are told from text that merely looks like them', () => {
    expect(hasConflictMarkers(CONFLICT)).toBe(true);
    expect(hasConflictMarkers('Title\n=======\n')).toBe(false);
    expect(hasConflictMarkers('  <<<<<<< indented\n=======\n>>>>>>> x\n')).toBe(false);
  });

  it('are found in the town’s files, not in installed, built or base files', async () => {
    root = await mkdtemp(join(tmpdir(), 'city-app-conflicts-'));
    for (const path of [
      'content/news/a.md',
      'src/server.ts',
      'node_modules/x/a.js',
      'dist/a.js',
      '.city-app/base/src/server.ts',
    ]) {
      await mkdir(join(root, path, '..'), { recursive: true });
      await writeFile(join(root, path), CONFLICT);
    }
    await writeFile(join(root, 'README.md'), '# Boizenburg\n=======\n');
    expect(await unresolvedConflicts(root)).toEqual(['content/news/a.md', 'src/server.ts']);
  });

  it('stop a build with the list, as Node prints the error (no catalogue texts, no frames)', async () => {
    root = await mkdtemp(join(tmpdir(), 'city-app-conflicts-'));
    await mkdir(join(root, 'src'));
    await writeFile(join(root, 'src/server.ts'), CONFLICT);
    const refused = await refuseUnresolvedConflicts(root).then(
      () => undefined,
      (error: unknown) => error,
    );
    const printed = inspect(refused);
    expect(printed).toBe(
      [
        '✖ Unresolved conflicts',
        '  Files that still hold conflict markers (<<<<<<< … >>>>>>>): src/server.ts.',
        '  → Keep the lines you want in each, delete the markers, then run the command again.',
      ].join('\n'),
    );
  });
});
