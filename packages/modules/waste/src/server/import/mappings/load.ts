import type { Queryable } from '@city-app/server';

/** The mapping table as the label resolver reads it: text key → waste type, or null for "ignore". */
export async function loadMappings(db: Queryable): Promise<Map<string, string | null>> {
  const { rows } = await db.query<{ text_key: string; type_id: string | null }>(
    'SELECT text_key, type_id FROM waste_mappings',
  );
  return new Map(rows.map((r) => [r.text_key, r.type_id]));
}
