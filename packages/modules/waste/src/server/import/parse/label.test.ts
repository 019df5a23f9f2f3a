import { describe, expect, it } from 'vitest';
import { cleanLabel } from './label.js';

describe('cleanLabel', () => {
  it.each([
    ['Abfuhr: Papier 4-wö.', 'Papier'],
    ['Leerung Restabfall', 'Restabfall'],
    ['Abholung Gelber Sack', 'Gelber Sack'],
    ['Abfallkalender: Bioabfall', 'Bioabfall'],
    ['Restabfall 14-tägl.', 'Restabfall'],
    ['Bioabfall (2-wöchentlich)', 'Bioabfall'],
    ['Gelbe Tonne - Hagenow Nord', 'Gelbe Tonne'],
    ['Papier/Pappe 4-wöchentlich – Hagenow Heide', 'Papier/Pappe'],
    ['Restmüll 14tägig', 'Restmüll'],
    ['Biotonne wöchentlich', 'Biotonne'],
    ['Restabfall 2-wö., Papier 4-wö.', 'Restabfall, Papier'],
    ['  Restabfall,  Papier ', 'Restabfall, Papier'],
    ['Abfuhrtermin Leerung: Weihnachtsbäume', 'Weihnachtsbäume'],
  ])('%s → %s', (text, label) => {
    expect(cleanLabel(text)).toBe(label);
  });

  it('keeps words that merely begin like a prefix or end like a rhythm', () => {
    expect(cleanLabel('Abfuhrkalender Papier')).toBe('Abfuhrkalender Papier');
    expect(cleanLabel('Sammlungsstelle')).toBe('Sammlungsstelle');
    expect(cleanLabel('Glas-Container')).toBe('Glas-Container');
  });

  it('keeps the whole text rather than nothing', () => {
    expect(cleanLabel('Abfuhr')).toBe('Abfuhr');
    expect(cleanLabel('(4-wö.)')).toBe('(4-wö.)');
  });
});
