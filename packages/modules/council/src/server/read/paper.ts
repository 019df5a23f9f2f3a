import type { Queryable } from '@city-app/server';
import type { PaperDetail } from '../../api/paper.js';
import { dayOf } from '../oparl/dates.js';
import { documentsOf, idsIn, webAddress } from './documents.js';

const str = (value: unknown, max: number) =>
  typeof value === 'string' && value.trim() ? value.trim().slice(0, max) : null;

/** A paper's page: what it is, its documents, and the meetings that discuss it. */
export async function readPaper(db: Queryable, key: string): Promise<PaperDetail | null> {
  const found = await db.query<{ id: string; name: string | null; data: Record<string, unknown> }>(
    `SELECT id, name, data FROM council_objects WHERE key = $1 AND type = 'Paper' AND NOT deleted`,
    [key],
  );
  const paper = found.rows[0];
  if (!paper) return null;
  const consultations = await db.query<{
    key: string;
    role: string | null;
    meeting_key: string | null;
    meeting_name: string | null;
    starts_at: Date | string | null;
    committees: string[];
  }>(
    `SELECT c.key, c.data->>'role' AS role, m.key AS meeting_key, m.name AS meeting_name, m.starts_at,
       ARRAY(SELECT o.name FROM council_objects o
             WHERE o.id = ANY(c.organizations) AND NOT o.deleted AND o.name IS NOT NULL
             ORDER BY o.name) AS committees
     FROM council_objects c
     LEFT JOIN council_objects m ON m.id = c.data->>'meeting' AND m.type = 'Meeting' AND NOT m.deleted
     WHERE c.parent = $1 AND c.type = 'Consultation' AND NOT c.deleted
     ORDER BY m.starts_at NULLS LAST`,
    [paper.id],
  );
  return {
    key,
    name: paper.name,
    reference: str(paper.data.reference, 100),
    paperType: str(paper.data.paperType, 200),
    date: dayOf(paper.data.date),
    documents: await documentsOf(db, idsIn(paper.data, ['mainFile', 'auxiliaryFile'])),
    consultations: consultations.rows.map((c) => ({
      key: c.key,
      meeting: c.meeting_key
        ? {
            key: c.meeting_key,
            name: c.meeting_name,
            start: c.starts_at ? new Date(c.starts_at).toISOString() : null,
          }
        : null,
      committees: c.committees ?? [],
      role: str(c.role, 200),
    })),
    web: webAddress(paper.data.web),
  };
}
