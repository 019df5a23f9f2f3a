import * as nodeFs from 'node:fs/promises';
import { isatty } from 'node:tty';
import { cityError, isCityAppError } from '@city-app/core';
import { Command, CommanderError, Option } from 'commander';
import type { ModuleInfo } from './engine/modules.js';
import { bundledModules } from './generated/modules.js';
import { CLI_VERSION } from './generated/version.js';
import { localToday, spawnExec } from './process.js';
import { terminalPrompter } from './prompt.js';
import { gatherAnswers } from './steps/answers.js';
import type { CliOptions, Context, Exec, FileSystem, Prompter } from './steps/context.js';
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

const EXIT_CODES_HELP = `
Exit codes:
  0    the project was created (or --dry-run listed it)
  2    invalid or missing input (nothing was written)
  3    the target folder is not empty, or generated files clash with it (nothing was written)
  4    installing the dependencies failed (the project was written)
  70   unexpected error
  130  cancelled (nothing was written)

Examples:
  npm create city-app@latest
  npx create-city-app boizenburg --town "Boizenburg/Elbe" --state DE-MV --yes
  npx create-city-app --config city.json --no-install`;

function parseArguments(
  argv: string[],
  out: (s: string) => void,
  err: (s: string) => void,
  version: string,
): CliOptions {
  const program = new Command('create-city-app')
    .description(
      'Create the city app of a German town: configuration, starting content and glue, ready to run.',
    )
    .version(version, '-v, --version')
    .argument('[dir]', 'folder to create (default: derived from the town name)')
    .option('--town <name>', 'the town\'s name, e.g. "Boizenburg/Elbe"')
    .option('--state <code>', 'the state as ISO 3166-2 code, e.g. DE-MV')
    .option('--modules <ids>', 'modules to enable, comma-separated (default with --yes: all)')
    .option(
      '--primary-color <hex>',
      'main colour; must reach 4.5:1 against white text (default #1a5f7a)',
    )
    .option('--locale <de|en>', 'default language of the app (default de)')
    .option('--email <address>', 'town hall e-mail for imprint, privacy and accessibility contacts')
    .option(
      '--config <file>',
      'a town config in JSON (see the JSON Schema of @city-app/core); flags override it',
    )
    .option(
      '--package-manager <pnpm|npm>',
      'package manager of the project (default: the one running this)',
    )
    .option('--no-install', 'do not install dependencies')
    .option('--no-git', 'do not create a git repository')
    .option('--dry-run', 'list the files that would be written; write nothing', false)
    .option('--force', 'write into a non-empty folder, overwriting generated files only', false)
    .option(
      '-y, --yes',
      'use defaults for everything not given (town and state are still needed)',
      false,
    )
    .addOption(new Option('--link <root>', 'link @city-app/* from a city-app checkout').hideHelp())
    .addHelpText('after', EXIT_CODES_HELP)
    .exitOverride()
    .configureOutput({ writeOut: out, writeErr: err });
  program.parse(argv, { from: 'user' });
  const opts = program.opts<Record<string, unknown>>();
  const given = (key: string) => program.getOptionValueSource(key) === 'cli';
  return {
    dir: program.args[0],
    town: opts.town as string | undefined,
    state: opts.state as string | undefined,
    modules: opts.modules as string | undefined,
    primaryColor: opts.primaryColor as string | undefined,
    locale: opts.locale as string | undefined,
    email: opts.email as string | undefined,
    config: opts.config as string | undefined,
    packageManager: opts.packageManager as string | undefined,
    install: given('install') ? (opts.install as boolean) : undefined,
    git: given('git') ? (opts.git as boolean) : undefined,
    dryRun: opts.dryRun as boolean,
    force: opts.force as boolean,
    yes: opts.yes as boolean,
    link: opts.link as string | undefined,
  };
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
  let options: CliOptions;
  try {
    options = parseArguments(argv, out, err, version);
  } catch (error) {
    if (error instanceof CommanderError) {
      if (error.code === 'commander.helpDisplayed' || error.code === 'commander.version')
        return EXIT.ok;
      err('Run create-city-app --help for the options.\n');
      return EXIT.invalid_input;
    }
    throw error;
  }
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
  };
  try {
    for (const step of steps) await step(ctx);
    nextSteps(ctx);
    return EXIT.ok;
  } catch (error) {
    const name = (error as Error | undefined)?.name;
    if (name === 'ExitPromptError' || name === 'AbortPromptError') {
      err('Cancelled; nothing was written.\n');
      return EXIT.cancelled;
    }
    if (isCityAppError(error)) {
      err(`${error.format()}\n`);
      return exitCodeOf(error);
    }
    const unexpected = cityError('unexpected', {
      problem: (error as Error | undefined)?.message ?? String(error),
    });
    err(`${unexpected.format()}\n`);
    return EXIT.unexpected;
  }
}
