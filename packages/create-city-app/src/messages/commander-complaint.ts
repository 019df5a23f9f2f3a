/**
 * What a commander complaint carries (its `CommanderError`), named here so that the package's
 * published types need no commander: create-city-app bundles it.
 */
export interface CommanderComplaint {
  code: string;
  message: string;
}

/**
 * The words a command line tool uses for commander's complaints about its arguments.
 * Commander says them in English only; a tool that speaks German passes its own.
 */
export interface CommanderWords {
  unknownOption: (flag: string) => string;
  /** Appended to an unknown option or command when commander found similar ones. */
  didYouMean: (names: string) => string;
  missingValue: (flags: string) => string;
  tooManyArguments: (count: number, expected: number) => string;
  /** Tools without required arguments or subcommands leave these out. */
  missingArgument?: (name: string) => string;
  unknownCommand?: (name: string) => string;
  unreadable: (problem: string) => string;
}

/** Commander's complaint in the tool's words; a complaint it has no words for is quoted. */
export function commanderComplaint(error: CommanderComplaint, say: CommanderWords): string {
  const quoted = /'([^']+)'/.exec(error.message)?.[1] ?? '';
  const similar = /\(Did you mean (?:one of )?(.+)\?\)/.exec(error.message)?.[1];
  const suggestion = similar ? say.didYouMean(similar) : '';
  switch (error.code) {
    case 'commander.unknownOption':
      return `${say.unknownOption(quoted)}${suggestion}`;
    case 'commander.unknownCommand':
      if (say.unknownCommand) return `${say.unknownCommand(quoted)}${suggestion}`;
      break;
    case 'commander.optionMissingArgument':
      return say.missingValue(quoted);
    case 'commander.missingArgument':
      if (say.missingArgument) return say.missingArgument(quoted);
      break;
    case 'commander.excessArguments': {
      const counts = /Expected (\d+) arguments? but got (\d+)/.exec(error.message);
      return say.tooManyArguments(Number(counts?.[2]), Number(counts?.[1]));
    }
  }
  return say.unreadable(error.message.replace(/^error: /, ''));
}
