import type { ModuleServerContext } from '@city-app/server';
import type { ReportsConfig } from '../../config.js';
import type { ForwardingTarget } from '../../forwarding/target.js';
import { lockReport } from '../staff/lock.js';
import { applyRemoteChange } from './apply.js';
import { createRemoteRequest, Open311Refused, Open311Unreachable } from './client.js';

/** Reports sent in one run; the rest wait for the next. */
const BATCH = 20;
/** Tries before a forward counts as failed for good (about a day with the back-off). */
export const MAX_ATTEMPTS = 10;

export interface SendOutcome {
  sent: string[];
  failed: { publicId: string; reason: string }[];
  /** Targets that could not be reached, with why. */
  unreachable: Map<ForwardingTarget, string>;
  /** Targets with reports to send but no API key in the environment. */
  keyMissing: Set<ForwardingTarget>;
}

interface DueForward {
  report_id: string;
  public_id: string;
  target: string;
  attempts: number;
  service_code: string | null;
  lat: number | null;
  lon: number | null;
  address: string | null;
  description: string | null;
}

/** Waits 5, 10, 20 … minutes between tries, at most 6 hours. */
const backOffMinutes = (attempts: number) => Math.min(5 * 2 ** attempts, 360);

/**
 * Sends queued reports to their outside servers. Only what the other office needs to fix the
 * defect goes out: category (as its service code), place and the words staff let through —
 * never the reporter's e-mail address or device, nor the photo.
 */
export async function sendQueued(
  ctx: ModuleServerContext<ReportsConfig>,
  signal: AbortSignal,
): Promise<SendOutcome> {
  const outcome: SendOutcome = {
    sent: [],
    failed: [],
    unreachable: new Map(),
    keyMissing: new Set(),
  };
  const { rows } = await ctx.db.query<DueForward>(
    `SELECT f.report_id, r.public_id, f.target, f.attempts, r.category AS service_code,
            r.lat, r.lon, r.address,
            CASE WHEN r.moderation = 'public' THEN r.public_description ELSE r.description END
              AS description
       FROM reports_forwards f JOIN reports r ON r.id = f.report_id
      WHERE f.state = 'queued' AND f.next_try_at <= now()
      ORDER BY f.next_try_at LIMIT ${BATCH}`,
  );
  for (const due of rows) {
    if (signal.aborted) break;
    const target = ctx.config.forwarding.find((t) => t.id === due.target);
    const code = target?.services[due.service_code ?? ''];
    if (!target || !code) {
      // The town stopped forwarding this category: the report stays with the town.
      await fail(ctx, due, 'not forwarded any more');
      outcome.failed.push({ publicId: due.public_id, reason: 'not forwarded any more' });
      continue;
    }
    if (outcome.unreachable.has(target)) continue;
    const apiKey = ctx.env?.[target.apiKeyEnv]?.trim();
    if (!apiKey) {
      outcome.keyMissing.add(target);
      continue;
    }
    const fields: Record<string, string> = { service_code: code };
    if (due.lat !== null && due.lon !== null) {
      fields.lat = String(due.lat);
      fields.long = String(due.lon);
    }
    if (due.address) fields.address_string = due.address;
    if (due.description) fields.description = due.description;
    try {
      const created = await createRemoteRequest(
        target,
        apiKey,
        fields,
        `city-app-report-${due.public_id}`,
        signal,
      );
      await markSent(ctx, due, target, created);
      outcome.sent.push(due.public_id);
    } catch (error) {
      if (error instanceof Open311Refused) {
        await fail(ctx, due, error.message);
        outcome.failed.push({ publicId: due.public_id, reason: error.message });
      } else if (error instanceof Open311Unreachable) {
        await retryLater(ctx, due, error.message);
        if (due.attempts + 1 >= MAX_ATTEMPTS) {
          outcome.failed.push({ publicId: due.public_id, reason: error.message });
        }
        outcome.unreachable.set(target, error.message);
      } else throw error;
    }
  }
  return outcome;
}

/** Sent: the id (or token) is kept, and the report is "in progress" at the other office. */
async function markSent(
  ctx: ModuleServerContext<ReportsConfig>,
  due: DueForward,
  target: ForwardingTarget,
  created: { id: string | null; token: string | null },
): Promise<void> {
  await ctx.db.transaction(async (tx) => {
    await tx.query(
      `UPDATE reports_forwards SET state = 'sent', remote_id = $2, token = $3, sent_at = now(),
              attempts = attempts + 1, last_error = NULL
        WHERE report_id = $1`,
      [due.report_id, created.id, created.token],
    );
    const report = await lockReport(tx, due.public_id, { allowMerged: true });
    if (report.mergedInto || report.status === 'in_progress') return;
    if (report.status === 'fixed' || report.status === 'closed') return;
    await applyRemoteChange(ctx, tx, report, target, { status: 'in_progress' });
  });
}

async function fail(ctx: ModuleServerContext<ReportsConfig>, due: DueForward, reason: string) {
  await ctx.db.query(
    `UPDATE reports_forwards SET state = 'failed', attempts = attempts + 1, last_error = $2
      WHERE report_id = $1`,
    [due.report_id, reason.slice(0, 500)],
  );
}

async function retryLater(
  ctx: ModuleServerContext<ReportsConfig>,
  due: DueForward,
  reason: string,
) {
  const attempts = due.attempts + 1;
  await ctx.db.query(
    `UPDATE reports_forwards
        SET attempts = $2::int, last_error = $3,
            state = CASE WHEN $2::int >= $4::int THEN 'failed' ELSE 'queued' END,
            next_try_at = now() + make_interval(mins => $5::int)
      WHERE report_id = $1`,
    [due.report_id, attempts, reason.slice(0, 500), MAX_ATTEMPTS, backOffMinutes(attempts)],
  );
}
