import type { Queryable } from '@city-app/server';
import type { AgendaItem, MeetingDetail, PaperRef } from '../../api/meeting.js';
import { documentsOf, idsIn, webAddress } from './documents.js';
import { MEETING_COLUMNS, type MeetingRow, meetingSummary } from './meetings.js';

const MEETING_FILES = ['invitation', 'resultsProtocol', 'verbatimProtocol', 'auxiliaryFile'];

interface ItemRow {
  id: string;
  key: string;
  name: string | null;
  data: Record<string, unknown>;
}

const str = (value: unknown) => (typeof value === 'string' && value.trim() ? value.trim() : null);

/**
 * A meeting's page: the meeting, its public agenda in the source's order (an item marked not
 * public is left out), the papers on each item, and the meeting's documents.
 */
export async function readMeeting(db: Queryable, key: string): Promise<MeetingDetail | null> {
  const found = await db.query<
    MeetingRow & { id: string; data: Record<string, unknown>; organizations: string[] }
  >(
    `SELECT m.id, m.data, m.organizations, ${MEETING_COLUMNS} FROM council_objects m
     WHERE m.key = $1 AND m.type = 'Meeting' AND NOT m.deleted`,
    [key],
  );
  const meeting = found.rows[0];
  if (!meeting) return null;
  const items = await db.query<ItemRow>(
    `SELECT id, key, name, data FROM council_objects
     WHERE parent = $1 AND type = 'AgendaItem' AND NOT deleted
       AND COALESCE(data->>'public', 'true') <> 'false'`,
    [meeting.id],
  );
  const order = idsIn(meeting.data, ['agendaItem']);
  const position = (id: string) => {
    const at = order.indexOf(id);
    return at < 0 ? order.length : at;
  };
  const sorted = [...items.rows].sort(
    (a, b) =>
      position(a.id) - position(b.id) ||
      String(a.data.number ?? '').localeCompare(String(b.data.number ?? ''), 'de', {
        numeric: true,
      }),
  );
  // Papers reach an item through a consultation: named by the item, or naming this meeting.
  const consultationIds = sorted.flatMap((item) => idsIn(item.data, ['consultation']));
  const papers = await db.query<{
    item: string | null;
    consultation: string;
    key: string;
    name: string | null;
    reference: string | null;
  }>(
    `SELECT c.data->>'agendaItem' AS item, c.id AS consultation, p.key, p.name,
            p.data->>'reference' AS reference
     FROM council_objects c
     JOIN council_objects p ON p.id = c.parent AND p.type = 'Paper' AND NOT p.deleted
     WHERE c.type = 'Consultation' AND NOT c.deleted
       AND (c.data->>'meeting' = $1 OR c.id = ANY($2::text[]))`,
    [meeting.id, consultationIds],
  );
  const agenda: AgendaItem[] = sorted.map((item) => {
    const own = new Set(idsIn(item.data, ['consultation']));
    const refs = new Map<string, PaperRef>();
    for (const p of papers.rows) {
      if (p.item === item.id || own.has(p.consultation)) {
        refs.set(p.key, { key: p.key, name: p.name, reference: p.reference });
      }
    }
    return {
      key: item.key,
      number: str(item.data.number)?.slice(0, 20) ?? null,
      name: item.name,
      result: str(item.data.result)?.slice(0, 300) ?? null,
      papers: [...refs.values()],
    };
  });
  return {
    ...meetingSummary(meeting),
    agenda,
    documents: await documentsOf(db, idsIn(meeting.data, MEETING_FILES)),
    organizations: (
      await db.query<{ key: string; name: string | null }>(
        `SELECT o.key, o.name FROM council_objects o
          WHERE o.id = ANY($1::text[]) AND o.type = 'Organization' AND NOT o.deleted
          ORDER BY o.name, o.key`,
        [meeting.organizations],
      )
    ).rows,
    web: webAddress(meeting.data.web),
  };
}
