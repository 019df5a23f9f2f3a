import { type ChildProcess, spawn, spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { afterAll, describe, expect, it } from 'vitest';
import { acquireFolderLock } from './lock.js';

const temp = mkdtempSync(join(tmpdir(), 'city-app-lock-'));
afterAll(() => rmSync(temp, { recursive: true, force: true }));
let n = 0;
const folder = () => join(temp, `db-${++n}`);
const record = (dataDir: string) => JSON.parse(readFileSync(`${dataDir}.lock`, 'utf8'));

describe('acquireFolderLock', () => {
  it('records its owner with boot and start time, refuses a second taker in this process, and releases', () => {
    const dataDir = folder();
    const release = acquireFolderLock(dataDir);
    const owner = record(dataDir);
    expect(owner.pid).toBe(process.pid);
    if (process.platform === 'linux') {
      expect(owner.bootId).toBe(readFileSync('/proc/sys/kernel/random/boot_id', 'utf8').trim());
      expect(owner.startTime).toMatch(/^\d+$/);
    }
    expect(() => acquireFolderLock(dataDir)).toThrow(
      expect.objectContaining({ code: 'database_locked' }),
    );
    release();
    expect(existsSync(`${dataDir}.lock`)).toBe(false);
  });

  it('takes over a lock that records this very pid, as a restarted container finds it', () => {
    const dataDir = folder();
    writeFileSync(`${dataDir}.lock`, JSON.stringify({ pid: process.pid }));
    const release = acquireFolderLock(dataDir);
    release();
    writeFileSync(`${dataDir}.lock`, String(process.pid)); // as earlier versions wrote it
    acquireFolderLock(dataDir)();
  });

  it.runIf(process.platform === 'linux')(
    'takes over a lock whose pid now belongs to another process, or that was taken in an earlier boot',
    () => {
      const dataDir = folder();
      // PID 1 runs, but it is not the process that wrote this lock: that one started later.
      writeFileSync(
        `${dataDir}.lock`,
        JSON.stringify({ pid: 1, startTime: '987654321987', bootId: thisProcessRecord().bootId }),
      );
      acquireFolderLock(dataDir)();
      writeFileSync(
        `${dataDir}.lock`,
        JSON.stringify({ pid: 1, bootId: '00000000-0000-0000-0000-000000000000' }),
      );
      acquireFolderLock(dataDir)();
    },
  );

  it('refuses a lock held by another running process', async () => {
    const dataDir = folder();
    const sleeper = spawn(process.execPath, ['-e', 'setTimeout(() => {}, 60000)']);
    try {
      await new Promise((resolve) => sleeper.once('spawn', resolve));
      const startTime = readStartTime(sleeper.pid as number);
      writeFileSync(`${dataDir}.lock`, JSON.stringify({ pid: sleeper.pid, startTime }));
      expect(() => acquireFolderLock(dataDir)).toThrow(
        expect.objectContaining({ message: expect.stringContaining(`process ${sleeper.pid}`) }),
      );
    } finally {
      sleeper.kill();
    }
  });
});

/** This process's own record, as a lock it took would hold it. */
function thisProcessRecord(): { bootId?: string } {
  const dataDir = folder();
  const release = acquireFolderLock(dataDir);
  const owner = record(dataDir);
  release();
  return owner;
}

function readStartTime(pid: number): string | undefined {
  try {
    const stat = readFileSync(`/proc/${pid}/stat`, 'utf8');
    return stat.slice(stat.lastIndexOf(')') + 2).split(' ')[19];
  } catch {
    return undefined;
  }
}

// A container runs the server as PID 1 of its own PID namespace; after kill -9 it starts the
// server again, as PID 1 once more, on the same data folder. `unshare` makes such a namespace
// (it needs root, which CI has).
const canUnshare =
  process.platform === 'linux' &&
  spawnSync('unshare', ['--pid', '--fork', '--mount-proc', 'true']).status === 0;
if (process.env.CI && !canUnshare)
  throw new Error('The container restart test needs `unshare` (util-linux) and root under CI.');

describe.runIf(canUnshare)('a server in a container, killed with -9 and started again', () => {
  const dist = join(fileURLToPath(new URL('.', import.meta.url)), '../../dist/index.js');
  const script = join(temp, 'server-process.mjs');
  writeFileSync(
    script,
    `const { openDatabase } = await import(${JSON.stringify(pathToFileURL(dist).href)});
const db = await openDatabase({ dataDir: process.argv[2] });
await db.query('create table if not exists starts (pid int, at timestamptz default now())');
await db.query('insert into starts (pid) values ($1)', [process.pid]);
const { rows } = await db.query('select count(*)::int as n from starts');
process.stdout.write(\`ready \${process.pid} \${rows[0].n}\\n\`);
setInterval(() => {}, 1000);
`,
  );

  /** Starts the server process as PID 1 of a new namespace; resolves with its first line. */
  function startAsPid1(dataDir: string): Promise<{ child: ChildProcess; line: string }> {
    const child = spawn(
      'unshare',
      ['--pid', '--fork', '--mount-proc', '--kill-child', process.execPath, script, dataDir],
      { stdio: ['ignore', 'pipe', 'pipe'] },
    );
    return new Promise((resolve, reject) => {
      let out = '';
      let err = '';
      child.stdout?.on('data', (chunk) => {
        out += chunk;
        if (out.includes('\n')) resolve({ child, line: out.trim() });
      });
      child.stderr?.on('data', (chunk) => {
        err += chunk;
      });
      child.once('exit', (code) => reject(new Error(`exited with ${code}: ${err}`)));
    });
  }

  const killHard = (child: ChildProcess) =>
    new Promise<void>((resolve) => {
      child.once('exit', () => resolve());
      child.kill('SIGKILL');
    });

  it('opens its database again, with the data written before the kill', async () => {
    const dataDir = folder();
    const first = await startAsPid1(dataDir);
    expect(first.line).toBe('ready 1 1');
    expect(record(dataDir).pid).toBe(1);
    await killHard(first.child);
    // The lock survived the kill and names PID 1, which the restarted server will be again.
    expect(record(dataDir).pid).toBe(1);
    const second = await startAsPid1(dataDir);
    expect(second.line).toBe('ready 1 2');
    await killHard(second.child);
  }, 60_000);
});
