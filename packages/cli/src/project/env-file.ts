import { readFile } from 'node:fs/promises';
import { join } from 'node:path';

/**
 * The variables of a project's `.env` file (KEY=value lines, # comments, optional quotes),
 * under those of the process: the process environment wins, as at server start.
 */
export async function projectEnv(
  root: string,
  env: Record<string, string | undefined>,
): Promise<Record<string, string | undefined>> {
  let text = '';
  try {
    text = await readFile(join(root, '.env'), 'utf8');
  } catch {
    return { ...env };
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
