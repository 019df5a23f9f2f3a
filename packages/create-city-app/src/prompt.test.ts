import { PassThrough, Writable } from 'node:stream';
import { describe, expect, it } from 'vitest';
import { createTerminalPrompter } from './prompt.js';
import type { Prompter } from './steps/context.js';

/** A terminal to type into: what the prompt drew, without colours and cursor moves. */
function fakeTerminal() {
  const input = new PassThrough();
  let drawn = '';
  const output = new Writable({
    write(chunk, _encoding, done) {
      drawn += String(chunk);
      done();
    },
  });
  // biome-ignore lint/suspicious/noControlCharactersInRegex: terminal escape sequences
  const plain = () => drawn.replace(/\x1b\[[0-9;?]*[A-Za-z]/g, '');
  const pause = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));
  /** Presses keys once the prompt has drawn itself (it listens from then on), one by one. */
  const type = async (...keys: string[]) => {
    for (let waited = 0; !drawn && waited < 5000; waited += 10) await pause(10);
    for (const key of keys) {
      await pause(20);
      input.write(key);
    }
  };
  return { input, output, plain, type };
}

const DOWN = '\x1b[B';
const ENTER = '\r';

/**
 * Asks one question on a terminal of its own (a prompt ends its output stream, as a real run's
 * next prompt gets stdout anew), types `keys`, and returns the answer and what was drawn.
 */
async function ask<T>(
  question: (prompt: Prompter) => Promise<T>,
  ...keys: string[]
): Promise<{ answer: T; drawn: string }> {
  const terminal = fakeTerminal();
  const pending = question(createTerminalPrompter(terminal));
  await terminal.type(...keys);
  return { answer: await pending, drawn: terminal.plain() };
}

describe('the terminal prompts', () => {
  it('name their keys in German, and ask yes or no as Ja and Nein', async () => {
    const modules = await ask(
      (prompt) =>
        prompt.multiselect({
          name: 'modules',
          message: 'Module',
          language: 'de',
          choices: [
            { value: 'news', name: 'Aktuelles', checked: true },
            { value: 'waste', name: 'Abfallkalender', checked: true },
          ],
        }),
      ENTER,
    );
    expect(modules.answer).toEqual(['news', 'waste']);
    expect(modules.drawn).toContain(
      '↑↓ blättern • Leertaste auswählen • a alle • i umkehren • ⏎ bestätigen',
    );

    const git = await ask(
      (prompt) =>
        prompt.confirm({ name: 'git', message: 'Git-Repository anlegen?', language: 'de' }),
      DOWN,
      ENTER,
    );
    expect(git.answer).toBe(false);
    expect(git.drawn).toContain('❯ Ja');
    expect(git.drawn).toContain('Git-Repository anlegen? Nein');
    expect(`${modules.drawn}${git.drawn}`).not.toMatch(/navigate|Y\/n|Yes|No\b/);
  });

  it('keeps Inquirer’s English words for an English question', async () => {
    const state = await ask(
      (prompt) =>
        prompt.select({
          name: 'state',
          message: 'State (Bundesland)',
          language: 'en',
          choices: [
            { value: 'DE-BB', name: 'Brandenburg (DE-BB)' },
            { value: 'DE-MV', name: 'Mecklenburg-Vorpommern (DE-MV)' },
          ],
        }),
      DOWN,
      ENTER,
    );
    expect(state.answer).toBe('DE-MV');
    expect(state.drawn).toContain('↑↓ navigate • ⏎ select');

    const git = await ask(
      (prompt) =>
        prompt.confirm({ name: 'git', message: 'Create a git repository?', language: 'en' }),
      'n',
      ENTER,
    );
    expect(git.answer).toBe(false);
    expect(git.drawn).toContain('Create a git repository? (Y/n)');
  });
});
