import type { CommandContext } from '../context.js';
import { refuseUnresolvedConflicts } from '../project/conflicts.js';
import { findProjectRoot } from '../project/project.js';
import { speakTownLanguage } from '../project/town-language.js';
import { DOCTOR_MESSAGES } from './doctor-messages.js';

/**
 * `city-app conflicts`: fails while a file of the project still holds conflict markers from
 * `city-app update`. A town's build (vite.config.ts) and smoke test run the same check.
 */
export async function conflictsCommand(ctx: CommandContext): Promise<{ conflicts: string[] }> {
  const root = await findProjectRoot(ctx.cwd);
  // Markers in city.config.ts itself keep it from loading: the list is what helps then.
  const locale = await speakTownLanguage(ctx, root);
  await refuseUnresolvedConflicts(root);
  if (!ctx.json) ctx.log(DOCTOR_MESSAGES[locale].noConflicts);
  return { conflicts: [] };
}
