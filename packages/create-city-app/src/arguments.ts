import { Command, CommanderError, Option } from 'commander';
import { COMMAND_LINE_MESSAGES } from './messages/command-line.js';
import { commanderComplaint } from './messages/commander-complaint.js';
import type { Language } from './messages/language.js';
import type { CliOptions } from './steps/context.js';

/** What the command line asked for, or that it asked for help, the version, or nothing readable. */
export type ParsedArguments =
  | { kind: 'options'; options: CliOptions }
  | { kind: 'answered' }
  | { kind: 'refused'; problem: string };

function program(
  version: string,
  language: Language,
  out: (s: string) => void,
  err: (s: string) => void,
): Command {
  const say = COMMAND_LINE_MESSAGES[language];
  const titles: Record<string, string> = say.titles;
  return (
    new Command('create-city-app')
      .description(say.description)
      .usage(say.usage)
      .version(version, '-v, --version', say.version)
      .helpOption('-h, --help', say.help)
      .argument('[dir]', say.dir)
      .option('--town <name>', say.town)
      .option('--state <code>', say.state)
      .option('--modules <ids>', say.modules)
      .option('--primary-color <hex>', say.primaryColor)
      .option('--locale <de|en>', say.locale)
      .option('--email <address>', say.email)
      .option('--config <file>', say.config)
      .option('--package-manager <pnpm|npm>', say.packageManager)
      .option('--no-install', say.noInstall)
      .option('--no-git', say.noGit)
      // No defaults here: commander would add "(default: false)" in English.
      .option('--dry-run', say.dryRun)
      .option('--force', say.force)
      .option('-y, --yes', say.yes)
      .addOption(new Option('--link <root>', say.link).hideHelp())
      .addHelpText('after', say.after)
      .configureHelp({ styleTitle: (title) => titles[title] ?? title })
      .exitOverride()
      // Commander's own complaints are English; `refusal` says them in the run's language.
      .configureOutput({ writeOut: out, writeErr: err, outputError: () => {} })
  );
}

/** Commander's complaint about the arguments, in `language`, with where to look. */
function refusal(error: CommanderError, language: Language): string {
  const say = COMMAND_LINE_MESSAGES[language];
  return `✖ ${commanderComplaint(error, say)}\n  → ${say.seeHelp}\n`;
}

/**
 * Reads the command line. `--help` and `--version` are answered on `out`; the help is in
 * the language `--locale` asks for, as is a refusal.
 */
export function parseArguments(
  argv: string[],
  version: string,
  language: Language,
  output: { out: (s: string) => void; err: (s: string) => void },
): ParsedArguments {
  const command = program(version, language, output.out, output.err);
  try {
    command.parse(argv, { from: 'user' });
  } catch (error) {
    if (!(error instanceof CommanderError)) throw error;
    if (error.code === 'commander.helpDisplayed' || error.code === 'commander.version')
      return { kind: 'answered' };
    return { kind: 'refused', problem: refusal(error, language) };
  }
  const opts = command.opts<Record<string, unknown>>();
  const given = (key: string) => command.getOptionValueSource(key) === 'cli';
  return {
    kind: 'options',
    options: {
      dir: command.args[0],
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
      dryRun: opts.dryRun === true,
      force: opts.force === true,
      yes: opts.yes === true,
      link: opts.link as string | undefined,
    },
  };
}
