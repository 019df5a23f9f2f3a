import { cityError } from '@city-app/core';
import type { BookingContext, TimeInput } from '../context.js';
import type { Queryable } from '../db.js';
import type { BookingRules } from '../rules.js';
import { readable } from '../time/readable.js';
import { isoInstant as iso } from '../time/zone.js';
import type { LoadedResource } from './model.js';

/** Records that a person holds a prerequisite (e.g. attended the 3D-printer briefing). */
export async function grantQualification(
  ctx: BookingContext,
  personId: string,
  prerequisite: string,
  opts: { expiresAt?: TimeInput | null; grantedBy?: string } = {},
): Promise<void> {
  if (!personId) throw cityError('booking_person_missing', {}, { field: ctx.fields.person });
  if (!prerequisite) {
    throw cityError('booking_prerequisite_unnamed', {}, { field: 'prerequisite' });
  }
  const expires = opts.expiresAt ? iso(ctx.instant(opts.expiresAt, 'expiresAt')) : null;
  await ctx.db.query(
    `INSERT INTO booking_qualifications (person_id, prerequisite, granted_at, expires_at, granted_by)
         VALUES ($1, $2, $3::timestamptz, $4::timestamptz, $5)
         ON CONFLICT (person_id, prerequisite) DO UPDATE SET granted_at = EXCLUDED.granted_at,
           expires_at = EXCLUDED.expires_at, granted_by = EXCLUDED.granted_by`,
    [personId, prerequisite, iso(ctx.clock()), expires, opts.grantedBy ?? null],
  );
}

export async function revokeQualification(
  ctx: BookingContext,
  personId: string,
  prerequisite: string,
): Promise<void> {
  await ctx.db.query(
    'DELETE FROM booking_qualifications WHERE person_id = $1 AND prerequisite = $2',
    [personId, prerequisite],
  );
}

/** The prerequisites a person holds, with their expiry (null: without end). */
export async function listQualifications(
  ctx: BookingContext,
  personId: string,
): Promise<{ prerequisite: string; expiresAt: string | null; grantedBy: string | null }[]> {
  const { rows } = await ctx.db.query<{
    prerequisite: string;
    expires_at: Date | string | null;
    granted_by: string | null;
  }>(
    'SELECT prerequisite, expires_at, granted_by FROM booking_qualifications WHERE person_id = $1 ORDER BY prerequisite',
    [personId],
  );
  return rows.map((r) => ({
    prerequisite: r.prerequisite,
    expiresAt: r.expires_at ? new Date(r.expires_at).toISOString() : null,
    grantedBy: r.granted_by,
  }));
}

/**
 * Refuses a booking when the person lacks one of the resource's prerequisites, or holds it
 * only until before the booking ends.
 */
export async function checkPrerequisites(
  ctx: BookingContext,
  q: Queryable,
  booking: { personId: string; resource: LoadedResource; rules: BookingRules; end: number },
): Promise<void> {
  const { personId, resource, rules, end } = booking;
  if (rules.prerequisites.length === 0) return;
  const { rows } = await q.query<{ prerequisite: string; expires_at: Date | string | null }>(
    'SELECT prerequisite, expires_at FROM booking_qualifications WHERE person_id = $1 AND prerequisite = ANY($2::text[])',
    [personId, rules.prerequisites],
  );
  for (const prerequisite of rules.prerequisites) {
    const held = rows.find((r) => r.prerequisite === prerequisite);
    const expiresAt = held?.expires_at ? new Date(held.expires_at).getTime() : null;
    if (!held || (expiresAt !== null && expiresAt <= end)) {
      const extra = {
        field: ctx.fields.person,
        details: { prerequisite, ...(expiresAt !== null ? { expiredAt: iso(expiresAt) } : {}) },
      };
      throw held
        ? cityError(
            'prerequisite_expires',
            { prerequisite, until: readable(expiresAt as number, ctx.tz) },
            extra,
          )
        : cityError('prerequisite_missing', { resource: resource.name, prerequisite }, extra);
    }
  }
}
