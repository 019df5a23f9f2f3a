import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { starterRoots } from '@city-app/core';
import { type ProjectAnswers, CLI_VERSION as TEMPLATES_VERSION } from 'create-city-app';
import type { CommandContext } from '../context.js';
import { readTree, renderWith } from './base.js';
import type { AvailableModule } from './modules.js';
import type { FileChange } from './write.js';

/** What `add` does with a module's starting content. */
export interface StarterPlan {
  /** New files: the module's content and images the project does not have yet. */
  changes: FileChange[];
  /** Files the project already has; the town's version stays. */
  skipped: string[];
}

// A module's starting content lies in its own folders only (the manifest is checked for it,
// and the app template carries nothing there), so these prefixes pick exactly its files.
const underStarterRoots = (id: string) => {
  const roots = starterRoots(id).map((root) => `${root}/`);
  return (path: string) => roots.some((root) => path.startsWith(root));
};

/**
 * The starting content of `module` as the project's answers render it (the same bytes a new
 * project with the module gets), split into files to write and files the town already
 * has. Nothing the town has is overwritten.
 */
export function planStarter(
  ctx: CommandContext,
  root: string,
  answers: ProjectAnswers,
  module: AvailableModule,
): StarterPlan {
  const plan: StarterPlan = { changes: [], skipped: [] };
  if (!module.starter?.length || !module.manifest.starter?.length) return plan;
  const engine = ctx.engine ?? { version: TEMPLATES_VERSION };
  // Rendered with the town and this module alone: a starter file sees the town's answers and
  // its own module's options, and another module the project names but lacks cannot stop it.
  const id = module.manifest.id;
  const alone = {
    ...answers,
    city: { ...answers.city, modules: { [id]: answers.city.modules?.[id] ?? {} } },
  };
  const record = { templateVersion: engine.version, answers: alone, packages: {} };
  const rendered = renderWith(engine, record, [module]);
  const ofModule = underStarterRoots(id);
  for (const [path, text] of rendered) {
    if (!ofModule(path)) continue;
    if (existsSync(join(root, path))) plan.skipped.push(path);
    else plan.changes.push({ path, before: undefined, after: text });
  }
  return plan;
}

/**
 * The files in the module's own folders of the project (`content/<id>/`, `public/modules/<id>/`):
 * its starting content and whatever the town added there. `remove` leaves them.
 */
export async function moduleFilesIn(
  root: string,
  id: string,
): Promise<{ content: string[]; public: string[] }> {
  const [content, files] = await Promise.all(
    starterRoots(id).map(async (folder) =>
      [...((await readTree(root, folder))?.keys() ?? [])].map((path) => `${folder}/${path}`).sort(),
    ),
  );
  return { content: content ?? [], public: files ?? [] };
}
