import type { Queryable } from '@city-app/server';
import type { LabelMapping } from '../labels/resolve.js';

/** Staff's entries of the mapping table: text key → waste type, or null for "do not import". */
export async function loadMappings(db: Queryable): Promise<LabelMapping[]> {
  const { rows } = await db.query<{ text_key: string; type_id: string | null }>(
    'SELECT text_key, type_id FROM waste_mappings',
  );
  return rows.map((r) => ({ textKey: r.text_key, typeId: r.type_id }));
}
