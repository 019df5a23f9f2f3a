import { linkSync, readFileSync, unlinkSync, writeFileSync } from 'node:fs';
import { type CityAppError, cityError } from '@city-app/core';

/**
 * Who holds a lock: the process id, and where the system tells them, the boot it ran in and
 * when the process started (clock ticks since boot). A pid alone is not enough: after a
 * crash a container starts its server again as PID 1, or another process is handed the old
 * pid, and the lock would look held forever.
 */
interface LockOwner {
  pid: number;
  bootId?: string;
  startTime?: string;
}

/** Lock files this process holds: its own pid in a lock file is not proof the lock is held. */
const heldHere = new Set<string>();

function readSystemFile(path: string): string | undefined {
  try {
    return readFileSync(path, 'utf8').trim();
  } catch {
    return undefined; // Not Linux, or the process is gone.
  }
}

const bootId = () => readSystemFile('/proc/sys/kernel/random/boot_id');

/** Field 22 of /proc/<pid>/stat; the command name before it may contain spaces and parentheses. */
function startTimeOf(pid: number): string | undefined {
  const stat = readSystemFile(`/proc/${pid}/stat`);
  if (!stat) return undefined;
  return stat.slice(stat.lastIndexOf(')') + 2).split(' ')[19];
}

function isAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    // EPERM: the process exists but belongs to someone else.
    return (error as NodeJS.ErrnoException).code === 'EPERM';
  }
}

function currentOwner(): LockOwner {
  const owner: LockOwner = { pid: process.pid };
  const boot = bootId();
  const start = startTimeOf(process.pid);
  if (boot) owner.bootId = boot;
  if (start) owner.startTime = start;
  return owner;
}

/** Reads a lock file: the JSON record, or a bare pid as written by earlier versions. */
function parseOwner(text: string): LockOwner | undefined {
  const trimmed = text.trim();
  if (/^\d+$/.test(trimmed)) return { pid: Number(trimmed) };
  try {
    const record = JSON.parse(trimmed) as LockOwner;
    return Number.isInteger(record?.pid) && record.pid > 0 ? record : undefined;
  } catch {
    return undefined;
  }
}

/** Whether the process recorded in a lock still runs; a lock whose owner does not is stale. */
function ownerRuns(owner: LockOwner, lockFile: string): boolean {
  if (owner.pid === process.pid) return heldHere.has(lockFile);
  if (owner.bootId && owner.bootId !== bootId()) return false;
  if (!isAlive(owner.pid)) return false;
  // The pid runs, but is it the same process? Another one started since then has another
  // start time. Where the system does not say, a running pid counts as the owner.
  const start = startTimeOf(owner.pid);
  return !(owner.startTime && start && owner.startTime !== start);
}

function heldBy(pid: number, dataDir: string): CityAppError {
  const self = pid === process.pid ? { de: ' (dieser Prozess)', en: ' (this process)' } : '';
  return cityError('database_locked', { dataDir, pid, self });
}

/**
 * Guards a PGlite folder against a second process (two would corrupt it): a lock file beside
 * the folder records its owner. A lock whose owner no longer runs (a crash, kill -9, a
 * restarted container) is taken over. Returns the function that releases the lock.
 */
export function acquireFolderLock(dataDir: string): () => void {
  const lockFile = `${dataDir}.lock`;
  // The record is written beside the lock and linked into place, so the lock file appears
  // with its content at once: another process never reads it half-written.
  const draft = `${lockFile}.${process.pid}`;
  writeFileSync(draft, JSON.stringify(currentOwner()));
  try {
    return takeLock(dataDir, lockFile, draft);
  } finally {
    unlinkSync(draft);
  }
}

function takeLock(dataDir: string, lockFile: string, draft: string): () => void {
  for (let attempt = 0; attempt < 3; attempt++) {
    try {
      linkSync(draft, lockFile);
      heldHere.add(lockFile);
      const release = () => {
        process.off('exit', release);
        heldHere.delete(lockFile);
        try {
          if (parseOwner(readFileSync(lockFile, 'utf8'))?.pid === process.pid) unlinkSync(lockFile);
        } catch {
          // Already gone.
        }
      };
      process.on('exit', release);
      return release;
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== 'EEXIST') throw error;
    }
    let text: string;
    try {
      text = readFileSync(lockFile, 'utf8');
    } catch {
      continue; // Released between our attempts; try again.
    }
    const owner = parseOwner(text);
    if (owner && ownerRuns(owner, lockFile)) throw heldBy(owner.pid, dataDir);
    try {
      // Stale: its process is gone. Unless another process took it over meanwhile.
      if (readFileSync(lockFile, 'utf8') === text) unlinkSync(lockFile);
    } catch {
      // Someone else took it over first; the next attempt tells.
    }
  }
  throw heldBy(Number.NaN, dataDir);
}
