import type { Locale } from '@city-app/core';
import type { CommanderWords } from 'create-city-app';

/** What `city-app` says about a command line it cannot read, in the town's language. */
export const USAGE_MESSAGES = {
  de: {
    unknownOption: (flag: string) => `Unbekannte Option ${flag}.`,
    unknownCommand: (name: string) => `Unbekannter Befehl ${name}.`,
    didYouMean: (names: string) => ` Meinten Sie ${names}?`,
    missingValue: (flags: string) => `Die Option ${flags} braucht einen Wert.`,
    missingArgument: (name: string) => `Das Argument <${name}> fehlt.`,
    tooManyArguments: (count: number, expected: number) =>
      `Zu viele Argumente: erwartet ${expected === 1 ? 'wird höchstens eines' : `werden höchstens ${expected}`}, angegeben wurden ${count}.`,
    unreadable: (problem: string) => `Die Befehlszeile lässt sich nicht lesen (${problem}).`,
    seeHelp: 'city-app --help zeigt die Befehle.',
  },
  en: {
    unknownOption: (flag: string) => `Unknown option ${flag}.`,
    unknownCommand: (name: string) => `Unknown command ${name}.`,
    didYouMean: (names: string) => ` Did you mean ${names}?`,
    missingValue: (flags: string) => `The option ${flags} needs a value.`,
    missingArgument: (name: string) => `The argument <${name}> is missing.`,
    tooManyArguments: (count: number, expected: number) =>
      `Too many arguments: at most ${expected} expected, ${count} given.`,
    unreadable: (problem: string) => `Cannot read the command line (${problem}).`,
    seeHelp: 'Run city-app --help for the commands.',
  },
} as const satisfies Record<Locale, CommanderWords & { seeHelp: string }>;
