// Helpers for this package's tests: generated town projects in temporary folders (made by
// create-city-app's engine), scripted prompts, and an in-process run of the CLI.
import { mkdir, mkdtemp, readdir, readFile, rm, symlink, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { defineCity, defineModule } from '@city-app/core';
import newsManifest from '@city-app/module-news';
import { createCityServer } from '@city-app/server';
import {
  bundledModules,
  type ProjectAnswers,
  type Prompter,
  renderProject,
  withBaseSnapshot,
} from 'create-city-app';
import { z } from 'zod';
import type { RunEnvironment } from './context.js';
import { runCityApp } from './main.js';
import { loadCityConfig } from './project/load-config.js';
import type { AvailableModule } from './project/modules.js';

export const repoRoot = fileURLToPath(new URL('../../..', import.meta.url));

/** A second module with an option that is asked, so `add` has something to add. */
export const parkingModule: AvailableModule = {
  manifest: defineModule({
    id: 'parking',
    title: { de: 'Parken', en: 'Parking' },
    description: { de: 'Parkplätze und Gebühren.', en: 'Car parks and fees.' },
    field: 'mobility',
    personalData: [],
    configSchema: z.object({
      operator: z
        .string()
        .min(2)
        .default('Stadtverwaltung')
        .meta({ prompt: true, title: 'Wer betreibt die Parkplätze?' })
        .describe('Who runs the car parks.'),
      freeMinutes: z.number().int().min(0).max(240).default(30).describe('Minutes free of charge.'),
      zones: z.array(z.string().min(1)).default(['Altstadt', 'Bahnhof']),
    }),
    messages: { de: { title: 'Parken' }, en: { title: 'Parking' } },
  }),
  packageName: '@city-app/module-parking',
  folder: 'packages/modules/parking',
  source: 'installed',
};

export const newsModule: AvailableModule = {
  manifest: newsManifest,
  packageName: '@city-app/module-news',
  folder: 'packages/modules/news',
  source: 'installed',
  // The files of its package's starter/ folder, as the CLI finds them.
  starter: bundledModules.find((m) => m.manifest.id === 'news')?.starter ?? [],
};

export const testModules: readonly AvailableModule[] = [newsModule, parkingModule];

/** A module create-city-app carries, as `city-app add` finds it once installed: manifest and starter. */
export function installedModule(id: string): AvailableModule {
  const bundled = bundledModules.find((m) => m.manifest.id === id);
  if (!bundled) throw new Error(`create-city-app carries no module "${id}"`);
  return {
    manifest: bundled.manifest,
    packageName: bundled.packageName,
    folder: bundled.folder,
    source: 'installed',
    starter: bundled.starter ?? [],
  };
}

export function answersFor(name: string, overrides: Partial<ProjectAnswers> = {}): ProjectAnswers {
  return {
    city: {
      town: { name, state: 'DE-MV' },
      branding: { primaryColor: '#1a5f7a', logo: 'logo.svg' },
      locales: ['de', 'en'],
      timezone: 'Europe/Berlin',
      legal: {
        imprint: {
          organisation: `Stadt ${name}`,
          address: 'Markt 1\n19258 Boizenburg/Elbe',
          email: 'rathaus@boizenburg.de',
        },
        privacy: { controller: `Stadt ${name}`, email: 'datenschutz@boizenburg.de' },
        accessibility: { contactEmail: 'barrierefrei@boizenburg.de' },
        feedbackEmail: 'app@boizenburg.de',
      },
      modules: { news: {} },
    },
    packageManager: 'pnpm',
    packageSource: { kind: 'registry', version: '0.1.0' },
    createdOn: '2026-03-14',
    ...overrides,
  };
}

export interface TestProject {
  root: string;
  read(path: string): Promise<string>;
  write(path: string, text: string): Promise<void>;
  /** Every file (path → text), node_modules aside. */
  snapshot(): Promise<Record<string, string>>;
  cleanup(): Promise<void>;
}

/**
 * A generated project in a temporary folder, written from create-city-app's engine; with
 * `base`, including the base snapshot exactly as create-city-app writes it (without: as
 * projects made before the snapshot existed).
 */
export async function makeProject(
  answers: ProjectAnswers = answersFor('Boizenburg/Elbe'),
  options: Parameters<typeof renderProject>[1] = {},
  { base = false }: { base?: boolean } = {},
): Promise<TestProject> {
  const root = await mkdtemp(join(tmpdir(), 'city-app-cli-test-'));
  const tree = renderProject(answers, options);
  for (const [path, text] of (base ? withBaseSnapshot(tree) : tree).entries()) {
    await mkdir(dirname(join(root, path)), { recursive: true });
    await writeFile(join(root, path), text);
  }
  return {
    root,
    read: (path) => readFile(join(root, path), 'utf8'),
    write: async (path, text) => {
      await mkdir(dirname(join(root, path)), { recursive: true });
      await writeFile(join(root, path), text);
    },
    async snapshot() {
      const entries = await readdir(root, { recursive: true, withFileTypes: true });
      const files: Record<string, string> = {};
      for (const e of entries) {
        const full = join(e.parentPath, e.name);
        const rel = full.slice(root.length + 1);
        if (!e.isFile() || rel.startsWith('node_modules')) continue;
        files[rel] = await readFile(full, 'utf8');
      }
      return files;
    },
    cleanup: () => rm(root, { recursive: true, force: true }),
  };
}

/** Links a package of this repository into the project's node_modules, as an install would. */
export async function linkPackage(root: string, name: string, folder: string): Promise<void> {
  const target = join(root, 'node_modules', ...name.split('/'));
  await mkdir(dirname(target), { recursive: true });
  await symlink(join(repoRoot, folder), target, 'dir');
}

/** Answers prompts by name; a prompt nobody scripted fails the test. */
export function scriptedPrompter(
  answers: Record<string, unknown>,
): Prompter & { asked: string[]; languages: (string | undefined)[] } {
  const asked: string[] = [];
  const languages: (string | undefined)[] = [];
  const answer = async (question: {
    name: string;
    language?: string;
    validate?: (v: string) => true | string;
  }) => {
    asked.push(question.name);
    languages.push(question.language);
    if (!(question.name in answers)) throw new Error(`unexpected prompt "${question.name}"`);
    const value = answers[question.name];
    // An Error stands for the person leaving the prompt (Ctrl+C gives Inquirer's ExitPromptError).
    if (value instanceof Error) throw value;
    if (question.validate && typeof value === 'string') {
      const verdict = question.validate(value);
      if (verdict !== true)
        throw new Error(`prompt "${question.name}" refused "${value}": ${verdict}`);
    }
    return value;
  };
  return {
    asked,
    languages,
    text: (q) => answer(q) as Promise<string>,
    select: (q) => answer(q) as never,
    multiselect: (q) => answer(q) as never,
    confirm: (q) => answer(q) as Promise<boolean>,
  };
}

/** Runs the CLI in-process in `cwd` without a terminal; collects its output. */
export async function runCli(
  args: string[],
  cwd: string,
  environment: RunEnvironment = {},
  // biome-ignore lint/suspicious/noExplicitAny: tests read whichever JSON a command prints
): Promise<{ code: number; stdout: string; stderr: string; json: () => any }> {
  let stdout = '';
  let stderr = '';
  const code = await runCityApp(args, {
    cwd,
    env: {},
    terminal: false,
    modules: testModules,
    exec: async () => {
      throw Object.assign(new Error('exec not expected in this test'), { code: 'EUNEXPECTED' });
    },
    stdout: (text) => {
      stdout += text;
    },
    stderr: (text) => {
      stderr += text;
    },
    ...environment,
  });
  return { code, stdout, stderr, json: () => JSON.parse(stdout) };
}

/**
 * The project's server as `pnpm start` runs it, in-process and without the web build: its
 * config read anew from `city.config.ts`, the data in `.data/db`, mail written to `mail/`.
 */
export async function startProjectServer(root: string) {
  const config = defineCity((await loadCityConfig(root)) as Parameters<typeof defineCity>[0]);
  return createCityServer(config, {
    root,
    env: {
      CITY_APP_DATA_DIR: join(root, '.data', 'db'),
      CITY_APP_NOTIFY_WORKER: 'off',
      CITY_APP_MAIL_DIR: join(root, 'mail'),
    },
    log: { info() {}, warn() {}, error() {} },
    webRoot: false,
  });
}

/**
 * A module's round trip in `project`: `city-app add <id>` (checked to succeed quietly), the
 * news module and it linked as an install would, `beforeStart` (e.g. an import: the embedded
 * database has one user at a time), its server started for `use`, then `city-app remove
 * <id>`, whose outcome is returned.
 */
export async function addUseRemove(
  project: TestProject,
  module: AvailableModule,
  use: (server: Awaited<ReturnType<typeof startProjectServer>>) => Promise<void>,
  { beforeStart }: { beforeStart?: (modules: AvailableModule[]) => Promise<void> } = {},
) {
  const id = module.manifest.id;
  const modules = [newsModule, module];
  const add = await runCli(['add', id, '--yes', '--no-install'], project.root, { modules });
  if (add.code !== 0 || add.stderr) throw new Error(`city-app add ${id} failed: ${add.stderr}`);
  await linkPackage(project.root, newsModule.packageName, newsModule.folder);
  await linkPackage(project.root, module.packageName, module.folder);
  await beforeStart?.(modules);
  const server = await startProjectServer(project.root);
  try {
    await use(server);
  } finally {
    await server.close();
  }
  return runCli(['remove', id, '--yes', '--no-install'], project.root, { modules });
}
