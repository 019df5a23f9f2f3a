/**
 * create-city-app: the generator of town projects. The CLI is `runCreateCityApp`; the
 * engine (`generateProject`, `renderProject`) is shared with the `city-app` command.
 */
import type { ProjectAnswers } from './engine/answers.js';
import type { FsTree } from './engine/fs-tree.js';
import { type GenerateOptions, generateProject } from './engine/generate.js';
import { bundledModules } from './generated/modules.js';
import { appTemplates } from './generated/templates.js';
import { CLI_VERSION } from './generated/version.js';

export type {
  PackageManager,
  PackageSource,
  ProjectAnswers,
  ProjectRecord,
} from './engine/answers.js';
export { escapeHtml, escapeJson, escapeMarkdown, toTsLiteral } from './engine/escape.js';
export { FsTree } from './engine/fs-tree.js';
export {
  BASE_FOLDER,
  type GenerateOptions,
  generateProject,
  withBaseSnapshot,
} from './engine/generate.js';
export {
  type ModuleInfo,
  type PromptField,
  promptFields,
  type StarterFile,
} from './engine/modules.js';
export { cityPackages, packageSpecifier } from './engine/packages.js';
export { type RunEnvironment, runCreateCityApp, steps } from './main.js';
export { type CommanderWords, commanderComplaint } from './messages/commander-complaint.js';
export { localToday, spawnExec } from './process.js';
export { terminalPrompter } from './prompt.js';
export { placeholderLegal } from './steps/answers.js';
export type { CliOptions, Context, Exec, FileSystem, Prompter } from './steps/context.js';
export { EXIT } from './steps/errors.js';
export { writeIntoFolder, writeNewProject } from './steps/write.js';
export { appTemplates, bundledModules, CLI_VERSION };

/**
 * The project as this version of the templates renders it from recorded answers (the
 * `answers` of `.city-app.json`), with the modules bundled into this CLI. Same answers,
 * same bytes: a committed project can be compared against it.
 */
export function renderProject(
  answers: ProjectAnswers,
  options: Partial<GenerateOptions> = {},
): FsTree {
  return generateProject(answers, {
    templateVersion: CLI_VERSION,
    modules: bundledModules,
    ...options,
  });
}
