import { readFile } from 'node:fs/promises';
import { describe, expect, it } from 'vitest';
import { errorsMarkdown } from './docs.js';

describe('docs/errors.md', () => {
  it('is what the catalogue says', async () => {
    const committed = await readFile(
      new URL('../../../../docs/errors.md', import.meta.url),
      'utf8',
    );
    expect(committed, 'run: pnpm --filter @city-app/core build write:errors').toBe(
      errorsMarkdown(),
    );
  });

  it('lists every code with its status and both languages', () => {
    const table = errorsMarkdown();
    expect(table).toMatch(/\| `slot_taken` +\| 409 +\| 2 +\| Already booked<br>Schon gebucht +\|/);
    expect(table).toMatch(/\| 70 +\| `unexpected` +\|/);
  });
});
