import type { Queryable } from '@city-app/server';
import { labelKey } from '../labels/label-key.js';

export interface SeenLabel {
  textKey: string;
  label: string;
  count: number;
}

const KEY = 'import-unmapped';
const MAX_SEEN = 200;

/** Texts of imported files that named no waste type, most frequent first. */
export async function seenLabels(db: Queryable): Promise<SeenLabel[]> {
  const { rows } = await db.query<{ value: SeenLabel[] }>(
    'SELECT value FROM waste_state WHERE key = $1',
    [KEY],
  );
  return rows[0]?.value ?? [];
}

/**
 * Adds an import's unmapped texts to those seen before, so staff find them in the mapping
 * table after the import; written in the import's transaction.
 */
export async function rememberUnmapped(
  tx: Queryable,
  unmapped: { label: string; count: number }[],
): Promise<void> {
  if (!unmapped.length) return;
  const seen = new Map((await seenLabels(tx)).map((s) => [s.textKey, s]));
  for (const { label, count } of unmapped) {
    const key = labelKey(label);
    const before = seen.get(key);
    seen.set(key, {
      textKey: key,
      label: before?.label ?? label,
      count: (before?.count ?? 0) + count,
    });
  }
  const list = [...seen.values()].sort((a, b) => b.count - a.count).slice(0, MAX_SEEN);
  await tx.query(
    `INSERT INTO waste_state (key, value) VALUES ($1, $2::jsonb)
     ON CONFLICT (key) DO UPDATE SET value = excluded.value`,
    [KEY, JSON.stringify(list)],
  );
}
