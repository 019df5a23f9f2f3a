import type { Database } from '@city-app/server';
import type { ConfirmResult } from '../../api/submission.js';
import { submissionError } from '../../errors/submissions.js';
import { tokenHash } from './token.js';

/**
 * The organiser followed the link: the event waits for staff, or, from a trusted organiser,
 * is published at once. The token works once and for 72 hours; each refusal says which.
 */
export async function confirmSubmission(
  db: Database,
  token: string,
  now: Date,
): Promise<ConfirmResult> {
  return db.transaction(async (tx) => {
    const { rows } = await tx.query<{
      event_id: string;
      expires_at: Date | string;
      confirmed_at: Date | string | null;
      title: string;
      trusted: boolean;
    }>(
      `SELECT s.event_id, s.expires_at, s.confirmed_at, e.title, o.trusted
         FROM events_submissions s
         JOIN events_events e ON e.id = s.event_id
         JOIN events_organisers o ON o.id = s.organiser_id
        WHERE s.token_hash = $1
        FOR UPDATE OF s`,
      [tokenHash(token)],
    );
    const found = rows[0];
    if (!found) throw submissionError('events_submission_link_unknown', {}, { field: 'token' });
    if (found.confirmed_at) {
      throw submissionError('events_submission_link_used', {}, { field: 'token' });
    }
    if (new Date(found.expires_at).getTime() <= now.getTime()) {
      throw submissionError('events_submission_link_expired', {}, { field: 'token' });
    }
    const status = found.trusted ? 'published' : 'pending';
    await tx.query(
      `UPDATE events_events
          SET status = $2, published_at = CASE WHEN $2 = 'published' THEN $3::timestamptz END,
              updated_at = now()
        WHERE id = $1`,
      [found.event_id, status, now.toISOString()],
    );
    await tx.query(
      `UPDATE events_submissions SET confirmed_at = $2,
              decided_at = CASE WHEN $3 THEN $2::timestamptz END
        WHERE event_id = $1`,
      [found.event_id, now.toISOString(), found.trusted],
    );
    return { status, eventId: found.event_id, title: found.title };
  });
}
