import type { Locale } from '@city-app/core';
import { cityError } from '@city-app/core';
import { Command, CommanderError, Help } from 'commander';
import { commanderComplaint, localToday, spawnExec, terminalPrompter } from 'create-city-app';
import { addCommand } from './commands/add.js';
import { explainCommand, schemaCommand, validateCommand } from './commands/config.js';
import { conflictsCommand } from './commands/conflicts.js';
import { doctorCommand } from './commands/doctor.js';
import { importCommand } from './commands/import.js';
import { listImporters } from './commands/import-list.js';
import { modulesCommand } from './commands/modules.js';
import { newModuleCommand } from './commands/new-module.js';
import { removeCommand } from './commands/remove.js';
import { updateCommand } from './commands/update.js';
import { vapidCommand } from './commands/vapid.js';
import type { CommandContext, RunEnvironment } from './context.js';
import { asCityAppError, EXIT, exitCodeOf } from './errors.js';
import { helpLanguage } from './help/help-language.js';
import { HELP_MESSAGES } from './help/help-messages.js';
import { USAGE_MESSAGES } from './help/usage-messages.js';
import { CLI_VERSION } from './version.js';

type Action = (ctx: CommandContext) => Promise<unknown>;

/** Collects `--set path=value` options. */
function collect(value: string, previous: string[]): string[] {
  return [...previous, value];
}

/** The options `add` and `remove` share: they change the project's modules. */
function changesModules(command: Command, say: (typeof HELP_MESSAGES)[Locale]): Command {
  return command
    .option('-y, --yes', say.yes)
    .option('--dry-run', say.dryRun)
    .option('--no-install', say.noInstall)
    .option('--json', say.json);
}

function buildProgram(
  language: Locale,
  out: (s: string) => void,
  err: (s: string) => void,
  choose: (action: Action, options: { json?: boolean; writes?: boolean; yes?: boolean }) => void,
): Command {
  const say = HELP_MESSAGES[language];
  const titles: Record<string, string> = say.titles;
  const usageWords: Record<string, string> = say.usageWords;
  const localUsage = (usage: string) =>
    usage.replace(/\[options\]|\[command\]/g, (word) => usageWords[word] ?? word);
  // Subcommands inherit these settings, so they come before the first one.
  const program = new Command('city-app')
    .description(say.description)
    .version(CLI_VERSION, '-v, --version', say.version)
    .helpOption('-h, --help', say.help)
    .helpCommand('help [command]', say.helpCommand)
    .addHelpText('after', say.after)
    .configureHelp({
      styleTitle: (title) => titles[title] ?? title,
      commandUsage: (command) => localUsage(Help.prototype.commandUsage.call(undefined, command)),
      subcommandTerm: (command) =>
        localUsage(Help.prototype.subcommandTerm.call(undefined, command)),
      // Defaults are told in the descriptions: commander would add "(default: …)" in English.
      optionDescription: (option) => option.description ?? '',
    })
    .exitOverride()
    // Commander's own complaints are English; `runCityApp` says them in the town's language.
    .configureOutput({ writeOut: out, writeErr: err, outputError: () => {} });

  program
    .command('modules')
    .description(say.modules)
    .option('--json', say.json)
    .action((opts) => choose((ctx) => modulesCommand(ctx), opts));

  const config = program.command('config').description(say.config);
  config
    .command('validate')
    .description(say.validate)
    .option('--json', say.json)
    .action((opts) => choose((ctx) => validateCommand(ctx), opts));
  config
    .command('schema')
    .description(say.schema)
    .option('--out <file>', say.schemaOut, 'city.schema.json')
    .option('--stdout', say.schemaStdout)
    .option('--json', say.json)
    .action((opts) => choose((ctx) => schemaCommand(ctx, opts), opts));
  config
    .command('explain')
    .description(say.explain)
    .argument('<path>', say.explainPath)
    .option('--json', say.json)
    .action((path, opts) => choose((ctx) => explainCommand(ctx, path), opts));

  const add = program
    .command('add')
    .description(say.add)
    .argument('<module>', say.moduleId)
    .option('--set <path=value>', say.addSet, collect, []);
  changesModules(add, say).action((id, opts) =>
    choose((ctx) => addCommand(ctx, id, opts), { ...opts, writes: true }),
  );
  const remove = program
    .command('remove')
    .description(say.remove)
    .argument('<module>', say.moduleId);
  changesModules(remove, say).action((id, opts) =>
    choose((ctx) => removeCommand(ctx, id, opts), { ...opts, writes: true }),
  );

  program
    .command('import')
    .description(say.import)
    .argument('<module>', say.moduleId)
    .argument('[file]', say.importFile)
    .option('--format <name>', say.importFormat)
    .option('--encoding <name>', say.importEncoding)
    .option('--dry-run', say.importDryRun)
    .option('--list', say.importList)
    .option('--json', say.json)
    .addHelpText('after', say.importAfter)
    // Options the importer declares (e.g. waste's --location) are checked once it is known.
    .allowUnknownOption()
    .allowExcessArguments()
    .action((id, file, opts, command: Command) =>
      choose(
        (ctx) =>
          opts.list
            ? listImporters(ctx, id)
            : importCommand(ctx, id, file, opts, command.args.slice(2)),
        opts,
      ),
    );

  program
    .command('update')
    .description(say.update)
    .option('-y, --yes', say.yes)
    .option('--dry-run', say.dryRun)
    .option('--install', say.updateInstall)
    .option('--json', say.json)
    .action((opts) => choose((ctx) => updateCommand(ctx, opts), { ...opts, writes: true }));

  program
    .command('conflicts')
    .description(say.conflicts)
    .option('--json', say.json)
    .action((opts) => choose((ctx) => conflictsCommand(ctx), opts));

  program
    .command('new')
    .description(say.new)
    .command('module')
    .description(say.newModule)
    .argument('<id>', say.newModuleId)
    .option('--field <field>', say.newModuleField)
    .option('--title <title>', say.newModuleTitle)
    .option('--dir <folder>', say.newModuleDir)
    .option('--dry-run', say.newModuleDryRun)
    .option('--json', say.json)
    .action((id, opts) => choose((ctx) => newModuleCommand(ctx, id, opts), opts));

  program
    .command('vapid')
    .description(say.vapid)
    .option('--json', say.json)
    .action((opts) => choose((ctx) => vapidCommand(ctx), opts));
  program
    .command('doctor')
    .description(say.doctor)
    .option('--env-file <file>', say.doctorEnvFile)
    .option('--json', say.json)
    .action((opts) => choose((ctx) => doctorCommand(ctx, opts.envFile), opts));
  return program;
}

/** Parses `argv`; commander's refusal, or its answer to --help and --version, is returned. */
async function parse(program: Command, argv: string[]): Promise<CommanderError | undefined> {
  try {
    await program.parseAsync(argv, { from: 'user' });
    return undefined;
  } catch (error) {
    if (error instanceof CommanderError) return error;
    throw error;
  }
}

const ANSWERED = new Set(['commander.helpDisplayed', 'commander.version', 'commander.help']);

/** The exit code for commander's answer or refusal; a refusal is said in `language`. */
function answerProblem(
  problem: CommanderError,
  language: Locale,
  json: boolean,
  out: (s: string) => void,
  err: (s: string) => void,
): number {
  if (ANSWERED.has(problem.code)) return EXIT.ok;
  const say = USAGE_MESSAGES[language];
  const message = commanderComplaint(problem, say);
  if (json) out(`${JSON.stringify({ error: { code: 'usage', message } })}\n`);
  else err(`✖ ${message}\n  → ${say.seeHelp}\n`);
  return EXIT.invalid_input;
}

/**
 * Runs `city-app` with the given arguments and returns its exit code. Never exits the
 * process and never prints a stack trace for a user mistake.
 */
export async function runCityApp(
  argv: string[],
  environment: RunEnvironment = {},
): Promise<number> {
  const out = environment.stdout ?? ((text: string) => process.stdout.write(text));
  const err = environment.stderr ?? ((text: string) => process.stderr.write(text));
  let chosen: { action: Action; json: boolean; yes: boolean; writes: boolean } | undefined;
  const choose = (action: Action, opts: { json?: boolean; writes?: boolean; yes?: boolean }) => {
    chosen = {
      action,
      json: Boolean(opts.json),
      yes: Boolean(opts.yes),
      writes: Boolean(opts.writes),
    };
  };
  const cwd = environment.cwd ?? process.cwd();
  // The town's language costs loading its config. A command line that reads well needs none
  // of commander's words, so the config is loaded only to answer --help or a mistake.
  const quiet = () => {};
  const quietProblem = await parse(buildProgram('en', quiet, quiet, choose), argv);
  if (quietProblem || !chosen) {
    chosen = undefined;
    const language = await helpLanguage(cwd);
    const program = buildProgram(language, out, err, choose);
    const problem = await parse(program, argv);
    if (problem) return answerProblem(problem, language, argv.includes('--json'), out, err);
    if (!chosen) {
      program.outputHelp();
      return EXIT.invalid_input;
    }
  }
  const { action, json, yes } = chosen;
  const terminal = environment.terminal ?? Boolean(process.stdin.isTTY);
  const ctx: CommandContext = {
    cwd,
    env: environment.env ?? process.env,
    // Scripts (--json) are never asked anything.
    interactive: terminal && !json && !yes,
    prompt: environment.prompt ?? terminalPrompter,
    exec: environment.exec ?? spawnExec,
    json,
    // With --json, stdout carries only the JSON document; progress goes to stderr.
    log: json ? (text) => err(`${text}\n`) : (text) => out(`${text}\n`),
    language: 'en',
    ...(environment.modules ? { modules: environment.modules } : {}),
    today: environment.today ?? localToday,
    ...(environment.engine ? { engine: environment.engine } : {}),
  };
  try {
    const result = await action(ctx);
    if (json) out(`${JSON.stringify(result, null, 2)}\n`);
    const code = (result as { exitCode?: number } | undefined)?.exitCode;
    return typeof code === 'number' ? code : EXIT.ok;
  } catch (error) {
    const name = (error as Error | undefined)?.name;
    if (name === 'ExitPromptError' || name === 'AbortPromptError') {
      // The town's language, if the command had learnt it before the prompt was left.
      err(`${cityError('changes_cancelled').format(ctx.language)}\n`);
      return EXIT.cancelled;
    }
    const known =
      asCityAppError(error) ??
      cityError('unexpected', { problem: (error as Error | undefined)?.message ?? String(error) });
    // In the command's language, so --json and the plain output agree; scripts match `code`.
    if (json) out(`${JSON.stringify({ error: known.toJSON(ctx.language) }, null, 2)}\n`);
    else err(`${known.format(ctx.language)}\n`);
    return exitCodeOf(known);
  }
}
