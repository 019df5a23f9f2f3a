import type { Prompter } from './steps/context.js';

/**
 * The terminal prompts (Inquirer). Loaded on first use: a run without a terminal (CI,
 * `--yes`) never pays for them. Ctrl+C rejects with an ExitPromptError.
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
  async select({ message, choices, default: fallback }) {
    const { default: select } = await import('@inquirer/select');
    return select({
      message,
      choices,
      ...(fallback !== undefined ? { default: fallback } : {}),
      pageSize: 16,
    });
  },
  async multiselect({ message, choices }) {
    const { default: checkbox } = await import('@inquirer/checkbox');
    return checkbox({ message, choices, pageSize: 16 });
  },
  async confirm({ message, default: fallback }) {
    const { default: confirm } = await import('@inquirer/confirm');
    return confirm({ message, ...(fallback !== undefined ? { default: fallback } : {}) });
  },
};
