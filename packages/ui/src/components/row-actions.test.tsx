import { renderToStaticMarkup } from 'react-dom/server';
import { describe, expect, it } from 'vitest';
import { RowActions } from '../index.js';

describe('RowActions', () => {
  it('shows the row’s buttons with their words, each named with its row, leaving out gaps', () => {
    const html = renderToStaticMarkup(
      <RowActions
        actions={[
          { word: 'Verschieben', name: 'Verschieben: Samstag', onClick() {} },
          false,
          {
            word: 'Löschen',
            name: 'Löschen: Samstag',
            variant: 'danger',
            busy: true,
            onClick() {},
          },
        ]}
      />,
    );
    const buttons = [...html.matchAll(/<button([^>]*)>(.*?)<\/button>/g)];
    expect(html.startsWith('<div class="city-row-actions">')).toBe(true);
    expect(buttons.map((b) => /aria-label="([^"]*)"/.exec(b[1] ?? '')?.[1])).toEqual([
      'Verschieben: Samstag',
      'Löschen: Samstag',
    ]);
    expect(buttons[0]?.[2]).toBe('Verschieben');
    expect(buttons[0]?.[1]).toContain('city-button--secondary');
    expect(buttons[1]?.[1]).toContain('city-button--danger');
    expect(buttons[1]?.[1]).toContain('aria-busy="true"');
  });
});
