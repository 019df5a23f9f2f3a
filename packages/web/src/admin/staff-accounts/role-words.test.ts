import { createTranslator } from '@city-app/core';
import { describe, expect, it } from 'vitest';
import { staffAccountsMessages } from './messages.js';
import { roleWord } from './role-words.js';

const t = createTranslator('de', staffAccountsMessages);
const waste = { id: 'waste', title: { de: 'Abfallkalender', en: 'Waste calendar' } };

describe('a role in words', () => {
  it('adds the module’s name to a module’s role', () => {
    const role = { id: 'librarian', title: { de: 'Bibliothek', en: 'Library' }, module: waste };
    expect(roleWord(role, 'de', t)).toBe('Bibliothek (Abfallkalender)');
  });

  it('names it once when the role is called like its module', () => {
    const role = { id: 'waste', title: waste.title, module: waste };
    expect(roleWord(role, 'de', t)).toBe('Abfallkalender');
    expect(roleWord(role, 'en', createTranslator('en', staffAccountsMessages))).toBe(
      'Waste calendar',
    );
  });
});
