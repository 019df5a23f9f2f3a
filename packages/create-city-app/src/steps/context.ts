import type { PackageManager, ProjectAnswers } from '../engine/answers.js';
import type { FsTree } from '../engine/fs-tree.js';
import type { ModuleInfo } from '../engine/modules.js';
import type { Language } from '../messages/language.js';

/**
 * The questions the CLI may ask. Injected, so tests answer them without a terminal. A
 * question says the language it is asked in, for the words a prompt adds around it (keys to
 * press, yes and no); German when it does not say.
 */
export interface Prompter {
  text(question: {
    name: string;
    message: string;
    language?: Language;
    default?: string;
    validate?: (value: string) => true | string;
  }): Promise<string>;
  select<T extends string>(question: {
    name: string;
    message: string;
    language?: Language;
    choices: { value: T; name: string; description?: string }[];
    default?: T;
  }): Promise<T>;
  multiselect<T extends string>(question: {
    name: string;
    message: string;
    language?: Language;
    /** `short`: what the answered question shows for a chosen item (its name if not given). */
    choices: { value: T; name: string; short?: string; checked?: boolean }[];
  }): Promise<T[]>;
  confirm(question: {
    name: string;
    message: string;
    language?: Language;
    default?: boolean;
  }): Promise<boolean>;
}

/** The parts of node:fs/promises the CLI writes with; replaceable to test failures. */
export interface FileSystem {
  mkdir(path: string, options: { recursive: true }): Promise<string | undefined>;
  writeFile(path: string, data: string | Uint8Array): Promise<void>;
  readFile(path: string): Promise<Uint8Array>;
  readdir(path: string): Promise<string[]>;
  stat(path: string): Promise<{ isDirectory(): boolean; isFile(): boolean }>;
  rename(from: string, to: string): Promise<void>;
  rm(path: string, options: { recursive?: boolean; force?: boolean }): Promise<void>;
  rmdir(path: string): Promise<void>;
  unlink(path: string): Promise<void>;
}

/** Runs a program; resolves with its exit code, rejects (code ENOENT) when it is missing. */
export type Exec = (
  command: string,
  args: string[],
  options: { cwd: string; quiet?: boolean },
) => Promise<number>;

/** What the user asked for on the command line, before defaults. */
export interface CliOptions {
  dir?: string;
  town?: string;
  state?: string;
  modules?: string;
  primaryColor?: string;
  locale?: string;
  email?: string;
  config?: string;
  packageManager?: string;
  /** `undefined`: not given on the command line. */
  install?: boolean;
  git?: boolean;
  dryRun: boolean;
  force: boolean;
  yes: boolean;
  link?: string;
}

/**
 * Shared state of the steps (after create-astro): each step takes what it needs and adds
 * what it found. Steps honour `dryRun` and never prompt unless `interactive`.
 */
export interface Context {
  cwd: string;
  version: string;
  modules: readonly ModuleInfo[];
  options: CliOptions;
  /** A terminal is attached and `--yes` was not given: missing values are asked. */
  interactive: boolean;
  prompt: Prompter;
  fs: FileSystem;
  exec: Exec;
  env: Record<string, string | undefined>;
  /** Today as YYYY-MM-DD. */
  today: () => string;
  log: (text: string) => void;
  // Filled in by the steps:
  answers?: ProjectAnswers;
  packageManager?: PackageManager;
  target?: string;
  /** State of the target folder before anything is written. */
  targetState?: 'missing' | 'empty' | 'not-empty';
  tree?: FsTree;
  install?: boolean;
  git?: boolean;
  notes: string[];
  /**
   * The language the run speaks: the one chosen for the app (`--locale`, the config's first
   * locale, the language prompt), German until one is chosen.
   */
  language: Language;
}
