import { describe, expect, it } from 'vitest';
import { csvField } from './csv.js';

describe('csvField', () => {
  it('quotes only what needs it and doubles quotes', () => {
    expect(csvField('Müller')).toBe('Müller');
    expect(csvField('a;b')).toBe('"a;b"');
    expect(csvField('Sie sagte "ja"')).toBe('"Sie sagte ""ja"""');
    expect(csvField('zwei\nZeilen')).toBe('"zwei\nZeilen"');
    expect(csvField(' Rand ')).toBe('" Rand "');
    expect(csvField(null)).toBe('');
    expect(csvField(3)).toBe('3');
  });

  it('keeps formulas from running in a spreadsheet', () => {
    expect(csvField('=HYPERLINK("x")')).toBe(`"'=HYPERLINK(""x"")"`);
    expect(csvField('+49 3883 123')).toBe("'+49 3883 123");
    expect(csvField('@home')).toBe("'@home");
  });
});
