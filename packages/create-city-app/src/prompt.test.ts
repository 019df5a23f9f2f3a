import { PassThrough, Writable } from 'node:stream';
import { describe, expect, it } from 'vitest';
import { createTerminalPrompter } from './prompt.js';

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

describe('the terminal prompts', () => {
  it('name their keys in German, and ask yes or no as Ja and Nein', async () => {
    const terminal = fakeTerminal();
    const prompt = createTerminalPrompter(terminal);
    const modules = prompt.multiselect({
      name: 'modules',
      message: 'Module',
      language: 'de',
      choices: [
        { value: 'news', name: 'Aktuelles', checked: true },
        { value: 'waste', name: 'Abfallkalender', checked: true },
      ],
    });
    await terminal.type(ENTER);
    expect(await modules).toEqual(['news', 'waste']);
    expect(terminal.plain()).toContain(
      '↑↓ blättern • Leertaste auswählen • a alle • i umkehren • ⏎ bestätigen',
    );

    // Each prompt ends its terminal's output stream, as a real run's next prompt gets stdout anew.
    const yesNo = fakeTerminal();
    const git = createTerminalPrompter(yesNo).confirm({
      name: 'git',
      message: 'Git-Repository anlegen?',
      language: 'de',
      default: true,
    });
    await yesNo.type(DOWN, ENTER);
    expect(await git).toBe(false);
    expect(yesNo.plain()).toContain('❯ Ja');
    expect(yesNo.plain()).toContain('Git-Repository anlegen? Nein');
    expect(`${terminal.plain()}${yesNo.plain()}`).not.toMatch(/navigate|Y\/n|Yes|No\b/);
  });

  it('keeps Inquirer’s English words for an English question', async () => {
    const terminal = fakeTerminal();
    const prompt = createTerminalPrompter(terminal);
    const state = prompt.select({
      name: 'state',
      message: 'State (Bundesland)',
      language: 'en',
      choices: [
        { value: 'DE-BB', name: 'Brandenburg (DE-BB)' },
        { value: 'DE-MV', name: 'Mecklenburg-Vorpommern (DE-MV)' },
      ],
    });
    await terminal.type(DOWN, ENTER);
    expect(await state).toBe('DE-MV');
    expect(terminal.plain()).toContain('↑↓ navigate • ⏎ select');

    const yesNo = fakeTerminal();
    const git = createTerminalPrompter(yesNo).confirm({
      name: 'git',
      message: 'Create a git repository?',
      language: 'en',
      default: true,
    });
    await yesNo.type('n', ENTER);
    expect(await git).toBe(false);
    expect(yesNo.plain()).toContain('Create a git repository? (Y/n)');
  });
});
