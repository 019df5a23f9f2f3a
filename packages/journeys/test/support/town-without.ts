// A town generated without one of the modules, as a consultant meets it before `city-app add`:
// generated with the built create-city-app, installed offline, not built yet.
import { readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { bundledModules } from 'create-city-app';
import {
  type Cleanup,
  childEnv,
  cliPath,
  expectOk,
  type GeneratedTown,
  pinLikeHagenow,
  type RunResult,
  repoRoot,
  run,
  tempFolder,
} from '../../../create-city-app/test/e2e/support.js';

/**
 * Generates `town` with every bundled module but `lacking` and installs it offline. The lock
 * file pins what HageNOW! pins (which has every module): it is written while the manifest
 * still names `lacking`, so the install only has to drop that one entry, which needs no
 * registry. Returns the project and what create-city-app printed.
 */
export async function generateTownWithout(
  town: { name: string; slug: string; state: string },
  lacking: string,
  cleanup: Cleanup,
): Promise<GeneratedTown & { generated: RunResult }> {
  const module = bundledModules.find((m) => m.manifest.id === lacking);
  if (!module) throw new Error(`create-city-app carries no module "${lacking}"`);
  const others = bundledModules.map((m) => m.manifest.id).filter((id) => id !== lacking);
  const workspace = await tempFolder(cleanup, 'city-app-consultant-');
  const generated = await run(
    process.execPath,
    [
      cliPath,
      '--town',
      town.name,
      '--state',
      town.state,
      '--modules',
      others.join(','),
      '--package-manager',
      'pnpm',
      '--yes',
      '--no-git',
      '--no-install',
      '--link',
      repoRoot,
    ],
    { cwd: workspace, env: childEnv(), timeoutMs: 30_000 },
  );
  expectOk(generated, 'create-city-app');
  const project = join(workspace, town.slug);

  const manifestFile = join(project, 'package.json');
  const manifest = await readFile(manifestFile, 'utf8');
  const withLacking = JSON.parse(manifest);
  withLacking.dependencies[module.packageName] = `link:${join(repoRoot, module.folder)}`;
  await writeFile(manifestFile, JSON.stringify(withLacking));
  await pinLikeHagenow(project);
  await writeFile(manifestFile, manifest);
  // Dropping that entry changes the lock file on purpose; pnpm freezes it by default under
  // CI=true, so the install says that it may.
  expectOk(
    await run('pnpm', ['install', '--offline', '--no-frozen-lockfile'], {
      cwd: project,
      timeoutMs: 180_000,
    }),
    'pnpm install --offline --no-frozen-lockfile',
  );
  return { workspace, project, generated };
}
