import * as nodeFs from 'node:fs/promises';
import { isatty } from 'node:tty';
import { cityError, isCityAppError } from '@city-app/core';
import { parseArguments } from './arguments.js';
import type { ModuleInfo } from './engine/modules.js';
import { bundledModules } from './generated/modules.js';
import { CLI_VERSION } from './generated/version.js';
import { languageOf, languageOfArguments } from './messages/language.js';
import { localToday, spawnExec } from './process.js';
import { terminalPrompter } from './prompt.js';
import { gatherAnswers } from './steps/answers.js';
import type { Context, Exec, FileSystem, Prompter } from './steps/context.js';
import { EXIT, exitCodeOf } from './steps/errors.js';
import { initGit, installDependencies, nextSteps } from './steps/finish.js';
import { validateProject } from './steps/validate.js';
import { writeProject } from './steps/write.js';

/** What the CLI talks to; every part can be replaced (tests run it in-process). */
export interface RunEnvironment {
  cwd?: string;
  env?: Record<string, string | undefined>;
  /** Whether a terminal is attached; defaults to whether standard input is one. */
  terminal?: boolean;
  prompt?: Prompter;
  fs?: FileSystem;
  exec?: Exec;
  today?: () => string;
  stdout?: (text: string) => void;
  stderr?: (text: string) => void;
  modules?: readonly ModuleInfo[];
  version?: string;
}

/** The steps, in order. Each honours --dry-run and asks only when `interactive`. */
export const steps = [
  gatherAnswers,
  validateProject,
  writeProject,
  installDependencies,
  initGit,
] as const;

/**
 * Runs `create-city-app` with the given arguments and returns its exit code. Never exits
 * the process and never prints a stack trace for a user mistake.
 */
export async function runCreateCityApp(
  argv: string[],
  environment: RunEnvironment = {},
): Promise<number> {
  const out = environment.stdout ?? ((text: string) => process.stdout.write(text));
  const err = environment.stderr ?? ((text: string) => process.stderr.write(text));
  const version = environment.version ?? CLI_VERSION;
  const parsed = parseArguments(argv, version, languageOfArguments(argv), { out, err });
  if (parsed.kind === 'answered') return EXIT.ok;
  if (parsed.kind === 'refused') {
    err(parsed.problem);
    return EXIT.invalid_input;
  }
  const { options } = parsed;
  const ctx: Context = {
    cwd: environment.cwd ?? process.cwd(),
    version,
    modules: environment.modules ?? bundledModules,
    options,
    // With --yes nothing is asked, so stdin is not even looked at (making process.stdin
    // builds a stream); otherwise a terminal on fd 0 is what makes prompts possible.
    interactive: !options.yes && (environment.terminal ?? isatty(0)),
    prompt: environment.prompt ?? terminalPrompter,
    fs: environment.fs ?? (nodeFs as unknown as FileSystem),
    exec: environment.exec ?? spawnExec,
    env: environment.env ?? process.env,
    today: environment.today ?? localToday,
    log: (text) => out(`${text}\n`),
    notes: [],
    // German until a language is chosen; the answers may choose another.
    language: languageOf(options.locale),
  };
  try {
    for (const step of steps) await step(ctx);
    nextSteps(ctx);
    return EXIT.ok;
  } catch (error) {
    const name = (error as Error | undefined)?.name;
    if (name === 'ExitPromptError' || name === 'AbortPromptError') {
      err(`${cityError('changes_cancelled').format(ctx.language)}\n`);
      return EXIT.cancelled;
    }
    if (isCityAppError(error)) {
      err(`${error.format(ctx.language)}\n`);
      return exitCodeOf(error);
    }
    const unexpected = cityError('unexpected', {
      problem: (error as Error | undefined)?.message ?? String(error),
    });
    err(`${unexpected.format(ctx.language)}\n`);
    return EXIT.unexpected;
  }
}
