import { cityError } from '@city-app/core';
import { Command, CommanderError } from 'commander';
import { localToday, spawnExec, terminalPrompter } from 'create-city-app';
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
import { CLI_VERSION } from './version.js';

const HELP_AFTER = `
Exit codes:
  0    done
  1    problems found (config validate, doctor, update conflicts); they are listed
  2    invalid or missing input; nothing was written
  4    installing the dependencies failed; the files were written
  70   unexpected error; nothing was left half-written
  130  cancelled; nothing was written

Every command takes --json and then prints one JSON document: the result, or
{ "error": { code, message, field, hint, issues } } on failure.`;

const IMPORT_HELP_AFTER = `
city-app import <module> --list names the module's importers, what each reads,
the file endings it is picked by and its options, in the town's language.

An importer may take options of its own after the file, e.g. the street of a
per-street calendar:
  city-app import waste Bahnhofstrasse.ics --location "Bahnhofstraße 1-49"
An option it does not know, or a required one left out, is refused before the
file is read; the error lists the options it takes.`;

type Action = (ctx: CommandContext) => Promise<unknown>;

/** Collects `--set path=value` options. */
function collect(value: string, previous: string[]): string[] {
  return [...previous, value];
}

function buildProgram(
  out: (s: string) => void,
  err: (s: string) => void,
  choose: (action: Action, options: { json?: boolean; writes?: boolean; yes?: boolean }) => void,
): Command {
  const program = new Command('city-app')
    .description(
      "The consultants' tool inside a town project: modules, config, import, update, doctor.",
    )
    .version(CLI_VERSION, '-v, --version')
    .addHelpText('after', HELP_AFTER)
    .exitOverride()
    .configureOutput({ writeOut: out, writeErr: err })
    .showHelpAfterError('(city-app --help lists the commands)');

  program
    .command('modules')
    .description('list the modules this project can use and those it has switched on')
    .option('--json', 'print JSON')
    .action((opts) => choose((ctx) => modulesCommand(ctx), opts));

  const config = program.command('config').description('check and explain city.config.ts');
  config
    .command('validate')
    .description('check city.config.ts and every module option; exit code 1 on problems')
    .option('--json', 'print JSON')
    .action((opts) => choose((ctx) => validateCommand(ctx), opts));
  config
    .command('schema')
    .description('write the JSON Schema of the town config (modules included)')
    .option('--out <file>', 'file to write, relative to the project', 'city.schema.json')
    .option('--stdout', 'print the schema instead of writing it')
    .option('--json', 'print JSON')
    .action((opts) => choose((ctx) => schemaCommand(ctx, opts), opts));
  config
    .command('explain')
    .description("print an option's description, type and default")
    .argument('<path>', 'dotted path, e.g. legal.imprint.email or modules.news.perPage')
    .option('--json', 'print JSON')
    .action((path, opts) => choose((ctx) => explainCommand(ctx, path), opts));

  program
    .command('add')
    .description('add a module: its package and its options, after showing the diff')
    .argument('<module>', 'module id, e.g. news')
    .option(
      '--set <path=value>',
      'set a module option (repeatable), e.g. --set perPage=20',
      collect,
      [],
    )
    .option('-y, --yes', 'write without asking')
    .option('--dry-run', 'show the diff, write nothing')
    .option('--no-install', 'do not run the package manager afterwards')
    .option('--json', 'print JSON')
    .action((id, opts) => choose((ctx) => addCommand(ctx, id, opts), { ...opts, writes: true }));
  program
    .command('remove')
    .description("remove a module's package and options; its data stays in the database")
    .argument('<module>', 'module id')
    .option('-y, --yes', 'write without asking')
    .option('--dry-run', 'show the diff, write nothing')
    .option('--no-install', 'do not run the package manager afterwards')
    .option('--json', 'print JSON')
    .action((id, opts) => choose((ctx) => removeCommand(ctx, id, opts), { ...opts, writes: true }));

  program
    .command('import')
    .description(
      'import a file or web address with an importer the module declares (e.g. news from RSS/Atom, events from iCalendar)',
    )
    .argument('<module>', 'module id, e.g. news')
    .argument(
      '[file]',
      'the file to import, or its http(s) address (optional where the module knows its source, e.g. council)',
    )
    .option('--format <name>', 'which importer, when the module has several')
    .option(
      '--encoding <name>',
      "the file's encoding when it does not say (default: its XML declaration, else UTF-8)",
    )
    .option('--dry-run', 'count new, changed and unchanged items; write nothing')
    .option('--list', "list the module's importers and their options; import nothing")
    .option('--json', 'print JSON')
    .addHelpText('after', IMPORT_HELP_AFTER)
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
    .description(
      'apply template changes by three-way merge; local edits survive, conflicts are marked',
    )
    .option('-y, --yes', 'write without asking')
    .option('--dry-run', 'show the diff, write nothing')
    .option('--install', 'run the package manager afterwards')
    .option('--json', 'print JSON')
    .action((opts) => choose((ctx) => updateCommand(ctx, opts), { ...opts, writes: true }));

  program
    .command('conflicts')
    .description(
      'fail while a file holds conflict markers left by update (build and smoke test check too)',
    )
    .option('--json', 'print JSON')
    .action((opts) => choose((ctx) => conflictsCommand(ctx), opts));

  program
    .command('new')
    .description('create something new')
    .command('module')
    .description('a new module package from templates/module (manifest, server, web, tests)')
    .argument('<id>', 'module id, e.g. parking')
    .option('--field <field>', 'field of action (administration, education, mobility, …)')
    .option('--title <title>', 'German title, e.g. "Parken"')
    .option(
      '--dir <folder>',
      'where to write it (default: packages/modules/<id> in a city-app checkout)',
    )
    .option('--dry-run', 'list the files; write nothing')
    .option('--json', 'print JSON')
    .action((id, opts) => choose((ctx) => newModuleCommand(ctx, id, opts), opts));

  program
    .command('vapid')
    .description('print a new VAPID key pair for Web Push')
    .option('--json', 'print JSON')
    .action((opts) => choose((ctx) => vapidCommand(ctx), opts));
  program
    .command('doctor')
    .description(
      'check Node, the settings, database, VAPID keys, SMTP, colours and the legal pages',
    )
    .option('--env-file <file>', 'check the settings in this file too (e.g. deploy/.env)')
    .option('--json', 'print JSON')
    .action((opts) => choose((ctx) => doctorCommand(ctx, opts.envFile), opts));
  return program;
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
  const program = buildProgram(out, err, (action, opts) => {
    chosen = {
      action,
      json: Boolean(opts.json),
      yes: Boolean(opts.yes),
      writes: Boolean(opts.writes),
    };
  });
  const jsonRequested = argv.includes('--json');
  try {
    await program.parseAsync(argv, { from: 'user' });
  } catch (error) {
    if (error instanceof CommanderError) {
      if (
        error.code === 'commander.helpDisplayed' ||
        error.code === 'commander.version' ||
        error.code === 'commander.help'
      )
        return EXIT.ok;
      if (jsonRequested)
        out(`${JSON.stringify({ error: { code: 'usage', message: error.message } })}\n`);
      return EXIT.invalid_input;
    }
    throw error;
  }
  if (!chosen) {
    program.outputHelp();
    return EXIT.invalid_input;
  }
  const { action, json, yes } = chosen;
  const terminal = environment.terminal ?? Boolean(process.stdin.isTTY);
  const ctx: CommandContext = {
    cwd: environment.cwd ?? process.cwd(),
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
