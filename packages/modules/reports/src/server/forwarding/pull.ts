import type { ModuleServerContext } from '@city-app/server';
import type { ReportsConfig } from '../../config.js';
import type { ForwardingTarget } from '../../forwarding/target.js';
import { lockReport } from '../staff/lock.js';
import { applyRemoteChange } from './apply.js';
import { type RemoteRequest, readRemoteRequests, resolveToken } from './client.js';

/** Ids asked for in one `requests.json` call, and calls at most per target and run. */
const PER_CALL = 50;
const MAX_CALLS = 10;

export interface PullOutcome {
  changed: number;
  unchanged: number;
}

interface SentForward {
  report_id: string;
  public_id: string;
  remote_id: string | null;
  token: string | null;
  remote_status: string | null;
  remote_notes: string | null;
}

/**
 * Reads back what became of the reports sent to `target` and still open here: the other
 * office's notes reach residents as public notes, and "closed" there is "fixed" here (Open311
 * knows no other way to say a defect was repaired). Those least recently checked come first.
 */
export async function pullUpdates(
  ctx: ModuleServerContext<ReportsConfig>,
  target: ForwardingTarget,
  signal: AbortSignal,
): Promise<PullOutcome> {
  const outcome: PullOutcome = { changed: 0, unchanged: 0 };
  const { rows } = await ctx.db.query<SentForward>(
    `SELECT f.report_id, r.public_id, f.remote_id, f.token, f.remote_status, f.remote_notes
       FROM reports_forwards f JOIN reports r ON r.id = f.report_id
      WHERE f.state = 'sent' AND f.target = $1 AND r.done_at IS NULL AND r.merged_into IS NULL
      ORDER BY f.checked_at NULLS FIRST LIMIT ${PER_CALL * MAX_CALLS}`,
    [target.id],
  );
  for (const forward of rows.filter((f) => !f.remote_id && f.token)) {
    const id = await resolveToken(target, forward.token as string, signal);
    if (!id) continue;
    forward.remote_id = id;
    await ctx.db.query('UPDATE reports_forwards SET remote_id = $2 WHERE report_id = $1', [
      forward.report_id,
      id,
    ]);
  }
  const known = rows.filter((f) => f.remote_id);
  for (let i = 0; i < known.length && !signal.aborted; i += PER_CALL) {
    const batch = known.slice(i, i + PER_CALL);
    const remote = await readRemoteRequests(
      target,
      batch.map((f) => f.remote_id as string),
      signal,
    );
    const byId = new Map(remote.map((r) => [r.id, r]));
    for (const forward of batch) {
      const now = byId.get(forward.remote_id as string);
      if (now && (await follow(ctx, target, forward, now))) outcome.changed++;
      else outcome.unchanged++;
    }
  }
  return outcome;
}

/** Takes one request's state over; whether anything changed. */
async function follow(
  ctx: ModuleServerContext<ReportsConfig>,
  target: ForwardingTarget,
  forward: SentForward,
  remote: RemoteRequest,
): Promise<boolean> {
  const newNote = remote.notes !== null && remote.notes !== forward.remote_notes;
  const closed = remote.status === 'closed' && forward.remote_status !== 'closed';
  return ctx.db.transaction(async (tx) => {
    await tx.query(
      `UPDATE reports_forwards SET remote_status = $2, remote_notes = $3, checked_at = now()
        WHERE report_id = $1`,
      [forward.report_id, remote.status, remote.notes],
    );
    if (!newNote && !closed) return false;
    const report = await lockReport(tx, forward.public_id, { allowMerged: true });
    if (report.mergedInto || report.status === 'fixed' || report.status === 'closed') return false;
    await applyRemoteChange(ctx, tx, report, target, {
      status: closed ? 'fixed' : report.status,
      ...(newNote ? { publicNote: remote.notes as string } : {}),
    });
    return true;
  });
}
