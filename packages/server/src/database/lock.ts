import { closeSync, openSync, readFileSync, unlinkSync, writeSync } from 'node:fs';
import { CityAppError } from '@city-app/core';

function isAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    // EPERM: the process exists but belongs to someone else.
    return (error as NodeJS.ErrnoException).code === 'EPERM';
  }
}

function heldBy(pid: number, dataDir: string): CityAppError {
  return new CityAppError({
    code: 'database_locked',
    title: 'The database folder is in use',
    message: `The embedded database in ${dataDir} is already opened by process ${pid}${pid === process.pid ? ' (this process)' : ''}. PGlite allows one process per folder.`,
    hint: 'Stop the other process first. To run several server processes, use PostgreSQL: set DATABASE_URL=postgres://….',
    status: 500,
  });
}

/**
 * Guards a PGlite folder against a second process (two would corrupt it): a lock file beside
 * the folder holds the owner's pid. A lock left by a process that no longer runs is taken over.
 * Returns the function that releases the lock.
 */
export function acquireFolderLock(dataDir: string): () => void {
  const lockFile = `${dataDir}.lock`;
  for (let attempt = 0; attempt < 3; attempt++) {
    try {
      const fd = openSync(lockFile, 'wx');
      writeSync(fd, String(process.pid));
      closeSync(fd);
      const release = () => {
        process.off('exit', release);
        try {
          if (readFileSync(lockFile, 'utf8').trim() === String(process.pid)) unlinkSync(lockFile);
        } catch {
          // Already gone.
        }
      };
      process.on('exit', release);
      return release;
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== 'EEXIST') throw error;
    }
    let owner = Number.NaN;
    try {
      owner = Number.parseInt(readFileSync(lockFile, 'utf8').trim(), 10);
    } catch {
      continue; // Released between our attempts; try again.
    }
    if (Number.isInteger(owner) && owner > 0 && isAlive(owner)) throw heldBy(owner, dataDir);
    try {
      unlinkSync(lockFile); // Stale: its process is gone.
    } catch {
      // Someone else took it over first; the next attempt tells.
    }
  }
  throw heldBy(Number.NaN, dataDir);
}
