import type { Database, Queryable } from '@city-app/server';
import type { Organiser } from '../../api/submission.js';

interface OrganiserRow {
  id: string;
  name: string;
  contact: string | null;
  email: string | null;
  website: string | null;
  trusted: boolean;
  events: number;
  last_submitted_at: Date | string | null;
}

const iso = (value: Date | string | null) =>
  value === null ? null : new Date(value).toISOString();

export const organiserOfRow = (row: OrganiserRow): Organiser => ({
  id: row.id,
  name: row.name,
  contact: row.contact,
  email: row.email,
  website: row.website,
  trusted: row.trusted,
  events: Number(row.events),
  lastSubmittedAt: iso(row.last_submitted_at),
});

const SELECT = `
  SELECT o.id, o.name, o.contact, o.email, o.website, o.trusted, o.last_submitted_at,
         (SELECT count(*)::int FROM events_events e
           WHERE e.organiser_id = o.id AND e.status IN ('pending', 'published')) AS events
    FROM events_organisers o`;

/**
 * The organiser with this e-mail, made or brought up to date with what they typed now (the
 * latest name, contact and website win). Locks the row, so two submissions at once make one organiser.
 */
export async function upsertOrganiser(
  tx: Queryable,
  input: {
    name: string;
    contact?: string | undefined;
    email: string;
    website?: string | undefined;
  },
  now: Date,
): Promise<{ id: string; trusted: boolean }> {
  const { rows } = await tx.query<{ id: string; trusted: boolean }>(
    `INSERT INTO events_organisers (name, email, website, consented_at, last_submitted_at, contact)
     VALUES ($1, $2, $3, $4, $4, $5)
     ON CONFLICT (lower(email)) DO UPDATE
       SET name = EXCLUDED.name, website = EXCLUDED.website, contact = EXCLUDED.contact,
           consented_at = EXCLUDED.consented_at, last_submitted_at = EXCLUDED.last_submitted_at
     RETURNING id, trusted`,
    [
      input.name,
      input.email.trim(),
      input.website ?? null,
      now.toISOString(),
      input.contact ?? null,
    ],
  );
  return rows[0] as { id: string; trusted: boolean };
}

/** Every organiser with an e-mail (those who submitted), by name. */
export async function listOrganisers(db: Queryable): Promise<Organiser[]> {
  const { rows } = await db.query<OrganiserRow>(
    `${SELECT} WHERE o.email IS NOT NULL ORDER BY lower(o.name), o.id`,
  );
  return rows.map(organiserOfRow);
}

export async function readOrganiser(db: Queryable, id: string): Promise<Organiser | null> {
  const { rows } = await db.query<OrganiserRow>(`${SELECT} WHERE o.id = $1`, [id]);
  return rows[0] ? organiserOfRow(rows[0]) : null;
}

/** Trust an organiser (their confirmed submissions publish at once) or withdraw it. */
export async function setTrusted(db: Queryable, id: string, trusted: boolean): Promise<boolean> {
  const { rowCount } = await db.query('UPDATE events_organisers SET trusted = $2 WHERE id = $1', [
    id,
    trusted,
  ]);
  return rowCount > 0;
}

/**
 * Forgets an organiser who withdrew their consent: their record, and their events nobody
 * published yet. Published events stay with the name written on them. Resolves to the
 * e-mail they had (to forget the mail to it too), or null when there is no such organiser.
 */
export async function deleteOrganiser(
  db: Database,
  id: string,
): Promise<{ email: string | null } | null> {
  return db.transaction(async (tx) => {
    await tx.query(`DELETE FROM events_events WHERE organiser_id = $1 AND status <> 'published'`, [
      id,
    ]);
    const { rows } = await tx.query<{ email: string | null }>(
      'DELETE FROM events_organisers WHERE id = $1 RETURNING email',
      [id],
    );
    return rows[0] ?? null;
  });
}
