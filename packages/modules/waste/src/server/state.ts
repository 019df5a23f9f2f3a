import type { Queryable } from '@city-app/server';

/**
 * Facts about the calendar as a whole, in `waste_state`. `sample` is set by the seed and cleared
 * by the first import, or by staff who entered the real dates by hand (`endSamples`). Staff's
 * edits of single dates do not clear it: the other dates are still made up.
 */
export async function isSample(db: Queryable): Promise<boolean> {
  const { rows } = await db.query<{ value: unknown }>(
    "SELECT value FROM waste_state WHERE key = 'sample'",
  );
  return rows[0]?.value === true;
}

export async function setSample(db: Queryable, sample: boolean): Promise<void> {
  await db.query(
    `INSERT INTO waste_state (key, value) VALUES ('sample', $1::jsonb)
     ON CONFLICT (key) DO UPDATE SET value = excluded.value`,
    [JSON.stringify(sample)],
  );
}
