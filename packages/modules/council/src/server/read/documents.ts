import type { Queryable } from '@city-app/server';
import type { CouncilDocument } from '../../api/document.js';

/** Only web addresses become links: a `javascript:` address from a server is no document. */
const webAddress = (value: unknown): string | null =>
  typeof value === 'string' && /^https?:\/\//i.test(value) && URL.canParse(value) ? value : null;

/** The ids an object names in these fields (one id, or a list of them). */
export function idsIn(data: Record<string, unknown>, fields: readonly string[]): string[] {
  return fields.flatMap((field) => {
    const value = data[field];
    return (Array.isArray(value) ? value : [value]).filter(
      (v): v is string => typeof v === 'string',
    );
  });
}

/** The files with these ids that can be opened at the source, in the order given, each once. */
export async function documentsOf(
  db: Queryable,
  ids: readonly string[],
): Promise<CouncilDocument[]> {
  const unique = [...new Set(ids)];
  if (!unique.length) return [];
  const { rows } = await db.query<{ id: string; data: Record<string, unknown> }>(
    `SELECT id, data FROM council_objects
     WHERE id = ANY($1::text[]) AND type = 'File' AND NOT deleted`,
    [unique],
  );
  const byId = new Map(rows.map((r) => [r.id, r.data]));
  return unique.flatMap((id) => {
    const data = byId.get(id);
    const url = webAddress(data?.accessUrl) ?? webAddress(data?.downloadUrl);
    if (!data || !url) return [];
    const name =
      (typeof data.name === 'string' && data.name.trim()) ||
      (typeof data.fileName === 'string' && data.fileName.trim()) ||
      decodeURIComponent(new URL(url).pathname.split('/').pop() ?? '') ||
      url;
    return [
      {
        name: name.slice(0, 300),
        url,
        mimeType: typeof data.mimeType === 'string' ? data.mimeType.slice(0, 100) : null,
        size: typeof data.size === 'number' && data.size >= 0 ? data.size : null,
      },
    ];
  });
}

export { webAddress };
