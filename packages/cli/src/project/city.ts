import type { CommandContext } from '../context.js';
import { loadCityConfig } from './load-config.js';
import { type AvailableModule, availableModules } from './modules.js';
import { openProject, type Project } from './project.js';

/** The raw `modules` object of a loaded config (id → entry), or {} when it has none. */
export function moduleEntries(input: unknown): Record<string, Record<string, unknown>> {
  const modules = (input as { modules?: unknown } | null)?.modules;
  if (!modules || typeof modules !== 'object' || Array.isArray(modules)) return {};
  return modules as Record<string, Record<string, unknown>>;
}

/** Ids of the modules the config switches on, in its order. */
export function enabledIds(input: unknown): string[] {
  return Object.entries(moduleEntries(input))
    .filter(([, entry]) => (entry as { enabled?: unknown } | null)?.enabled !== false)
    .map(([id]) => id);
}

export interface LoadedProject {
  project: Project;
  input: unknown;
  modules: AvailableModule[];
}

/** Opens the project, loads its config and finds the modules it can use. */
export async function loadProject(ctx: CommandContext): Promise<LoadedProject> {
  const project = await openProject(ctx.cwd);
  const input = await loadCityConfig(project.root);
  const extra = Object.values(moduleEntries(input))
    .map((entry) => (entry as { package?: unknown } | null)?.package)
    .filter((p): p is string => typeof p === 'string');
  const modules = ctx.modules ? [...ctx.modules] : await availableModules(project.root, extra);
  return { project, input, modules };
}
