import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { contrastRatio, nearestAccessibleColor, parseHex, toHex } from './contrast.js';

describe('contrast', () => {
  it('matches the WCAG reference values', () => {
    expect(contrastRatio('#000000', '#ffffff')).toBeCloseTo(21, 5);
    expect(contrastRatio('#ffffff', '#ffffff')).toBeCloseTo(1, 5);
    // #767676 on white is the classic 4.54:1 grey.
    expect(contrastRatio('#767676', '#ffffff')).toBeCloseTo(4.54, 2);
  });

  it('reads short and long hex', () => {
    expect(parseHex('#fff')).toEqual([255, 255, 255]);
    expect(toHex(parseHex('#1A5F7A'))).toBe('#1a5f7a');
    expect(() => parseHex('blue')).toThrow(/not a colour/);
  });

  it('keeps a colour that already passes', () => {
    expect(nearestAccessibleColor('#1a5f7a', '#ffffff')).toBe('#1a5f7a');
  });

  it('suggests a darker shade for a light primary under white text', () => {
    const suggestion = nearestAccessibleColor('#4fa3d9', '#ffffff');
    expect(contrastRatio(suggestion, '#ffffff')).toBeGreaterThanOrEqual(4.5);
    expect(contrastRatio(suggestion, '#ffffff')).toBeLessThan(4.8);
  });

  it('always finds a passing colour near any input', () => {
    const hex = fc.tuple(fc.nat(255), fc.nat(255), fc.nat(255)).map((rgb) => toHex(rgb));
    fc.assert(
      fc.property(hex, fc.constantFrom('#ffffff', '#000000', '#1b1b1b'), (color, text) => {
        expect(contrastRatio(nearestAccessibleColor(color, text), text)).toBeGreaterThanOrEqual(
          4.5,
        );
      }),
    );
  });
});
