import type { Locale } from '@city-app/core';
import type { appTemplates, Exec, Prompter } from 'create-city-app';
import type { AvailableModule } from './project/modules.js';

export type { Exec, Prompter };

/** What `city-app` talks to; every part can be replaced, so tests run it in-process. */
export interface RunEnvironment {
  cwd?: string;
  env?: Record<string, string | undefined>;
  /** Whether a terminal is attached; defaults to process.stdin.isTTY. */
  terminal?: boolean;
  prompt?: Prompter;
  exec?: Exec;
  stdout?: (text: string) => void;
  stderr?: (text: string) => void;
  /** The modules to offer instead of those found in the project (tests). */
  modules?: readonly AvailableModule[];
  /** Today as YYYY-MM-DD. */
  today?: () => string;
  /** The templates `update` renders with (default: those of create-city-app, its version). */
  engine?: TemplateEngine;
}

export interface TemplateEngine {
  version: string;
  templates?: typeof appTemplates;
}

/** What each command gets. Commands ask only when `interactive`, and print via `log`. */
export interface CommandContext {
  cwd: string;
  env: Record<string, string | undefined>;
  /** A terminal is attached (and, for commands that write, `--yes` was not given). */
  interactive: boolean;
  prompt: Prompter;
  exec: Exec;
  /** `--json`: print one JSON document on stdout and nothing else. */
  json: boolean;
  log: (text: string) => void;
  /**
   * The language of what the command prints, errors included: English until a command that
   * speaks the town's language has loaded its config (see project/town-language.ts).
   */
  language: Locale;
  modules?: readonly AvailableModule[];
  today: () => string;
  engine?: TemplateEngine;
}
