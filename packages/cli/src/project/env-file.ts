import { readFile } from 'node:fs/promises';
import { resolve } from 'node:path';
import { cityError } from '@city-app/core';

/**
 * The environment the server would see: the process's, and with `--env-file` (e.g.
 * `deploy/.env`, which compose hands the container) that file's KEY=value lines below it.
 * No `.env` is read unasked, because the server reads none.
 */
export async function serverEnv(
  cwd: string,
  env: Record<string, string | undefined>,
  envFile?: string,
): Promise<Record<string, string | undefined>> {
  if (!envFile) return { ...env };
  let text: string;
  try {
    text = await readFile(resolve(cwd, envFile), 'utf8');
  } catch {
    throw cityError('env_file_unreadable', { file: envFile }, { field: '--env-file' });
  }
  const fromFile: Record<string, string> = {};
  for (const line of text.split(/\r?\n/)) {
    const match = /^\s*(?:export\s+)?([A-Za-z_][\w]*)\s*=\s*(.*?)\s*$/.exec(line);
    if (!match || line.trimStart().startsWith('#')) continue;
    fromFile[match[1] as string] = (match[2] as string).replace(/^(['"])(.*)\1$/, '$2');
  }
  return {
    ...fromFile,
    ...Object.fromEntries(Object.entries(env).filter(([, v]) => v !== undefined)),
  };
}
