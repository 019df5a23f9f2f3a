import { describe, expect, it } from 'vitest';
import { DEFAULT_WASTE_TYPES } from '../../../types/waste-type.js';
import { labelKey } from './label-key.js';
import { labelIndex, resolveLabel } from './resolve.js';

const index = labelIndex(DEFAULT_WASTE_TYPES, []);

describe('labelKey', () => {
  it('ignores case, umlauts, spaces and punctuation', () => {
    expect(labelKey('Papier / Pappe')).toBe(labelKey('PAPIER-PAPPE'));
    expect(labelKey('Restmüll')).toBe(labelKey('Restmuell'));
    expect(labelKey('Weihnachtsbäume')).toBe('weihnachtsbaeume');
    expect(labelKey(' Gelbe  Tonne. ')).toBe('gelbetonne');
  });
});

describe('resolveLabel', () => {
  it('finds a type by its name, its id or an alias, however it is written', () => {
    expect(resolveLabel('Restabfall', index)).toEqual({ typeIds: ['restabfall'], unmapped: [] });
    expect(resolveLabel('hausmuell', index).typeIds).toEqual(['restabfall']);
    expect(resolveLabel('GELBER SACK', index).typeIds).toEqual(['gelbe-tonne']);
    expect(resolveLabel('Organic waste', index).typeIds).toEqual(['bioabfall']);
  });

  it('tries the whole label before splitting it, so "Papier/Pappe" stays one type', () => {
    expect(resolveLabel('Papier/Pappe', index)).toEqual({ typeIds: ['papier'], unmapped: [] });
  });

  it('splits several types on , ; + & and "und"', () => {
    expect(resolveLabel('Restabfall, Papier', index).typeIds).toEqual(['restabfall', 'papier']);
    expect(resolveLabel('Bio + Restmüll', index).typeIds).toEqual(['bioabfall', 'restabfall']);
    expect(resolveLabel('Papier & Gelbe Tonne; Bio', index).typeIds).toEqual([
      'papier',
      'gelbe-tonne',
      'bioabfall',
    ]);
    expect(resolveLabel('Restabfall und Biotonne', index).typeIds).toEqual([
      'restabfall',
      'bioabfall',
    ]);
    expect(resolveLabel('Restabfall, Restmüll', index).typeIds).toEqual(['restabfall']);
  });

  it('returns the parts it cannot place, as written', () => {
    expect(resolveLabel('Restabfall, Sperrmüll', index)).toEqual({
      typeIds: ['restabfall'],
      unmapped: ['Sperrmüll'],
    });
    expect(resolveLabel('Schadstoffmobil', index)).toEqual({
      typeIds: [],
      unmapped: ['Schadstoffmobil'],
    });
  });

  it('follows the staff’s mapping entries first, including "ignore this text"', () => {
    const staff = labelIndex(DEFAULT_WASTE_TYPES, [
      { textKey: labelKey('Sperrmüll'), typeId: null },
      { textKey: labelKey('Bio'), typeId: 'restabfall' },
      { textKey: labelKey('Rest- und Biotonne'), typeId: 'bioabfall' },
    ]);
    expect(resolveLabel('Restabfall, Sperrmüll', staff)).toEqual({
      typeIds: ['restabfall'],
      unmapped: [],
    });
    expect(resolveLabel('Sperrmüll', staff)).toEqual({ typeIds: [], unmapped: [] });
    expect(resolveLabel('Bio', staff).typeIds).toEqual(['restabfall']);
    expect(resolveLabel('Rest- und Biotonne', staff).typeIds).toEqual(['bioabfall']);
  });
});
