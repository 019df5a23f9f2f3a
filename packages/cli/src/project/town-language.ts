import type { Locale } from '@city-app/core';
import type { CommandContext } from '../context.js';
import { loadCityConfig } from './load-config.js';
import { findProjectRoot } from './project.js';

/**
 * The language the tool speaks to a town's consultant: the town's main language, as the app
 * itself does. English when the town's first language is English, else German. `city` is the
 * config as loaded, not yet checked.
 */
export function townLanguage(city: unknown): Locale {
  const locales = (city as { locales?: unknown } | null)?.locales;
  return Array.isArray(locales) && locales[0] === 'en' ? 'en' : 'de';
}

/**
 * Speak the town's language from here on, errors included, and return it. A config that
 * cannot be loaded (conflict markers in it, a syntax error) is a German town's, the default.
 */
export async function speakTownLanguage(ctx: CommandContext, root: string): Promise<Locale> {
  ctx.language = await projectLanguage(root);
  return ctx.language;
}

/** The town's language of the project at `root`; German when its config cannot be loaded. */
export async function projectLanguage(root: string): Promise<Locale> {
  let city: unknown;
  try {
    city = await loadCityConfig(root);
  } catch {
    city = undefined;
  }
  return townLanguage(city);
}

/**
 * For a command that needs no town (`city-app vapid`): the town's language inside a town
 * project, else English, as before any town is known.
 */
export async function speakLanguageHere(ctx: CommandContext): Promise<Locale> {
  let root: string;
  try {
    root = await findProjectRoot(ctx.cwd);
  } catch {
    return ctx.language;
  }
  return speakTownLanguage(ctx, root);
}
