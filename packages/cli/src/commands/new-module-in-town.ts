import { isAbsolute, relative, resolve } from 'node:path';
import { openProject, type Project, packageManagerOf } from '../project/project.js';

/**
 * A module made inside a town project lives in `modules/<id>` and is installed from there.
 * The repository's shared build settings (`@city-app/config`) are not published, so such a
 * module carries its own, and depends on the `@city-app/*` versions the town uses.
 */
export interface TownModulePlace {
  project: Project;
  folder: string;
  /** The spec of `@city-app/*` packages for the module, as the town has `@city-app/core`. */
  cityAppRange: string;
}

/** The town project `cwd` is in, when there is one and it names @city-app/core. */
export async function townModulePlace(
  cwd: string,
  id: string,
): Promise<TownModulePlace | undefined> {
  let project: Project;
  try {
    project = await openProject(cwd);
  } catch {
    return undefined;
  }
  const core = project.packageJson.dependencies?.['@city-app/core'];
  if (!core) return undefined;
  const folder = resolve(project.root, 'modules', id);
  // A path spec (link:, file:) is relative to the town; from modules/<id> it must be absolute.
  const path = /^(link|file):(.*)$/.exec(core);
  const cityAppRange =
    path && !isAbsolute(path[2] as string)
      ? `${path[1]}:${resolve(project.root, path[2] as string)}`
      : core;
  return { project, folder, cityAppRange };
}

/** Files that replace the repository's shared settings in a module made in a town. */
export const STANDALONE_FILES: Record<string, string> = {
  'tsconfig.json': `${JSON.stringify(
    {
      compilerOptions: {
        target: 'ES2022',
        lib: ['ES2023', 'DOM', 'DOM.Iterable'],
        module: 'ESNext',
        moduleResolution: 'Bundler',
        resolveJsonModule: true,
        jsx: 'react-jsx',
        strict: true,
        noUncheckedIndexedAccess: true,
        isolatedModules: true,
        verbatimModuleSyntax: true,
        skipLibCheck: true,
        noEmit: true,
        types: ['node'],
      },
      include: ['src', '*.ts'],
    },
    null,
    2,
  )}\n`,
  'tsup.config.ts': `import { defineConfig } from 'tsup';

export default defineConfig({
  entry: { index: 'src/index.ts', server: 'src/server/index.ts', web: 'src/web/index.ts' },
  format: ['esm'],
  dts: true,
  clean: true,
  sourcemap: true,
  target: 'es2022',
  external: ['react', 'react-dom'],
});
`,
  'vitest.config.ts': `import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['src/**/*.test.{ts,tsx}'],
    environment: 'node',
    // Tests that start the kernel on a database take a while on a small machine.
    testTimeout: 90_000,
    hookTimeout: 120_000,
  },
});
`,
};

/** The module's package.json without the repository-only settings package. */
export function standaloneManifest(text: string): string {
  const manifest = JSON.parse(text) as { devDependencies?: Record<string, string> };
  delete manifest.devDependencies?.['@city-app/config'];
  return `${JSON.stringify(manifest, null, 2)}\n`;
}

/** What to run next, in the town's package manager, from the town's folder. */
export function townNextSteps(place: TownModulePlace, cwd: string, id: string): string[] {
  const pm = packageManagerOf(place.project);
  const run = pm === 'pnpm' ? 'pnpm' : 'npm run';
  const cityApp = pm === 'pnpm' ? 'pnpm city-app' : 'npx city-app';
  const toModule = relative(cwd, place.folder) || '.';
  const back = relative(place.folder, place.project.root) || '.';
  return [
    `cd ${toModule}`,
    `${pm} install && ${run} build && ${run} test`,
    `cd ${back}`,
    `${pm} install`,
    `${cityApp} add ${id}`,
  ];
}
