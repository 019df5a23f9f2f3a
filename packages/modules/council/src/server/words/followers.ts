import type { Queryable } from '@city-app/server';
import { fold, foundIn } from './fold.js';

/** A meeting to announce: new (its whole public agenda counts) or with items added (those count). */
export interface NewsOf {
  id: string;
  isNew: boolean;
}

/**
 * The texts a word is looked for in, per meeting: its name, and its public agenda items with
 * the papers on them; for an extended agenda only the added items, so a word found in an
 * item the device heard of before does not bring the meeting again.
 */
async function textsOf(
  db: Queryable,
  meetings: NewsOf[],
  addedItems: ReadonlySet<string>,
): Promise<Map<string, string[]>> {
  const ids = meetings.map((m) => m.id);
  const isNew = new Set(meetings.filter((m) => m.isNew).map((m) => m.id));
  const { rows } = await db.query<{ meeting: string; item: string | null; words: string }>(
    `SELECT m.id AS meeting, NULL AS item, m.words FROM council_objects m
      WHERE m.id = ANY($1::text[])
     UNION ALL
     SELECT a.parent, a.id, a.words FROM council_objects a
      WHERE a.parent = ANY($1::text[]) AND a.type = 'AgendaItem' AND NOT a.deleted
        AND COALESCE(a.data->>'public', 'true') <> 'false'
     UNION ALL
     SELECT c.data->>'meeting', c.data->>'agendaItem', p.words FROM council_objects c
       JOIN council_objects p ON p.id = c.parent AND p.type = 'Paper' AND NOT p.deleted
      WHERE c.type = 'Consultation' AND NOT c.deleted AND c.data->>'meeting' = ANY($1::text[])`,
    [ids],
  );
  // Each text on its own: a phrase does not match across the end of one item and the next.
  const texts = new Map<string, string[]>();
  for (const row of rows) {
    const counts = row.item === null || isNew.has(row.meeting) || addedItems.has(row.item);
    if (counts) texts.set(row.meeting, [...(texts.get(row.meeting) ?? []), fold(row.words)]);
  }
  return texts;
}

/** The devices following a word found in each meeting's news, as the table has them. */
export async function wordFollowers(
  db: Queryable,
  meetings: NewsOf[],
  addedItems: readonly string[],
): Promise<Map<string, string[]>> {
  const byMeeting = new Map<string, string[]>();
  if (!meetings.length) return byMeeting;
  // Every word any device follows, once: a town's few thousand at most, each tried on each text.
  const { rows: words } = await db.query<{ folded: string }>(
    'SELECT DISTINCT folded FROM council_word_follows',
  );
  if (!words.length) return byMeeting;
  const texts = await textsOf(db, meetings, new Set(addedItems));
  const found = new Map<string, string[]>();
  for (const [meeting, parts] of texts) {
    const hits = words.map((w) => w.folded).filter((w) => parts.some((text) => foundIn(w, text)));
    if (hits.length) found.set(meeting, hits);
  }
  const all = [...new Set([...found.values()].flat())];
  if (!all.length) return byMeeting;
  const { rows } = await db.query<{ folded: string; installation_id: string }>(
    `SELECT folded, installation_id::text AS installation_id FROM council_word_follows
      WHERE folded = ANY($1::text[])`,
    [all],
  );
  for (const [meeting, hits] of found) {
    const devices = rows.filter((r) => hits.includes(r.folded)).map((r) => r.installation_id);
    byMeeting.set(meeting, [...new Set(devices)]);
  }
  return byMeeting;
}
