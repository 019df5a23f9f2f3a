import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { isFailing, sourceStateOf } from './source-health.js';

describe('how a source stands', () => {
  it('is waiting before its first run, working after a success, failing after an error', () => {
    expect(sourceStateOf({ lastSuccessAt: null, lastErrorAt: null })).toBe('waiting');
    expect(sourceStateOf({ lastSuccessAt: '2026-06-01T10:00:00.000Z', lastErrorAt: null })).toBe(
      'working',
    );
    expect(sourceStateOf({ lastSuccessAt: null, lastErrorAt: '2026-06-01T10:00:00.000Z' })).toBe(
      'failing',
    );
  });

  it('goes by whichever came last: an old error does not make a working source fail', () => {
    const earlier = '2026-06-01T09:59:59.999Z';
    const later = '2026-06-01T10:00:00.000Z';
    expect(sourceStateOf({ lastSuccessAt: earlier, lastErrorAt: later })).toBe('failing');
    expect(sourceStateOf({ lastSuccessAt: later, lastErrorAt: earlier })).toBe('working');
  });

  it('is failing exactly when its last error is later in time than its last success', () => {
    const instant = fc
      .date({
        min: new Date('1970-01-01T00:00:00Z'),
        max: new Date('9999-12-31T23:59:59Z'),
        noInvalidDate: true,
      })
      .map((d) => d.toISOString());
    fc.assert(
      fc.property(fc.option(instant), fc.option(instant), (lastSuccessAt, lastErrorAt) => {
        const expected =
          lastErrorAt !== null &&
          (lastSuccessAt === null || Date.parse(lastErrorAt) > Date.parse(lastSuccessAt));
        expect(isFailing({ lastSuccessAt, lastErrorAt })).toBe(expected);
        expect(sourceStateOf({ lastSuccessAt, lastErrorAt }) === 'failing').toBe(expected);
      }),
    );
  });
});
