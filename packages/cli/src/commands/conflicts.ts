import type { CommandContext } from '../context.js';
import { loadProject } from '../project/city.js';
import { refuseUnresolvedConflicts } from '../project/conflicts.js';

/**
 * `city-app conflicts`: fails while a file of the project still holds conflict markers from
 * `city-app update`. A town's build (vite.config.ts) and smoke test run the same check.
 */
export async function conflictsCommand(ctx: CommandContext): Promise<{ conflicts: string[] }> {
  const { project } = await loadProject(ctx);
  await refuseUnresolvedConflicts(project.root);
  if (!ctx.json) ctx.log('No unresolved conflict markers.');
  return { conflicts: [] };
}
