import type { Queryable } from '@city-app/server';
import type { ForwardingState } from '../../api/forwarding.js';
import type { ReportsConfig } from '../../config.js';
import { forwardingError } from '../../errors/forwarding.js';
import { reportError } from '../../errors/reports.js';

interface ForwardRow {
  target: string;
  state: ForwardingState['state'];
  attempts: number;
  next_try_at: Date | string;
  last_error: string | null;
  remote_id: string | null;
  remote_status: ForwardingState['remoteStatus'];
  remote_notes: string | null;
  sent_at: Date | string | null;
  checked_at: Date | string | null;
}

const iso = (v: Date | string | null) => (v === null ? null : new Date(v).toISOString());

/** How the report's forwarding stands; 404 when it was never forwarded. */
export async function readForwarding(
  db: Queryable,
  config: ReportsConfig,
  publicId: string,
): Promise<ForwardingState> {
  const { rows } = await db.query<ForwardRow>(
    `SELECT f.* FROM reports r JOIN reports_forwards f ON f.report_id = r.id
      WHERE r.public_id = $1`,
    [publicId],
  );
  const row = rows[0];
  if (!row) {
    const { rows: found } = await db.query('SELECT 1 FROM reports WHERE public_id = $1', [
      publicId,
    ]);
    if (found.length === 0) throw reportError('reports_not_found', { publicId });
    throw forwardingError('reports_forward_none', { publicId });
  }
  const target = config.forwarding.find((t) => t.id === row.target);
  return {
    // A target the town has since removed still shows under its id.
    target: { id: row.target, name: target?.name ?? { de: row.target, en: row.target } },
    state: row.state,
    attempts: row.attempts,
    nextTryAt: row.state === 'queued' ? iso(row.next_try_at) : null,
    lastError: row.last_error,
    remoteId: row.remote_id,
    remoteStatus: row.remote_status,
    remoteNotes: row.remote_notes,
    sentAt: iso(row.sent_at),
    checkedAt: iso(row.checked_at),
  };
}

/** Sends a failed forward again with the next run (after staff fixed the key or the mapping). */
export async function retryForwarding(
  db: Queryable,
  config: ReportsConfig,
  publicId: string,
): Promise<ForwardingState> {
  await db.query(
    `UPDATE reports_forwards f SET state = 'queued', attempts = 0, next_try_at = now()
       FROM reports r WHERE r.id = f.report_id AND r.public_id = $1 AND f.state = 'failed'`,
    [publicId],
  );
  return readForwarding(db, config, publicId);
}
