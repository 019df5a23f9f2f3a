import type { Locale } from '@city-app/core';
import { findProjectRoot } from '../project/project.js';
import { projectLanguage } from '../project/town-language.js';

/**
 * The language of the help and of complaints about the command line, found before any
 * command runs: the town's inside a town project (German when its config cannot be read, as
 * for every command), English outside one.
 */
export async function helpLanguage(cwd: string): Promise<Locale> {
  let root: string;
  try {
    root = await findProjectRoot(cwd);
  } catch {
    return 'en';
  }
  return projectLanguage(root);
}
