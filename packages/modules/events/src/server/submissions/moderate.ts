import type { Database, ModuleServerContext } from '@city-app/server';
import type { PendingSubmission } from '../../api/submission.js';
import type { EventsConfig } from '../../config.js';
import { submissionError } from '../../errors/submissions.js';
import { meta } from '../../meta.js';
import { readStaffEvent } from '../events/staff-read.js';
import { composeSubmissionMail, mailOrganiser } from './mail.js';
import { readOrganiser } from './organisers.js';

/** The queue shows at most this many; the oldest first, so none waits forever. */
const QUEUE_SIZE = 100;

export interface DecisionContext {
  timeZone: string;
  now: Date;
  origin: string;
  appName: string;
}

/** Confirmed submissions waiting for staff, the longest waiting first, each whole. */
export async function listPending(
  db: Database,
  at: { timeZone: string; now: Date },
): Promise<PendingSubmission[]> {
  const { rows } = await db.query<{
    event_id: string;
    organiser_id: string;
    submitted_at: Date | string;
    confirmed_at: Date | string;
  }>(
    `SELECT s.event_id, s.organiser_id, s.submitted_at, s.confirmed_at
       FROM events_submissions s JOIN events_events e ON e.id = s.event_id
      WHERE e.status = 'pending'
      ORDER BY s.confirmed_at, s.event_id LIMIT ${QUEUE_SIZE}`,
  );
  const items: PendingSubmission[] = [];
  for (const row of rows) {
    const [event, organiser] = await Promise.all([
      readStaffEvent(db, row.event_id, at),
      readOrganiser(db, row.organiser_id),
    ]);
    if (!event || !organiser) continue;
    items.push({
      event,
      organiser,
      submittedAt: new Date(row.submitted_at).toISOString(),
      confirmedAt: new Date(row.confirmed_at).toISOString(),
    });
  }
  return items;
}

/**
 * Staff decide on a pending event: published (the organiser gets the link to it) or rejected
 * (the organiser gets the reason). Returns false when there is no such event; refuses one
 * that is not pending, so two staff members cannot decide twice.
 */
export async function decide(
  ctx: ModuleServerContext<EventsConfig>,
  id: string,
  decision: { publish: true } | { publish: false; reason: string },
  at: DecisionContext,
): Promise<boolean> {
  return ctx.db.transaction(async (tx) => {
    const { rows } = await tx.query<{
      status: string;
      title: string;
      organiser_id: string | null;
    }>('SELECT status, title, organiser_id FROM events_events WHERE id = $1 FOR UPDATE', [id]);
    const event = rows[0];
    if (!event) return false;
    if (event.status !== 'pending') {
      throw submissionError('events_submission_not_pending', { status: event.status });
    }
    const now = at.now.toISOString();
    await tx.query(
      `UPDATE events_events
          SET status = $2, rejection_reason = $3, updated_at = now(),
              published_at = CASE WHEN $2 = 'published' THEN $4::timestamptz END
        WHERE id = $1`,
      [
        id,
        decision.publish ? 'published' : 'rejected',
        decision.publish ? null : decision.reason,
        now,
      ],
    );
    await tx.query('UPDATE events_submissions SET decided_at = $2 WHERE event_id = $1', [id, now]);
    const organiser = event.organiser_id ? await readOrganiser(tx, event.organiser_id) : null;
    if (organiser?.email) {
      const mail = composeSubmissionMail(decision.publish ? 'approved' : 'rejected', {
        name: organiser.contact ?? organiser.name,
        title: event.title,
        app: at.appName,
        link: `${at.origin}${meta.path}/${id}`,
        reason: decision.publish ? '' : decision.reason,
      });
      await mailOrganiser(ctx, tx, organiser.email, mail);
    }
    return true;
  });
}
