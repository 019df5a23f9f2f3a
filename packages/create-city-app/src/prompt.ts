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

/**
 * The terminal prompts (Inquirer), in the language each question is asked in (German unless
 * it says English). Loaded on first use: a run without a terminal (CI, `--yes`) never pays
 * for them. Ctrl+C rejects with an ExitPromptError.
 */
export const terminalPrompter: Prompter = {
  async text({ message, default: fallback, validate }) {
    const { default: input } = await import('@inquirer/input');
    return input({
      message,
      ...(fallback !== undefined ? { default: fallback } : {}),
      ...(validate ? { validate } : {}),
    });
  },
  async select({ message, choices, default: fallback, language }) {
    const { default: select } = await import('@inquirer/select');
    return select({
      message,
      choices,
      ...(fallback !== undefined ? { default: fallback } : {}),
      pageSize: 16,
      theme: keysTheme(language),
    });
  },
  async multiselect({ message, choices, language }) {
    const { default: checkbox } = await import('@inquirer/checkbox');
    return checkbox({ message, choices, pageSize: 16, theme: keysTheme(language) });
  },
  async confirm({ message, default: fallback, language }) {
    const say = TERMINAL_MESSAGES[languageOf(language)];
    if (say === TERMINAL_MESSAGES.en) {
      const { default: confirm } = await import('@inquirer/confirm');
      return confirm({ message, ...(fallback !== undefined ? { default: fallback } : {}) });
    }
    // Inquirer's yes/no prompt reads only y and n; in German the answer is chosen instead.
    const { default: select } = await import('@inquirer/select');
    const answer = await select({
      message,
      choices: [
        { value: 'yes', name: say.yes },
        { value: 'no', name: say.no },
      ],
      default: fallback === false ? 'no' : 'yes',
      theme: keysTheme(language),
    });
    return answer === 'yes';
  },
};
