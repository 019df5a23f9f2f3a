import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import { instant, localDate, localDateTime, plainText, timeOfDay } from './schemas.js';

describe('input schemas', () => {
  it('refuse control characters first, before length checks', () => {
    const name = plainText().trim().min(2).max(5);
    const result = name.safeParse('a\u0000');
    expect(result.success).toBe(false);
    expect(result.error?.issues).toHaveLength(1);
    expect(result.error?.issues[0]?.code).toBe('custom');
    expect(name.parse('  Anna ')).toBe('Anna');
    expect(plainText().parse('Zeile 1\n\tZeile 2')).toBe('Zeile 1\n\tZeile 2');
  });

  it('refuse impossible dates and times', () => {
    expect(localDate().safeParse('2026-02-30').success).toBe(false);
    expect(localDate().safeParse('2026-02-28').success).toBe(true);
    expect(timeOfDay().safeParse('24:00').success).toBe(false);
    expect(timeOfDay({ endOfDay: true }).safeParse('24:00').success).toBe(true);
    expect(localDateTime().safeParse('2026-12-38T10:00').success).toBe(false);
    expect(instant().safeParse('9999-12-31T23:59:59+01:00').success).toBe(false);
    expect(instant().safeParse('2026-12-31T23:59:59+01:00').success).toBe(true);
  });

  it('describe themselves in JSON Schema', () => {
    expect(z.toJSONSchema(localDate())).toMatchObject({ type: 'string', format: 'date' });
    expect(z.toJSONSchema(instant())).toMatchObject({ type: 'string', format: 'date-time' });
  });
});
