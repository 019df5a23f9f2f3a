import { contrastRatio, MIN_TEXT_CONTRAST } from '@city-app/core';
import { describe, expect, it } from 'vitest';
import { applyTheme, MIN_NON_TEXT_CONTRAST, themeVariables } from './theme.js';

/** Every text-on-background pair the stylesheet draws with theme colours. */
const TEXT_PAIRS = [
  ['--city-on-primary', '--city-primary'],
  ['--city-on-primary', '--city-primary-hover'],
  ['--city-link', '--city-background'],
  ['--city-on-primary-soft', '--city-primary-soft'],
  ['--city-text', '--city-background'],
  ['--city-text', '--city-surface'],
  ['--city-muted', '--city-background'],
  ['--city-muted', '--city-surface'],
  ['--city-error', '--city-background'],
  ['--city-success', '--city-background'],
] as const;

function hexGrid(): string[] {
  const steps = ['00', '33', '66', '99', 'cc', 'ff'];
  const colours: string[] = [];
  for (const r of steps)
    for (const g of steps) for (const b of steps) colours.push(`#${r}${g}${b}`);
  return colours;
}

describe('themeVariables', () => {
  it('keeps the default Hagenow-like colours as they are', () => {
    const vars = themeVariables({ primaryColor: '#1a5f7a', onPrimaryColor: '#ffffff' });
    expect(vars['--city-primary']).toBe('#1a5f7a');
    expect(vars['--city-on-primary']).toBe('#ffffff');
    expect(vars['--city-link']).toBe('#1a5f7a');
  });

  it('reaches 4.5:1 for every text pair and 3:1 for the focus ring, for any brand colour', () => {
    for (const primaryColor of hexGrid()) {
      for (const onPrimaryColor of ['#ffffff', '#000000', '#1b1b1f']) {
        const vars = themeVariables({ primaryColor, onPrimaryColor });
        for (const [text, background] of TEXT_PAIRS) {
          const ratio = contrastRatio(vars[text], vars[background]);
          expect(
            ratio,
            `${text} on ${background} for ${primaryColor}/${onPrimaryColor}`,
          ).toBeGreaterThanOrEqual(MIN_TEXT_CONTRAST);
        }
        expect(
          contrastRatio(vars['--city-focus'], vars['--city-background']),
        ).toBeGreaterThanOrEqual(MIN_NON_TEXT_CONTRAST);
      }
    }
  });

  it('repairs a primary colour that is too light for its text colour', () => {
    const vars = themeVariables({ primaryColor: '#7fb3d5', onPrimaryColor: '#ffffff' });
    expect(vars['--city-primary']).not.toBe('#7fb3d5');
    expect(contrastRatio(vars['--city-primary'], '#ffffff')).toBeGreaterThanOrEqual(
      MIN_TEXT_CONTRAST,
    );
  });

  it('refuses a colour that is not hex, naming it', () => {
    expect(() => themeVariables({ primaryColor: 'teal', onPrimaryColor: '#ffffff' })).toThrow(
      /"teal" is not a colour/,
    );
  });
});

describe('applyTheme', () => {
  it('sets every variable on the given element', () => {
    const set = new Map<string, string>();
    const vars = applyTheme(
      { primaryColor: '#8a1538', onPrimaryColor: '#ffffff' },
      { style: { setProperty: (name, value) => set.set(name, value) } },
    );
    expect(Object.fromEntries(set)).toEqual(vars);
    expect(set.get('--city-primary')).toBe('#8a1538');
  });
});
