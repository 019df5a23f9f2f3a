import type { Exec } from './steps/context.js';

/**
 * Runs a command (git, the package manager) with the terminal's output, resolving its exit
 * code. node:child_process loads on the first call: a run with --no-install --no-git never
 * needs it, and loading it costs a few milliseconds of every start.
 */
export const spawnExec: Exec = async (command, args, { cwd, quiet }) => {
  const { spawn } = await import('node:child_process');
  return new Promise((resolve, reject) => {
    const child = spawn(command, args, {
      cwd,
      stdio: quiet ? 'ignore' : 'inherit',
      // npm and pnpm are .cmd scripts on Windows.
      shell: process.platform === 'win32',
    });
    child.once('error', reject);
    child.once('close', (code) => resolve(code ?? 1));
  });
};

/** Today in the local calendar as YYYY-MM-DD (recorded in `.city-app.json`). */
export function localToday(): string {
  const now = new Date();
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${now.getFullYear()}-${pad(now.getMonth() + 1)}-${pad(now.getDate())}`;
}
