import type { Queryable } from '@city-app/server';
import type { MeetingPage, MeetingSummary } from '../../api/meeting.js';

/** Residents' list: this many meetings a page. */
export const MEETINGS_PER_PAGE = 20;

/** Search words: at most five, each at least two characters, LIKE's wildcards taken literally. */
export function searchWords(q: string | undefined): string[] {
  if (!q) return [];
  return q
    .toLowerCase()
    .split(/\s+/)
    .filter((w) => w.length >= 2)
    .slice(0, 5)
    .map((w) => `%${w.replace(/[\\%_]/g, (c) => `\\${c}`)}%`);
}

export interface MeetingRow {
  key: string;
  name: string | null;
  starts_at: Date | string;
  ends_at: Date | string | null;
  cancelled: boolean;
  place: string | null;
  committees: string[];
}

const iso = (value: Date | string) => new Date(value).toISOString();

/** The columns of a meeting in a list: its place and its committees' names joined in. */
export const MEETING_COLUMNS = `
  m.key, m.name, m.starts_at, m.ends_at,
  COALESCE((m.data->>'cancelled')::boolean, false) AS cancelled,
  (SELECT l.name FROM council_objects l WHERE l.id = m.data->>'location' AND NOT l.deleted) AS place,
  ARRAY(SELECT o.name FROM council_objects o
        WHERE o.id = ANY(m.organizations) AND NOT o.deleted AND o.name IS NOT NULL
        ORDER BY o.name) AS committees`;

export function meetingSummary(row: MeetingRow): MeetingSummary {
  return {
    key: row.key,
    name: row.name,
    start: iso(row.starts_at),
    end: row.ends_at ? iso(row.ends_at) : null,
    cancelled: row.cancelled,
    place: row.place,
    committees: row.committees ?? [],
  };
}

// A word matches a meeting by its own name, a public agenda item's, or a paper on its agenda.
const WORD_MATCHES = (n: number) => `(
  m.words LIKE $${n}
  OR EXISTS (SELECT 1 FROM council_objects a
             WHERE a.parent = m.id AND a.type = 'AgendaItem' AND NOT a.deleted
               AND COALESCE(a.data->>'public', 'true') <> 'false' AND a.words LIKE $${n})
  OR EXISTS (SELECT 1 FROM council_objects c
             JOIN council_objects p ON p.id = c.parent AND p.type = 'Paper' AND NOT p.deleted
             WHERE c.type = 'Consultation' AND NOT c.deleted AND c.data->>'meeting' = m.id
               AND p.words LIKE $${n}))`;

/**
 * The coming meetings (from those still running), earliest first, a page at a time; with
 * words, those where every word is found in the meeting, its agenda or its papers.
 */
export async function upcomingMeetings(
  db: Queryable,
  query: { now: Date; words: string[]; page: number },
): Promise<MeetingPage> {
  const params: unknown[] = [query.now, MEETINGS_PER_PAGE, (query.page - 1) * MEETINGS_PER_PAGE];
  const filters = query.words.map((word) => {
    params.push(word);
    return `AND ${WORD_MATCHES(params.length)}`;
  });
  const { rows } = await db.query<MeetingRow & { total: number }>(
    `SELECT ${MEETING_COLUMNS}, count(*) OVER ()::int AS total
     FROM council_objects m
     WHERE m.type = 'Meeting' AND NOT m.deleted AND m.starts_at IS NOT NULL
       AND COALESCE(m.ends_at, m.starts_at + interval '4 hours') >= $1
       ${filters.join('\n')}
     ORDER BY m.starts_at, m.key
     LIMIT $2 OFFSET $3`,
    params,
  );
  return {
    items: rows.map(meetingSummary),
    total: rows[0]?.total ?? 0,
    page: query.page,
    pageSize: MEETINGS_PER_PAGE,
  };
}
