// Helpers for this package's tests: temporary folders, a scripted prompter and a module
// manifest beside the bundled ones.
import { mkdtemp, readdir, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { defineModule } from '@city-app/core';
import { z } from 'zod';
import type { ProjectAnswers } from './engine/answers.js';
import type { ModuleInfo } from './engine/modules.js';
import { bundledModules } from './generated/modules.js';
import { type RunEnvironment, runCreateCityApp } from './main.js';
import type { Prompter } from './steps/context.js';

/** A second module, so tests cover several modules and a module option that is asked. */
export const ticketsModule: ModuleInfo = {
  manifest: defineModule({
    id: 'tickets',
    title: { de: 'Fundbüro', en: 'Lost and found' },
    description: { de: 'Fundsachen melden und finden.', en: 'Report and find lost property.' },
    field: 'administration',
    personalData: [],
    configSchema: z.object({
      office: z
        .string()
        .min(2)
        .default('Bürgerbüro')
        .meta({ prompt: true, title: 'Wo liegen die Fundsachen?' }),
      keepDays: z.number().int().positive().default(180).describe('Days an item is kept.'),
    }),
    messages: { de: { title: 'Fundbüro' }, en: { title: 'Lost and found' } },
    starter: [
      { from: 'items', to: 'content/tickets' },
      { from: 'pictures', to: 'public/modules/tickets' },
    ],
  }),
  packageName: '@city-app/module-tickets',
  folder: 'packages/modules/tickets',
  // As its package's starter/ folder would hold them: one templated, one plain, one not placed.
  starter: [
    { file: 'items/schirm.md.hbs', text: 'Gefunden in {{md town.name}}: ein Schirm.\n' },
    { file: 'pictures/schirm.svg', text: '<svg xmlns="http://www.w3.org/2000/svg"/>\n' },
    { file: 'drafts/notes.md', text: 'not for the town\n' },
  ],
};

export const testModules: readonly ModuleInfo[] = [...bundledModules, ticketsModule];

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
          address: 'Markt 1, 19999 Musterstadt',
          email: 'rathaus@example.org',
        },
        privacy: { controller: `Stadt ${name}`, email: 'datenschutz@example.org' },
        accessibility: { contactEmail: 'barrierefrei@example.org' },
        feedbackEmail: 'feedback@example.org',
      },
      modules: { news: {} },
    },
    packageManager: 'pnpm',
    packageSource: { kind: 'registry', version: '1.2.3' },
    createdOn: '2025-03-14',
    ...overrides,
  };
}

export async function tempFolder(): Promise<{ path: string; cleanup(): Promise<void> }> {
  const path = await mkdtemp(join(tmpdir(), 'create-city-app-test-'));
  return { path, cleanup: () => rm(path, { recursive: true, force: true }) };
}

/** Every file below `dir`, relative, sorted (empty when it does not exist). */
export async function listTree(dir: string): Promise<string[]> {
  try {
    const entries = await readdir(dir, { recursive: true, withFileTypes: true });
    return entries
      .filter((e) => e.isFile())
      .map((e) => join(e.parentPath, e.name).slice(dir.length + 1))
      .sort();
  } catch {
    return [];
  }
}

/** Answers prompts by name; a prompt nobody scripted fails the test. */
export function scriptedPrompter(answers: Record<string, unknown>): Prompter & { asked: string[] } {
  const asked: string[] = [];
  const answer = async (question: { name: string; validate?: (v: string) => true | string }) => {
    asked.push(question.name);
    if (!(question.name in answers)) throw new Error(`unexpected prompt "${question.name}"`);
    const value = answers[question.name];
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
): Promise<{ code: number; stdout: string; stderr: string }> {
  let stdout = '';
  let stderr = '';
  const code = await runCreateCityApp(args, {
    cwd,
    env: {},
    terminal: false,
    modules: testModules,
    version: '1.2.3',
    today: () => '2025-03-14',
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
  return { code, stdout, stderr };
}
