import { languageOf } from './messages/language.js';
import { TERMINAL_MESSAGES } from './messages/terminal.js';
import type { Prompter } from './steps/context.js';

/** The prompts' help line ("↑↓ navigate • ⏎ submit") in the question's language. */
function keysTheme(language: unknown) {
  const words = TERMINAL_MESSAGES[languageOf(language)].keys;
  return {
    style: {
      keysHelpTip: (keys: [key: string, action: string][]) =>
        keys.map(([key, action]) => `${words[key] ?? key} ${words[action] ?? action}`).join(' • '),
    },
  };
}

/** Where the prompts read keys and draw; the process's terminal unless given. */
export interface PromptStreams {
  input?: NodeJS.ReadableStream;
  output?: NodeJS.WritableStream;
}

/**
 * The terminal prompts (Inquirer), in the language each question is asked in (German unless
 * it says English). Loaded on first use: a run without a terminal (CI, `--yes`) never pays
 * for them. Ctrl+C rejects with an ExitPromptError.
 */
export function createTerminalPrompter(streams: PromptStreams = {}): Prompter {
  const on = streams.input || streams.output ? streams : undefined;
  return {
    async text({ message, default: fallback, validate }) {
      const { default: input } = await import('@inquirer/input');
      const question = {
        message,
        ...(fallback !== undefined ? { default: fallback } : {}),
        ...(validate ? { validate } : {}),
      };
      return input(question, on);
    },
    async select({ message, choices, default: fallback, language }) {
      const { default: select } = await import('@inquirer/select');
      const question = {
        message,
        choices,
        ...(fallback !== undefined ? { default: fallback } : {}),
        pageSize: 16,
        theme: keysTheme(language),
      };
      return select(question, on);
    },
    async multiselect({ message, choices, language }) {
      const { default: checkbox } = await import('@inquirer/checkbox');
      return checkbox({ message, choices, pageSize: 16, theme: keysTheme(language) }, on);
    },
    async confirm({ message, default: fallback, language }) {
      const say = TERMINAL_MESSAGES[languageOf(language)];
      if (say === TERMINAL_MESSAGES.en) {
        const { default: confirm } = await import('@inquirer/confirm');
        return confirm({ message, ...(fallback !== undefined ? { default: fallback } : {}) }, on);
      }
      // Inquirer's yes/no prompt reads only y and n; in German the answer is chosen instead.
      const { default: select } = await import('@inquirer/select');
      const question = {
        message,
        choices: [
          { value: 'yes', name: say.yes },
          { value: 'no', name: say.no },
        ],
        default: fallback === false ? 'no' : 'yes',
        theme: keysTheme(language),
      };
      return (await select(question, on)) === 'yes';
    },
  };
}

export const terminalPrompter: Prompter = createTerminalPrompter();
