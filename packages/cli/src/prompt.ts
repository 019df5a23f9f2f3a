import type { Prompter } from './context.js';

/**
 * The terminal prompts (Inquirer), loaded on first use, so a run without a terminal never
 * pays for them. Ctrl+C rejects with an ExitPromptError.
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
    return select({ message, choices, ...(fallback !== undefined ? { default: fallback } : {}) });
  },
  async multiselect() {
    throw new Error('city-app asks no multiple-choice questions');
  },
  async confirm({ message, default: fallback }) {
    const { default: confirm } = await import('@inquirer/confirm');
    return confirm({ message, ...(fallback !== undefined ? { default: fallback } : {}) });
  },
};
