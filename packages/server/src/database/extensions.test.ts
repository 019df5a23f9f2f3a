import { describe, expect, it } from 'vitest';
import { openPglite } from './pglite.js';

describe('PGlite extensions', () => {
  it('provides btree_gist for exclusion constraints over ranges and ids', async () => {
    const db = await openPglite('memory://');
    try {
      await db.query(`
        CREATE EXTENSION IF NOT EXISTS btree_gist;
        CREATE TABLE slots (room int, during tstzrange, EXCLUDE USING gist (room WITH =, during WITH &&));
        INSERT INTO slots VALUES (1, '[2026-03-29 09:00+02, 2026-03-29 10:00+02)');`);
      await expect(
        db.query(`INSERT INTO slots VALUES (1, '[2026-03-29 09:30+02, 2026-03-29 10:30+02)')`),
      ).rejects.toThrow(/exclusion constraint/);
      await db.query(`INSERT INTO slots VALUES (2, '[2026-03-29 09:30+02, 2026-03-29 10:30+02)')`);
      const { rows } = await db.query<{ n: number }>('SELECT count(*)::int AS n FROM slots');
      expect(rows[0]?.n).toBe(2);
    } finally {
      await db.close();
    }
  });
});
