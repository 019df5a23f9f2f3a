// Child processes of the load benchmark: each in its own process group, killed on exit
// (also on SIGINT and SIGTERM), so no server outlives a run however it ends.
import { fork } from 'node:child_process';

const children = new Set();

/**
 * Starts `script` with an IPC channel and `probe.mjs` preloaded (it answers 'usage'), in a
 * process group of its own. `nodeFlags` come before the script (for example `--cpu-prof`).
 */
export function startProcess(script, { args = [], env = {}, nodeFlags = [], cwd, quiet = true }) {
  const child = fork(script, args, {
    cwd,
    env: { ...process.env, ...env },
    execArgv: ['--import', new URL('./probe.mjs', import.meta.url).href, ...nodeFlags],
    stdio: quiet ? ['ignore', 'ignore', 'pipe', 'ipc'] : ['ignore', 'inherit', 'inherit', 'ipc'],
    detached: true,
  });
  let stderr = '';
  child.stderr?.on('data', (chunk) => {
    stderr = (stderr + chunk).slice(-4000);
  });
  children.add(child);
  // A child that cannot be reached any more is reported by the caller's timeout, not a crash.
  child.on('error', () => undefined);
  child.once('exit', () => children.delete(child));
  return {
    child,
    get stderr() {
      return stderr;
    },
    /** CPU time (µs) and resident memory of the process so far. */
    usage: () =>
      new Promise((resolve, reject) => {
        const timer = setTimeout(() => reject(new Error('no usage answer within 5 s')), 5000);
        const onMessage = (message) => {
          if (!message?.usage) return;
          clearTimeout(timer);
          child.off('message', onMessage);
          resolve(message.usage);
        };
        child.on('message', onMessage);
        child.send('usage');
      }),
    /** SIGTERM (the server closes and writes a CPU profile if asked), SIGKILL after `graceMs`. */
    stop: (graceMs = 8000) =>
      new Promise((resolve) => {
        if (child.exitCode !== null || child.signalCode !== null) return resolve();
        const kill = setTimeout(() => signal(child, 'SIGKILL'), graceMs);
        child.once('exit', () => {
          clearTimeout(kill);
          resolve();
        });
        signal(child, 'SIGTERM');
      }),
  };
}

function signal(child, name) {
  try {
    process.kill(-child.pid, name);
  } catch {
    try {
      child.kill(name);
    } catch {}
  }
}

const cleanups = new Set();

/** Runs `fn` (synchronous) when the benchmark ends however it ends; the answer unregisters it. */
export function atExit(fn) {
  cleanups.add(fn);
  return () => cleanups.delete(fn);
}

/** Kills whatever is still running and cleans up; called on every way out of the benchmark. */
export function killAll() {
  for (const child of children) signal(child, 'SIGKILL');
  for (const fn of cleanups) {
    try {
      fn();
    } catch {}
  }
  cleanups.clear();
}

process.once('exit', killAll);
for (const name of ['SIGINT', 'SIGTERM'])
  process.once(name, () => {
    killAll();
    process.exit(130);
  });

/** Waits until `url` answers 200, at most `ms`. */
export async function waitFor(url, ms, owner) {
  const until = Date.now() + ms;
  while (Date.now() < until) {
    if (owner && owner.child.exitCode !== null)
      throw new Error(`The process stopped (${owner.child.exitCode}):\n${owner.stderr}`);
    try {
      const res = await fetch(url);
      if (res.ok) return;
    } catch {}
    await new Promise((r) => setTimeout(r, 200));
  }
  throw new Error(`${url} did not answer within ${ms / 1000} s.\n${owner?.stderr ?? ''}`);
}
