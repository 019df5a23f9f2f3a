import type { Locale } from '@city-app/core';

/**
 * The language create-city-app speaks: the one chosen for the app (the language prompt,
 * `--locale`, or the first locale of `--config`), German until one is chosen.
 */
export type Language = Locale;

/** English when `locale` is English, else German: German first. */
export function languageOf(locale: unknown): Language {
  return locale === 'en' ? 'en' : 'de';
}

/**
 * The language `--locale` asks for, read from the raw arguments: `--help` and a mistyped
 * option are answered before the arguments are parsed. The last `--locale` wins, as in parsing.
 */
export function languageOfArguments(argv: readonly string[]): Language {
  let locale: string | undefined;
  argv.forEach((arg, i) => {
    if (arg === '--locale') locale = argv[i + 1];
    else if (arg.startsWith('--locale=')) locale = arg.slice('--locale='.length);
  });
  return languageOf(locale);
}
